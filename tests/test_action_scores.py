"""Actions scored against the hand gold: the chapter (development) and the blind test split, reported apart."""

import pytest

from kzlib import evaluate

FIELDS = ["actions", "agents", "targets", "quad_class", "date"]


@pytest.fixture(scope="module")
def chapter(corpus):
    return evaluate.actions_report(corpus, "chapter")


@pytest.fixture(scope="module")
def test_split():
    return evaluate.actions_report(evaluate.test_corpus(), "test")


def test_every_error_is_listed(chapter, test_split):
    for table, errors in (chapter, test_split):
        assert table.field.tolist() == FIELDS
        for r in table.itertuples():
            listed = errors[errors.field == r.field]
            assert (listed.error == "false positive").sum() == r.fp and (listed.error == "missed").sum() == r.fn


def test_chapter_levels_reached(chapter):
    """The levels the grammar reaches on the development text (regression floor)."""
    s = chapter[0].set_index("field")
    assert s.precision["agents"] >= 0.80 and s.precision["targets"] >= 0.74 and s.precision["quad_class"] >= 0.72
    assert s.recall["agents"] >= 0.50 and s.recall["targets"] >= 0.32 and s.recall["quad_class"] >= 0.45


@pytest.mark.xfail(
    strict=True,
    reason="issue 11 asks >= 0.85 precision and recall; on the chapter the grammar reaches agents 0.84 / 0.55, "
    "targets 0.78 / 0.36, quad class 0.75 / 0.49 (P / R): of the 175 gold actions it finds 102, and the misses "
    "are mostly what a reader infers (agentless passives whose agent the text never names, steps told as nouns "
    "without a possessor, group descriptions) or verbs outside the lexicon",
)
def test_chapter_issue_target(chapter):
    s = chapter[0].set_index("field")
    for field in ("agents", "targets", "quad_class"):
        assert s.precision[field] >= 0.85 and s.recall[field] >= 0.85


def test_grammar_beats_the_nearest_actor_baseline(corpus, chapter):
    base = evaluate.actions_report(corpus, "chapter", baseline=True)[0].set_index("field")
    s = chapter[0].set_index("field")
    assert s.f1["agents"] > base.f1["agents"] and s.precision["targets"] > base.precision["targets"]


def test_split_scores_as_they_are(test_split):
    """The blind test split, reported as is (pinned so that a change shows; never tuned on)."""
    got = {r.field: (r.tp, r.fp, r.fn) for r in test_split[0].itertuples()}
    assert got == {
        "actions": (34, 6, 15),
        "agents": (43, 6, 62),
        "targets": (10, 4, 57),
        "quad_class": (29, 11, 20),
        "date": (6, 5, 4),  # dates of "in October" (month without a year) resolved: +2 right, +3 wrong
    }
