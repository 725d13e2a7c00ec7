"""Event labels on small texts written for these tests: a news dateline never leaks into a label, and a phrase
that says nothing alone ('warning', 'It was finished') gives way to its clause or sentence, never to a
coordinated clause of its own."""

from types import SimpleNamespace

import pytest

import kzlib
from kzlib.labels import _what, event_labels

from conftest import SHIPPED


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
