"""Trial 14, the notebooks on another text: what the timeline draws as planned (past events told beside a plan are
happenings), and the focal state's own bloc."""

import kzlib
from kzlib import chronology, presence, synthesis
from kzlib.plots import chronology as plot_chronology


def test_a_past_event_beside_a_plan_is_no_plan():
    """A dated state whose sentence also speaks of the future is drawn as planned only when its date's own part is
    not told in the past: a pluperfect loan in a relative clause, a past passive, a past 'met' coordinated with
    what they 'would' do next are happenings; the plan beside each, and a pledge before its date, stay plans."""
    text = (
        "A Note\n\n"
        "The bank, which had lent Mongolia $2 billion since 2016, said it would widen its work in 2026. "
        "Its envoy had been recalled in May 2021 by the ministry, which said the embassy would reopen soon. "
        "The ministers met in March 2023 and agreed that they would meet again in 2027. "
        "Chile pledged to submit the agreement for a vote in the second half of 2025.\n"
    )
    corpus = kzlib.load(texts={"p": text})
    ev = corpus.events.set_index("event_id")
    assert set(ev.date_value) == {"2016", "2026", "2021-05", "2023-03", "2027", "2025-H2"}
    planned = {ev.loc[e, "date_value"] for e in plot_chronology._not_asserted(corpus, "p")}
    assert planned == {"2026", "2027", "2025-H2"}


def test_the_dates_use_the_same_test_of_a_plan():
    s = "The envoy had been recalled in May 2021 by the ministry, which said the embassy would reopen."
    i = s.index("May 2021")
    assert not chronology.planned(s, i, i + 8, 0, len(s))
    s = "They will meet again in May 2027, as they had agreed."
    i = s.index("May 2027")
    assert chronology.planned(s, i, i + 8, 0, len(s))


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
