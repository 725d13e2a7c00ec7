"""Dyads and the synthesis tables: invariants and the chapter's real values."""

from kzlib import codebook, dyads, synthesis

from conftest import CHAPTER


def test_dyad_invariants(corpus):
    d = corpus.dyads
    src = corpus.source(CHAPTER)
    known = set(codebook.actors().actor_id)
    assert len(d) > 10
    assert set(d.source) <= known and set(d.target) <= known and (d.source != d.target).all()
    assert all(src[s:e] == p for s, e, p in zip(d.start, d.end, d.predicate))
    assert set(d.quad_class) <= set(dyads.QUADS)
    acts = corpus.actions.set_index("action_id")
    assert set(d.action_id) <= set(acts.index)
    assert not d.duplicated(["action_id", "source", "target"]).any()
    side = dyads.sides()
    for r in d.itertuples():
        a = acts.loc[r.action_id]
        # one row per agent x target of one action: never co-agents, never an actor only mentioned
        assert r.source_actor in a.agents.split(";") and r.target_actor in a.targets.split(";")
        assert side.get(r.source_actor, r.source_actor) == r.source
        assert a.modality == "asserted" and not a.negated


def test_dyads_are_directed_and_coded_by_their_own_action(corpus):
    d = corpus.dyads
    visit = d[d.date_value == "2018-01"]
    assert list(zip(visit.source, visit.target, visit.quad_class, visit.predicate)) == [
        ("united_states", "kazakhstan", "verbal cooperation", "hosted")
    ]
    withdrawal = d[d.date_value == "2021-08"]
    assert set(zip(withdrawal.source, withdrawal.target)) == {("nato", "afghanistan"), ("united_states", "afghanistan")}
    # a withdrawal from a third country is no conflict between Kazakhstan and the United States
    kz_us = d[
        {*d.source, *d.target}
        and (d.source.isin(["kazakhstan", "united_states"]) & d.target.isin(["kazakhstan", "united_states"]))
    ]
    assert "withdraw" not in set(kz_us.lemma)


def test_allies_are_not_coded_as_fighting_each_other():
    import kzlib

    c = kzlib.load(
        texts={
            "t": "A title\n\nIn 2015 Iran and Russia were supporting the Assad regime, while "
            "the United States and Turkey fought against the Islamic State.\n"
        }
    )
    d = c.dyads
    pairs = set(zip(d.source, d.target))
    assert ("iran", "russia") not in pairs and ("russia", "iran") not in pairs
    assert ("united_states", "turkey") not in pairs and ("turkey", "united_states") not in pairs
    assert ("united_states", "isis") in pairs and set(d[d.source == "united_states"].quad_class) == {
        "material conflict"
    }


def test_summary_counts_actions_not_pairs(corpus):
    s = dyads.summary(corpus.dyads)
    assert s.index[0] == "kazakhstan – united_states"
    d = corpus.dyads
    kz_us = d[d.source.isin(["kazakhstan", "united_states"]) & d.target.isin(["kazakhstan", "united_states"])]
    assert s.actions.iloc[0] == kz_us.action_id.nunique()


def test_blocs_over_time_and_adjustments(corpus):
    t = synthesis.blocs_over_time(corpus, CHAPTER)
    assert t.loc[["2017–2019", "2020–2021"], ["Russia", "China"]].to_numpy().sum() == 0
    assert t.loc["2020–2021", "United States"] >= 3
    kz = synthesis.adjustments(corpus, CHAPTER, "Kazakhstan")  # dated events only; see kzlib.actions.by_side
    assert "2019-03-19" in set(kz.date_value) and len(kz) >= 8
