"""Findings and figure labels speak words, not ids: dates in words (keeping their modifier), actor names from the
codebook (even for an actor the text never names), timeline labels that say who did what without a dangling
fragment."""

import re
from types import SimpleNamespace

import kzlib
from kzlib import findings
from kzlib.labels import event_labels

from conftest import SHIPPED


def test_dates_in_words():
    assert findings.date("1999-FA") == "autumn 1999"
    assert findings.date("1999-03-19") == "19 March 1999"
    assert findings.date("1999-03") == "March 1999"
    assert findings.date("1999-H1") == "the first half of 1999"
    assert findings.date("1999-Q3") == "the third quarter of 1999"
    assert findings.date("199X") == "the 1990s"
    assert findings.date("1990/1999") == "1990–1999"
    assert findings.date("1999") == "1999"
    assert findings.date("P3DE") == "P3DE"


def test_names_from_the_codebook(corpus):
    table = findings.names(corpus)
    assert findings.name(table, "united_states;russia") == "United States and Russia"
    assert findings.name(table, "united_states", the=True) == "the United States"
    assert findings.name(table, ["nato", "russia", "china"]) == "NATO, Russia and China"
    assert findings.name(table, "not_an_actor") == "not_an_actor"
    assert findings.name(table, "other:Chinese companies;russia") == "Chinese companies and Russia"


def test_timeline_labels_read_as_prose(corpus):
    doc = corpus.documents.doc_id.iloc[0]
    labels = findings.event_labels(corpus, doc)
    assert len(labels) == int((corpus.events.doc_id == doc).sum())
    for label in labels:
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", label), label  # no raw actor ids
        assert not re.search(r"\b(of|the|in|a|an|to|and|has|was)$", label), label  # no dangling function word
    assert any(re.fullmatch(r"2015 · John Kerry → Kazakhstan: travelled there", x) for x in labels)
    assert not any("won re-election" in x for x in labels)  # "very nearly won re-election": no happening


def test_names_come_from_the_codebook_for_an_actor_the_text_never_names(framed):
    assert "turkmenistan" not in set(framed.actors.actor_id)
    assert findings.name(framed, "tajikistan;turkmenistan;uzbekistan") == "Tajikistan, Turkmenistan and Uzbekistan"
    row = SimpleNamespace(
        kind="action",
        label="met with the envoy",
        text="Biden met with the envoy",
        cue="",
        agents="biden",
        targets="",
        actors="biden",
        date_value="2023-09-19",
        mod="",
        timex_id="",
        action_id="",
    )
    from kzlib.labels import _line

    line = _line(framed, row, {}, {})
    assert line.startswith("19 September 2023 · Joe Biden: met"), line
    other = SimpleNamespace(**{**vars(row), "agents": "other:Jon Finer", "actors": "other:Jon Finer"})
    assert "other:" not in _line(framed, other, {}, {})


def test_a_date_keeps_its_modifier_in_words():
    assert findings.date("199X", "LATE") == "the late 1990s"
    assert findings.date("201X", "MID+ON_OR_BEFORE") == "by the mid-2010s"
    assert findings.date("2016", "LATE+ON_OR_AFTER") == "from late 2016 on"
    assert findings.date("2015", "ON_OR_BEFORE") == "by 2015"
    assert findings.date("P1DE", "LESS_THAN") == "P1DE"  # a duration is no date
    corpus = kzlib.load(
        texts={"d": "A Note\n\nIn the late 1990s Kazakhstan signed a treaty with Uzbekistan.\n"}, codebook=SHIPPED
    )
    assert any(x.startswith("the late 1990s · ") for x in event_labels(corpus, "d")), list(event_labels(corpus, "d"))
