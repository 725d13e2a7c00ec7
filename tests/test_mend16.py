"""Mends of the stop-16 review, each on a small text written for it (each test fails on the code before it)."""

import re

import kzlib
from kzlib import chronology, labels, sensitivity, timex

from conftest import SHIPPED


def _load(text: str):
    return kzlib.load(texts={"t": text}, codebook=SHIPPED)


def test_a_long_list_of_dates_labels_in_work_linear_in_its_length(monkeypatch):
    """The labels of a sentence listing many dates: each date's list is found once per sentence and its date
    phrase dropped by a literal search, not by a pattern per word of the list (was about cubic: a 12 KB list
    took 19 s). Counted, not timed: the patterns made and list walks grow with the number of dates, not its
    square."""

    def work(n):
        years = ", ".join(str(1800 + k) for k in range(n))
        corpus = _load(f"A Note\n\nKazakhstan hosted talks in {years} and 1990.\n")
        corpus.events  # noqa: B018 (the tables first: only the labels are counted)
        calls = []
        for name in ("sub", "escape"):
            real = getattr(re, name)
            monkeypatch.setattr(re, name, lambda *a, _real=real, **k: calls.append(1) or _real(*a, **k))
        real_list = chronology.DATE_LIST
        monkeypatch.setattr(chronology, "DATE_LIST", _Counting(real_list, calls))
        found = labels.event_labels(corpus, "t")
        monkeypatch.undo()
        return len(found), len(calls)

    (few, small), (many, large) = work(20), work(80)
    assert many > 3 * few  # every date an event
    assert large <= 5 * small  # 4 times the dates: about 4 times the work (was about 16 times)


class _Counting:
    def __init__(self, pattern, calls):
        self.pattern, self.calls = pattern, calls

    def fullmatch(self, *args):
        self.calls.append(1)
        return self.pattern.fullmatch(*args)


def test_a_dated_label_leaves_its_date_out_as_before():
    """The literal search drops the date and its lead as the pattern did ('From 2005 onward', ', in 2017')."""
    assert labels._undated("From 2005 onward, Kazakhstan grew", "2005") == "Kazakhstan grew"
    assert labels._undated("Kazakhstan grew, in 2017, fast", "2017") == "Kazakhstan grew fast"
    assert labels._undated("Kazakhstan grew in x2017", "2017") == "Kazakhstan grew in x2017"


def test_nuclear_stays_energy_before_a_term_that_modifies_another_noun():
    """'nuclear and trade cooperation': both adjectives of 'cooperation', so 'nuclear' is energy and 'trade'
    economy; 'nuclear and missiles' (the other term ends the phrase) is still security alone."""
    ev = _load("Cooperation\n\nThe sides discussed nuclear and trade cooperation.\n").theme_evidence
    assert {"energy_climate", "economy_investment"} <= set(ev.theme_id)
    ev = _load("Arms\n\nJapan urged North Korea to give up nuclear and missiles.\n").theme_evidence
    assert "energy_climate" not in set(ev.theme_id)


def test_theme_evidence_and_themes_change_with_the_mention_switches():
    for table in ("theme_evidence", "themes"):
        assert {"metonyms", "demonyms"} <= sensitivity.CHANGED_BY[table]


def test_signing_line_with_another_in_phrase_is_a_sentence():
    assert timex.signing_date("Signed in Moscow on 5 May 2023 in the presence of Vladimir Putin.") is None
    assert timex.signing_date("Done in Tokyo on 19 December 2024, in the Kazakh, Japanese and English languages.")
    assert timex.signing_date("Signed in Astana on 3 March 2020 in two originals.")


def test_a_comma_alone_lists_dates_only_before_and_or():
    text = "In 2017, 2018 was declared a year of youth by Kazakhstan."
    dates = [(3, 7), (9, 13)]
    assert chronology.date_list(text, dates, 3, 7) == [(3, 7)]
    listed = "They met in 2017, 2018 and 2019."
    dates = [(12, 16), (18, 22), (27, 31)]
    assert chronology.date_list(listed, dates, 12, 16) == dates
