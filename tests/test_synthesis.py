"""Dyads and the synthesis tables: invariants and the chapter's real values."""
from kzlib import codebook, dyads, synthesis

from conftest import CHAPTER


def test_dyad_invariants(corpus):
    d = corpus.dyads
    src = corpus.source(CHAPTER)
    known = set(codebook.actors().actor_id)
    assert len(d) == 63
    assert set(d.actor_a) <= known and set(d.actor_b) <= known
    assert (d.actor_a < d.actor_b).all()
    assert all(src[s:e] == verb for s, e, verb in zip(d.start, d.end, d.verb))
    assert set(d.quad_class) <= set(dyads.QUADS)
    assert set(d.event_id) <= set(corpus.events.event_id)
    assert not d.duplicated(["event_id", "actor_a", "actor_b"]).any()


def test_dyads_raise_actors_to_their_side(corpus):
    visit = corpus.dyads[corpus.dyads.date_value == "2018-01"]
    assert list(zip(visit.actor_a, visit.actor_b, visit.quad_class, visit.verb)) == [
        ("kazakhstan", "united_states", "verbal cooperation", "hosted")]
    withdrawal = corpus.dyads[corpus.dyads.date_value == "2021-08"]
    assert set(withdrawal.quad_class) == {"material conflict"} and len(withdrawal) == 10


def test_most_active_dyad_is_kazakhstan_united_states(corpus):
    s = dyads.summary(corpus.dyads)
    assert s.index[0] == "kazakhstan – united_states" and s.events.iloc[0] == 5


def test_blocs_over_time_and_adjustments(corpus):
    t = synthesis.blocs_over_time(corpus, CHAPTER)
    assert t.loc[["2017–2019", "2020–2021"], ["Russia", "China"]].to_numpy().sum() == 0
    assert t.loc["2020–2021", "United States"] == 5
    kz = synthesis.adjustments(corpus, CHAPTER, "Kazakhstan")
    assert "2019-03-19" in set(kz.date_value) and len(kz) == 12
