"""Dyads and the synthesis tables: invariants and the chapter's real values; on small texts, the focal state's own
bloc, the sides that act most, a person outside the codebook counted for the country of their title."""

import kzlib
from kzlib import codebook, dyads, presence, synthesis

from conftest import CHAPTER, READOUT, SHIPPED


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


def test_a_person_outside_the_codebook_counts_for_the_country_of_their_title():
    """ "Kazakhstani Special Representative X", "Deputy Foreign Minister of Uzbekistan X", "X, the Kazakh
    Ambassador": the person stays ``other:`` in actions, and counts for that country in dyads; a portfolio ("for
    Afghanistan Reconciliation") names no side."""
    c = kzlib.load(texts={"readout": READOUT}, codebook=SHIPPED)
    assert "other:Erzhan Kazykhan" in c.actions.targets.tolist()
    pairs = set(zip(c.dyads.source, c.dyads.target, c.dyads.source_actor, c.dyads.target_actor))
    assert ("united_states", "kazakhstan", "blinken", "other:Erzhan Kazykhan") in pairs
    assert ("uzbekistan", "united_states", "other:Bakhodir Ergashev", "blinken") in pairs
    assert ("united_states", "kazakhstan", "blinken", "other:Yerzhan Ashikbayev") in pairs
    assert "afghanistan" not in set(c.dyads.target)


def _blocs(text, **options):
    corpus = kzlib.load(texts={"t": "A Note\n\n" + text + "\n"}, options=kzlib.Options(**options))
    table = presence.blocs(group=None, corpus=corpus, doc_id="t")
    return corpus, {b: set(g.actor_id) for b, g in table.groupby("bloc", sort=False)}, list(dict.fromkeys(table.bloc))


def test_the_state_a_text_names_most_has_a_bloc_of_its_own():
    """Of the states of a region bloc, the one a text names most stands apart (with its leaders), placed before its
    region, and the rest of the region stays together: a text on Uzbekistan shows Uzbekistan, one on Kazakhstan
    Kazakhstan (the chapter's figures are unchanged), a tie both."""
    uz = (
        "Uzbekistan met the European Union in 2019. In 2020 Uzbekistan signed a deal with Russia. President "
        "Mirziyoyev visited Brussels in 2022. Kazakhstan joined the talks in 2021."
    )
    corpus, members, order = _blocs(uz)
    assert {"uzbekistan", "mirziyoyev"} <= members["Uzbekistan"]  # with everyone affiliated to it
    assert {corpus.codebook.actors.set_index("actor_id").affiliation.get(a) for a in members["Uzbekistan"]} == {
        "",
        "uzbekistan",
    }
    assert {"kazakhstan", "central_asia"} <= members["Central Asia"] and "uzbekistan" not in members["Central Asia"]
    assert order.index("Uzbekistan") == order.index("Central Asia") - 1 and "Kazakhstan" not in order
    over_time = synthesis.blocs_over_time(corpus, "t", [(2015, 2024, "2015–2024")])
    assert over_time.loc["2015–2024", "Uzbekistan"] == 3 and over_time.loc["2015–2024", "Central Asia"] == 1
    assert "Uzbekistan: mirziyoyev, uzbekistan" in presence.bloc_members(corpus)  # the only document by default
    _, members, order = _blocs("Kazakhstan met Uzbekistan in 2019. Kazakhstan signed a deal in 2020.")
    assert "kazakhstan" in members["Kazakhstan"] and "uzbekistan" in members["Central Asia"]
    _, members, _ = _blocs("Kyrgyzstan and Tajikistan settled their border in 2025.")
    assert "kyrgyzstan" in members["Kyrgyzstan"] and "tajikistan" in members["Tajikistan"]  # a tie: both
    _, members, _ = _blocs(uz, bloc_by_affiliation=False)
    assert members["Uzbekistan"] == {"uzbekistan"}  # listed members only: its president stays out of every bloc
    _, members, order = _blocs("Russia and China met in 2019.")
    assert "Central Asia" in order and len(order) == 5  # no state of the region named: the blocs as listed


def test_the_sides_that_act_most_come_from_the_tables():
    """Notebook 5's question for any text: the two sides that are agents of the most actions (a president counts
    for his state), what each does most often and towards whom, not sides named in advance."""
    text = (
        "A Note\n\n"
        "Uzbekistan signed a trade deal with the European Union in 2019. President Mirziyoyev visited Brussels in "
        "2020. Uzbekistan met Russia in 2021. The European Union praised Uzbekistan in 2022. The European Union "
        "criticised Russia in 2023. China built a road.\n"
    )
    corpus = kzlib.load(texts={"t": text})
    table = synthesis.active_sides(corpus, "t")
    assert list(table.side) == ["uzbekistan", "eu"] and list(table.actions) == [3, 2]
    uz, eu = table.iloc[0], table.iloc[1]
    assert uz["name"] == "Uzbekistan" and uz.towards.startswith("European Union 2")
    assert eu.cooperation == 1 and eu.conflict == 1 and "criticize 1" in eu["most often"]
    assert synthesis.active_sides(kzlib.load(texts={"n": "A Note\n\nNothing happens here.\n"}), "n").empty


def test_the_synthesis_tables_work_out_the_blocs_once(corpus, monkeypatch):
    calls = []
    real = presence.focal_blocs
    monkeypatch.setattr(presence, "focal_blocs", lambda *a: calls.append(1) or real(*a))
    doc = corpus.documents.doc_id[0]
    for table in (synthesis.blocs_over_time, synthesis.themes_by_bloc_and_period):
        calls.clear()
        assert not table(corpus, doc).empty and len(calls) == 1
