"""The gold standards: two independent readings agree, and the extractors meet the levels against both."""

import pytest

from kzlib import evaluate


def test_two_readers_agree():
    table, diffs = evaluate.agreement()
    value = table.set_index(["annotation", "measure"]).value
    assert value[("actors per paragraph", "F1")] == 1.0
    assert value[("dated expressions", "exact-span F1")] >= 0.95
    assert value[("dated expressions", "same value, kind, mod (exact spans)")] == 1.0
    assert value[("primary theme, all paragraphs", "Cohen's kappa")] >= 0.8
    assert value[("primary theme, both clear", "agreement")] == 1.0
    assert sorted(diffs[diffs.annotation == "themes"]["where"]) == ["P017", "P023", "P030"]


@pytest.mark.parametrize("suffix", ["", "_b"])
def test_extractors_meet_the_levels_against_each_reader(corpus, suffix):
    actors, _ = evaluate.actor_paragraphs(corpus, annotation=f"actors_by_paragraph{suffix}")
    assert actors.precision >= 0.95 and actors.recall >= 0.95
    scores, _ = evaluate.timexes(corpus, annotation=f"timexes{suffix}")
    for measure in ("relaxed span", "value", "kind"):
        assert scores.precision[measure] >= 0.95 and scores.recall[measure] >= 0.95
    themes, _ = evaluate.themes_top2(corpus, annotation=f"themes_primary{suffix}")
    assert themes.rate["clear"] >= 0.8 and themes.paragraphs["clear"] >= 20


def test_structure_and_overview(corpus):
    scores, errors = evaluate.structure(corpus)
    assert scores.f1.tolist() == [1.0, 1.0, 1.0] and errors.empty
    overview = evaluate.overview(corpus)
    assert len(overview) == 8 and (overview.f1 >= 0.8).all()


def test_cohen_kappa_is_sklearns():
    import random

    from sklearn.metrics import cohen_kappa_score

    from kzlib.evaluate import cohen_kappa

    rng = random.Random(7)
    for n in (1, 2, 5, 30, 200):
        for labels in ("ab", "abc", "abcdef"):
            a = [rng.choice(labels) for _ in range(n)]
            b = [x if rng.random() < 0.6 else rng.choice(labels) for x in a]
            want = cohen_kappa_score(a, b) if len(set(a) | set(b)) > 1 else float("nan")
            got = cohen_kappa(a, b)
            assert (got != got and want != want) or abs(got - want) < 1e-12, (a, b, got, want)
    assert cohen_kappa(list("aab"), list("aba")) == pytest.approx(-0.5)


def test_overlapping_pairs_the_rows_whose_spans_overlap_under_equal_keys():
    """The one span-overlap match of the scorers: end-exclusive spans, rows of ``a`` in order, ``by`` keys equal."""
    import pandas as pd

    from kzlib.evaluate import overlapping

    a = pd.DataFrame(dict(doc_id=["d", "d", "e"], start=[0, 10, 0], end=[5, 12, 5]))
    b = pd.DataFrame(dict(doc_id=["d", "e", "d"], start=[4, 0, 12], end=[11, 3, 20]), index=[7, 8, 9])
    assert overlapping(a, b, ["doc_id"]) == [(0, 7), (1, 7), (2, 8)]  # (10, 12) and (12, 20) touch, not overlap
    assert overlapping(a, b) == [(0, 7), (0, 8), (1, 7), (2, 7), (2, 8)]
