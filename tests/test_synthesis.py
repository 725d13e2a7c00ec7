"""Dyads and the synthesis tables: invariants and the chapter's real values."""

import kzlib
from kzlib import codebook, dyads, synthesis

from conftest import CHAPTER, SHIPPED


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
        },
        codebook=SHIPPED,
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


ERAS = [  # the chapter's eras, as notebook 05 passes them
    (1900, 1999, "before 2000"),
    (2000, 2012, "2000–2012"),
    (2013, 2016, "2013–2016"),
    (2017, 2019, "2017–2019"),
    (2020, 2029, "2020–2021"),
]


def test_blocs_over_time_and_adjustments(corpus):
    t = synthesis.blocs_over_time(corpus, CHAPTER, ERAS)
    assert t.loc[["2017–2019", "2020–2021"], ["Russia", "China"]].to_numpy().sum() == 0
    assert t.loc["2020–2021", "United States"] >= 3
    kz = synthesis.adjustments(corpus, CHAPTER, "Kazakhstan")  # dated events only; see kzlib.actions.by_side
    assert "2019-03-19" in set(kz.date_value) and len(kz) >= 8


def test_periods_and_span_come_from_the_text(corpus, codebook):
    # the chapter frames itself in "the years 2015-2021"; its dated events run from 1992 to 2021
    assert synthesis.span(corpus, CHAPTER) == (2015, 2021)
    eq = synthesis.equal_periods(corpus, CHAPTER)
    # five-year periods, one beginning with the framing range's first year, back to 1992, the last ending in 2021
    assert [p[:2] for p in eq] == [(1990, 1994), (1995, 1999), (2000, 2004), (2005, 2009), (2010, 2014)] + [
        (2015, 2019),
        (2020, 2021),
    ]
    t = synthesis.blocs_over_time(corpus, CHAPTER)
    assert list(t.index) == [label for *_, label in eq]
    assert t.to_numpy().sum() == synthesis.blocs_over_time(corpus, CHAPTER, ERAS).to_numpy().sum()
    assert {era for _, era in synthesis.themes_by_bloc_and_period(corpus, CHAPTER).index} == {
        "before 2015",
        "from 2015",
    }
    # a text of its own: no frame, so the span is its dated events' years, and the split their first year
    text = (
        "Relations\n\nIn 1998 Russia signed a treaty with China. In 2003 the United States opened talks with "
        "Russia. In 2010 China sanctioned the United States.\n"
    )
    small = kzlib.load(texts={"note": text}, codebook=codebook)
    years = small.events.year_start.dropna().astype(int)
    assert synthesis.span(small, "note") == (int(years.min()), int(years.max()))
    one = synthesis.equal_periods(small, "note", width=50)
    assert one == [(years.min(), years.max(), f"{years.min()}–{years.max()}")]
    none = kzlib.load(texts={"none": "A note\n\nNothing is dated here at all.\n"}, codebook=codebook)
    assert synthesis.span(none, "none") is None and synthesis.equal_periods(none, "none") == []
    assert synthesis.blocs_over_time(none, "none").empty
    assert synthesis.adjustments(none, "none", "Russia").empty
