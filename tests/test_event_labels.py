"""Event labels never end mid-phrase on a function word nor keep a quotation mark whose partner was cut off
(texts written for these tests)."""

import kzlib
from kzlib.labels import _tidy, event_labels


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
