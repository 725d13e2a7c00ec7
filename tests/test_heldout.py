"""The held-out test split: gold located in the texts, scores with intervals, baselines below kzlib for actors."""

import pytest

from kzlib import heldout


@pytest.fixture(scope="module")
def test_corpus():
    return heldout.load_test()


def test_locate_counts_non_overlapping_occurrences():
    assert heldout.locate("aa aa aa", "aa", 2) == (3, 5)
    with pytest.raises(ValueError):
        heldout.locate("abc", "x", 1)


def test_every_gold_span_is_in_its_text(test_corpus):
    for name in ("mentions", "timexes"):
        g = heldout._with_spans(test_corpus, heldout._test_gold(name))
        for r in g.itertuples():
            assert test_corpus.source(r.doc_id)[r.start : r.end] == r.surface


def test_scores_have_intervals_around_them_and_beat_the_name_baseline(test_corpus):
    scores, errors = heldout.mention_scores(test_corpus)
    base, _ = heldout.mention_scores(test_corpus, heldout.exact_name_mentions(test_corpus), "exact")
    for r in scores.itertuples():
        assert r.f1_low <= r.f1 <= r.f1_high
    assert (scores.f1.values > base.f1.values).all()
    assert len(errors) == scores.set_index("measure").loc["span, relaxed", ["fp", "fn"]].sum()


def test_every_test_paragraph_theme_is_placed(test_corpus):
    table, rows = heldout.theme_scores(test_corpus)
    assert (rows.para_id != "").all() and len(rows) == 13
    assert set(table.system) == {"kzlib codebook", "constant guess"}
