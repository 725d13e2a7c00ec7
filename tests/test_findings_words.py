"""Findings and figure labels speak words, not ids: dates in words, actor names from the codebook, timeline
labels that say who did what without a dangling fragment."""

import re

from kzlib import findings


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
