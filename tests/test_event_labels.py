"""Event labels: never end mid-phrase on a function word, keep no quotation mark whose partner was cut off, leave a
dateline and their own date out, give way to their clause or sentence when a phrase says nothing alone ('warning',
'It was finished'), never to a coordinated clause of its own; listed dates each get their own label, each rule on a
small text written for it."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

import kzlib
from kzlib import chronology, labels
from kzlib.labels import _tidy, _what, event_labels

from conftest import SHIPPED, load_as_is, load_as_user


def test_a_label_keeps_no_quotation_mark_without_its_partner():
    assert _tidy('" which Tajikistan also joined') == "which Tajikistan also joined"
    assert _tidy('calling at the same time for "a new generation') == "calling at the same time for a new generation"
    assert _tidy('joined the "Central Asia Union" in') == 'joined the "Central Asia Union"'


def test_an_event_label_cut_at_nine_words_does_not_end_on_of_the():
    text = (
        "A Readout\n\nOn May 3, 2022, Tokayev met with the Deputy Chief of Staff of the Ministry of Defense "
        "of Uzbekistan.\n"
    )
    corpus = kzlib.load(texts={"r": text})
    ev = corpus.events
    label = ev[ev.cue == "meet"].label.iloc[0]
    assert label.startswith("met with") and not label.endswith((" of", " the", " of the")), label
    for line in event_labels(corpus, "r"):
        assert not line.rstrip("…").endswith((" of", " the")), line


def test_a_dateline_does_not_leak_into_the_labels():
    text = (
        "Minister Resigns\n\n"
        "ASTANA, March 3, 2021 (Agency) - The minister of trade resigned on Wednesday after a dispute over tariffs. "
        "Kazakhstan signed an agreement with the United States on 5 March 2021.\n"
    )
    corpus = kzlib.load(texts={"wire": text}, codebook=SHIPPED)
    labels = event_labels(corpus, "wire", width=52)
    assert len(labels)
    for label in labels:
        assert "(Agency)" not in label and "ASTANA" not in label and " - " not in label, label


@pytest.mark.parametrize("place", ["ÖSKEMEN", "ŞYMKENT", "АСТАНА", "NUR-SULTAN"])
def test_a_dateline_in_any_capitals_is_the_date_and_leaves_the_labels(place):
    """One dateline grammar (``timex.DATELINE_PLACE``): a place in capitals of any Latin, Greek or Cyrillic letters
    is the document's date line and is left out of every label, as 'ALMATY' is (not one rule for each)."""

    def read(where):
        text = (
            f"Deal signed\n\n{where}, Jan. 5, 2022 (Reuters) – In 2021 trade grew. Kazakhstan signed a deal in 2021.\n"
        )
        corpus = kzlib.load(texts={"w": text}, codebook=SHIPPED)
        return corpus.documents.date.tolist(), event_labels(corpus, "w").tolist()

    assert read(place) == read("ALMATY") == (["2022-01-05"], ["2021 · Trade grew", "2021 · Kazakhstan: signed a deal"])


def _row(**kw):
    base = dict(kind="action", label="", text="", cue="", agents="", targets="", actors="")
    return SimpleNamespace(**{**base, **kw})


def test_a_one_word_phrase_gives_way_to_its_clause_without_the_pronoun():
    corpus = kzlib.load(texts={"n": "A Note\n\nNothing here.\n"}, codebook=SHIPPED)
    row = _row(label="warning", text="Two days later, he ordered the guards to fire without warning", agents="x")
    assert _what(corpus, row, "Two days later") == "ordered the guards to fire without warning"


def test_a_short_pronoun_clause_gives_way_to_its_sentence_but_not_to_the_next_clause():
    corpus = kzlib.load(texts={"n": "A Note\n\nNothing here.\n"}, codebook=SHIPPED)
    row = _row(
        kind="state",
        label="It was finished by the spring of",
        text="It was finished by the spring of 2019 after long delays at the printers",
    )
    what = _what(corpus, row, "the spring of 2019")
    assert what == "It was finished after long delays at the printers", what
    # a coordinated clause is a happening of its own (dated by its own date), not this state's label (user trial)
    row = _row(
        kind="state",
        label="It was finished by the spring of",
        text="It was finished by the spring of 2019, and it was printed in a new edition only in 2020",
    )
    assert _what(corpus, row, "the spring of 2019") == "It was finished"


def test_no_space_before_a_question_mark_once_the_date_is_gone():
    corpus = kzlib.load(texts={"n": "A Note\n\nNothing here.\n"}, codebook=SHIPPED)
    row = _row(kind="state", label="x", text="Did the council meet the envoys over tariffs last spring?")
    assert "tariffs?" in _what(corpus, row, "last spring")


def test_the_names_are_built_once_per_table(monkeypatch):
    """The display names are built once for all the labels of a table, not again for every event."""
    from kzlib import findings

    corpus = kzlib.load(
        texts={"t": "A Note\n\nKazakhstan signed a deal in 2019. Russia protested in 2020. China invested in 2021.\n"},
        codebook=SHIPPED,
    )
    corpus.events  # noqa: B018 (the tables first: only the labels are counted)
    calls = []
    real = findings.names
    monkeypatch.setattr(findings, "names", lambda c: calls.append(1) or real(c))
    assert len(event_labels(corpus, "t")) == 3 and len(calls) == 1


def test_a_long_clause_keeps_the_words_next_to_its_date():
    """A dated state labelled by its clause (its cue phrase, 'crisis', says little): a clause too long for the label
    keeps the words beside its date, not its opening words, which tell of something else."""
    text = (
        "A Note\n\nThe old order held for years. But because of the steady rise of new powers in Asia and the troubles "
        "of Europe following the 2008 financial crisis, this gradually gave way to a new period of competition.\n"
    )
    (label,) = event_labels(kzlib.load(texts={"t": text}, codebook=SHIPPED), "t")
    assert label.startswith("2008 · ") and label.endswith("following the financial crisis"), label
    assert "rise of new powers" not in label


def test_a_date_that_premodifies_a_noun_labels_that_noun_phrase():
    """'lent his support to a 2015 law requiring …': the year dates the law, so the dated state is labelled by the
    law's noun phrase, not by the clause's opening words (which would say the support was lent in 2015)."""
    text = "The minister had also lent his support to a 2015 law requiring every school to teach English.\n"
    labels = event_labels(kzlib.load(texts={"s": text}, codebook=SHIPPED), "s").tolist()
    assert labels == ["2015 · Law requiring every school to teach English"], labels
    alone = "Trade grew in 2015 as the minister had hoped.\n"  # a date that stands alone keeps the clause's label
    assert event_labels(kzlib.load(texts={"s": alone}, codebook=SHIPPED), "s").tolist() == [
        "2015 · Trade grew as the minister had hoped"
    ]


def test_listed_years_each_get_their_own_label():
    c = load_as_user(
        "Astana, 23 September 2025\n\n"
        "Kazakhstan was elected to the Council in 2016, and we were proud to serve in 2017 and 2018.\n"
    )
    ev = c.events.set_index("date_value").label
    assert ev["2016"] == "elected to the Council in 2016"
    assert ev["2017"].endswith("serve in 2017")
    assert ev["2018"].endswith("serve in 2017 and 2018")
    assert all(label in text for label, text in zip(c.events.label, c.events.text))
    # the timeline names each year once, before the dot, and not again in what happened
    lines = labels.event_labels(c, "s").tolist()
    assert [x.split(" · ")[0] for x in lines] == ["2016", "2017", "2018"]
    assert not any(y in x.split(" · ", 1)[1] for x in lines for y in ("2016", "2017", "2018"))


def test_a_listed_year_with_a_cue_ends_its_label_with_itself():
    c = load_as_user("Kazakhstan hosted talks on Syria in 2017, 2018 and 2019.\n")
    states = c.events[c.events.kind == "state"].set_index("date_value").label
    assert states["2018"] == "hosted talks on Syria in 2017, 2018"
    assert states["2019"] == "hosted talks on Syria in 2017, 2018 and 2019"
    lines = labels.event_labels(c, "s").tolist()
    assert all(
        "talks on syria" in x.lower() and not any(y in x.split(" · ", 1)[1] for y in ("2017", "2018", "2019"))
        for x in lines
    ), lines


def test_timeline_label_leaves_out_an_apposed_date_phrase():
    c = load_as_user(
        "Astana, 23 September 2025\n\n"
        "Thirty-four years ago, on 29 August 1991, my predecessor closed the test site in Semipalatinsk.\n"
    )
    (line,) = labels.event_labels(c, "s").tolist()
    date, what = line.split(" · ", 1)
    assert "1991" in date
    assert "ago" not in what and "1991" not in what and "closed the test site" in what


def test_a_weekday_event_takes_its_label_from_its_own_part_of_the_sentence():
    import kzlib

    text = (
        "Kazakhstan and Uzbekistan\n\nASTANA, Oct 16 (Reuters) - Kazakhstan's President Kassym-Jomart Tokayev is due "
        "to visit Tashkent next month, the state news agency reported on Tuesday, citing an aide. Mirziyoyev, who was "
        "re-elected in July 2023 for a seven-year term, has opened the economy since taking office in 2016.\n"
    )
    c = kzlib.load(texts={"s": text})
    labels = dict(zip(c.timexes.set_index("timex_id").loc[c.events.timex_id].surface, c.events.label))
    assert labels["Tuesday"].startswith("reported on Tuesday")
    assert "taking office" not in labels["July 2023"]


def test_a_phrase_cut_inside_its_text_ends_in_an_ellipsis():
    corpus = kzlib.load(texts={"n": "A Note\n\nNothing here.\n"}, codebook=SHIPPED)
    text = "Today the leaders held a summit on the margins of the United Nations General Assembly in New York"
    row = _row(label="summit on the margins of the United Nations General", text=text, agents="x")
    assert _what(corpus, row, "Today") == "summit on the margins of the United Nations General…"
    whole = _row(label="met with the envoy", text="Today the adviser met with the envoy, and they spoke", agents="x")
    assert _what(corpus, whole, "Today") == "met with the envoy"  # stopped at a comma: whole, no ellipsis


def test_a_date_cut_off_at_the_end_of_a_phrase_is_left_out():
    corpus = kzlib.load(texts={"n": "A Note\n\nNothing here.\n"}, codebook=SHIPPED)
    text = "The program instituted by the new President Mirziyoyev from late 2016 onward changed matters"
    row = _row(label="instituted by the new President Mirziyoyev from late", text=text, agents="x")
    assert _what(corpus, row, "from late 2016 onward") == "instituted by the new President Mirziyoyev"


def test_a_label_that_says_little_is_told_around_its_own_predicate():
    corpus = kzlib.load(texts={"n": "A Note\n\nNothing here.\n"}, codebook=SHIPPED)
    text = (
        "These visits combined with a broader review led by the council to develop a new strategy "
        "towards the region that was announced in 2020"
    )
    what = _what(corpus, _row(label="announced in 2020", text=text, agents="x"), "2020")
    assert what.endswith("that was announced") and not what.startswith("These visits"), what
    state = _row(
        kind="state",
        label="It was ready by the first half of",
        text="It was ready by the first half of 2019, but because of hurdles, was released only in February 2020.",
    )
    assert _what(corpus, state, "the first half of 2019") == "It was ready"  # not into the next clause


def test_a_long_list_of_dates_labels_in_work_linear_in_its_length(monkeypatch):
    """The labels of a sentence listing many dates: each date's list is found once per sentence and its date
    phrase dropped by a literal search, not by a pattern per word of the list (was about cubic: a 12 KB list
    took 19 s). Counted, not timed: the patterns made and list walks grow with the number of dates, not its
    square."""

    def work(n):
        years = ", ".join(str(1800 + k) for k in range(n))
        corpus = load_as_is(f"A Note\n\nKazakhstan hosted talks in {years} and 1990.\n")
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


def test_a_comma_alone_lists_dates_only_before_and_or():
    text = "In 2017, 2018 was declared a year of youth by Kazakhstan."
    dates = [(3, 7), (9, 13)]
    assert chronology.date_list(text, dates, 3, 7) == [(3, 7)]
    listed = "They met in 2017, 2018 and 2019."
    dates = [(12, 16), (18, 22), (27, 31)]
    assert chronology.date_list(listed, dates, 12, 16) == dates


def test_a_timelines_labels_leave_out_the_dash_after_the_date():
    """ "April 1995 – Kazakhstan removes …" (a timeline's entry): the label leaves out the date and the dash after it."""
    text = "A Timeline\n\nApril 1995 – Kazakhstan removes the last warhead.\n2001: After the attacks, Kazakhstan opens its airspace.\n"
    lines = list(event_labels(kzlib.load(texts={"t": text}, codebook=SHIPPED), "t"))
    assert lines and all(":" in line for line in lines)
    for line in lines:
        what = line.split(": ", 1)[1]
        assert not what.startswith(("–", "-", ":")), line
