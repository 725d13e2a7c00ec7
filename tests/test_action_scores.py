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


def test_chapter_issue_target(chapter):
    """Issue 11 asks >= 0.85 precision and recall of agents, targets and quad class on the chapter. Reached:
    agents 0.96 / 0.88, targets 0.99 / 0.89, quad class 0.94 / 0.86 (P / R; of the 175 gold actions the
    grammar finds 153 and gives 151 the gold's class). The misses are mostly what a reader infers (agentless
    passives whose agent the text never names, steps told as nouns without a possessor, group descriptions)."""
    s = chapter[0].set_index("field")
    for field in ("agents", "targets", "quad_class"):
        assert s.precision[field] >= 0.85 and s.recall[field] >= 0.85


def test_chapter_counts_pinned(chapter):
    """The chapter's counts (tp, fp, fn) pinned on purpose: any change of them, better or worse, is to be noticed
    and this pin, the numbers in :func:`test_chapter_issue_target` and the README updated with it."""
    got = {r.field: (r.tp, r.fp, r.fn) for r in chapter[0].itertuples()}
    assert got["quad_class"] == (151, 10, 24) and got["agents"] == (189, 8, 25) and got["targets"] == (86, 1, 11)


def test_grammar_beats_the_nearest_actor_baseline(corpus, chapter):
    base = evaluate.actions_report(corpus, "chapter", baseline=True)[0].set_index("field")
    s = chapter[0].set_index("field")
    assert s.f1["agents"] > base.f1["agents"] and s.precision["targets"] > base.precision["targets"]


def test_split_scores_as_they_are(test_split):
    """The blind test split, reported as is (pinned so that a change shows; never tuned on)."""
    got = {r.field: (r.tp, r.fp, r.fn) for r in test_split[0].itertuples()}
    assert got == {
        # user-trial rules: "supply chains", "for U.S. trade" are nouns, and a verb coordinated with a
        # noun's content infinitive is none: -2 wrong actions (agents, quad class); a user test's gap rules: "establish" a lexicon
        # lemma of its own (CAMEO 060, was a form of "create", no code): "we're establishing a new business platform"
        # is found, +1 action, +1 agent (of the gold's six), +1 quad class (gold 061, material cooperation)
        # stop 26, a rule written on a user test's testimony ("Chairman Murphy, thank you": an address, the speaker
        # thanks): "So, thank you very, very much" is the speaker's, +1 action, +1 agent, +1 quad class
        "actions": (39, 3, 10),
        "agents": (50, 3, 55),
        "targets": (14, 4, 53),  # "reaffirmed U.S. support for X": one step towards X (general rule, scored only)
        "quad_class": (34, 8, 15),
        # "will lead a delegation": +1 action, +1 date; dates of "in October" (month without a year) resolved: +2
        # right, +3 wrong; a date dates only the verbs of its own clause: -3 wrong
        "date": (7, 2, 3),
    }


def _key_answers_missed(corpus) -> list[str]:
    """The chapter's key answers (gold rows keyed ``kz_step``: Kazakhstan's steps; ``us_step``: America's) that
    no action row reports with that side among its agents."""
    from kzlib.dyads import sides

    doc = evaluate.development_doc()
    text = corpus.source(doc)
    g = evaluate.gold_actions("chapter")
    g = g[g.key.isin(["kz_step", "us_step"])].copy()
    loc = [evaluate.locate(text, s, o) for s, o in zip(g.surface, g.occurrence)]
    g["start"], g["end"] = [a for a, _ in loc], [b for _, b in loc]
    a = corpus.actions[corpus.actions.doc_id == doc]
    sents = corpus.sentences[corpus.sentences.doc_id == doc]
    found = {gi: pi for pi, gi in evaluate.align_actions(a, g, list(zip(sents.start, sents.end))).items()}
    side = sides()
    missed = []
    for gi, r in g.iterrows():
        want = "kazakhstan" if r.key == "kz_step" else "united_states"
        got = {side.get(x, x) for x in a.agents[found[gi]].split(";")} if gi in found else set()
        if want not in got:
            missed.append(f"{r.surface}@{r.start}")
    return missed


def test_every_key_answer_is_an_action_of_its_side(corpus):
    """Issue 11: every one of the chapter's key answers (Kazakhstan's steps in the section on its government,
    America's in the section on the American government) is an action row with that side among its agents."""
    assert evaluate.gold_actions("chapter").key.isin(["kz_step", "us_step"]).sum() == 30
    assert _key_answers_missed(corpus) == []
