"""Dated expressions and events: the grammar on sentences written here, accuracy on the chapter, key moments; on
small texts, the cue, label and actors of a dated state and the timeline of seasons and quarters."""

import pytest

import kzlib
from kzlib import chronology, evaluate, timex

from conftest import CHAPTER, SHIPPED, load_checked


def found(text):
    return [(t.surface, t.value, t.kind, t.mod) for t in timex.find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The treaty was signed on March 19, 2019, in Astana.", [("March 19, 2019", "2019-03-19", "date", "")]),
        ("Talks began on 6 August 2015.", [("6 August 2015", "2015-08-06", "date", "")]),
        ("It opened in September 2013.", [("September 2013", "2013-09", "date", "")]),
        ("By the mid-2010s the order had frayed.", [("By the mid-2010s", "201X", "date", "MID+ON_OR_BEFORE")]),
        ("Since the late 1990s, trade grew.", [("Since the late 1990s", "199X", "date", "LATE+ON_OR_AFTER")]),
        ("The early 2000s were calm.", [("The early 2000s", "200X", "date", "EARLY")]),
        ("Elections were held in the autumn of 2021.", [("the autumn of 2021", "2021-FA", "date", "")]),
        ("The plan was ready in the second half of 2019.", [("the second half of 2019", "2019-H2", "date", "")]),
        ("Output rose in the third quarter of 2020.", [("the third quarter of 2020", "2020-Q3", "date", "")]),
        ("Reforms ran from late 2016 onward.", [("from late 2016 onward", "2016", "date", "LATE+ON_OR_AFTER")]),
        (
            "It has held around 2018 and since 1992.",
            [("around 2018", "2018", "date", "APPROX"), ("since 1992", "1992", "date", "ON_OR_AFTER")],
        ),
        (
            "In the years 2015-2021 and 1999–2000.",
            [("2015-2021", "2015/2021", "range", ""), ("1999–2000", "1999/2000", "range", "")],
        ),
        (
            "between 2010 and 2012, from 2001 to 2005",
            [("between 2010 and 2012", "2010/2012", "range", ""), ("from 2001 to 2005", "2001/2005", "range", "")],
        ),
        (
            "It lasted three decades, almost a decade, six months.",
            [
                ("three decades", "P3DE", "duration", ""),
                ("almost a decade", "P1DE", "duration", "LESS_THAN"),
                ("six months", "P6M", "duration", ""),
            ],
        ),
        (
            "Several months later, and two years ago.",
            [("Several months later", "", "relative", ""), ("two years ago", "", "relative", "")],
        ),
        (
            "This week the ministry reports annually.",
            [("This week", "", "relative", ""), ("annually", "P1Y", "set", "")],
        ),
    ],
)
def test_grammar(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Contracts worth $7 billion were signed.",
        "The Covid-19 pandemic hit the C5+1 format.",
        "On the thirtieth anniversary, three key principles were set.",
        "Some 2000 troops and 1500 people left; 2019 % growth.",
        "It may be possible, as in 1.2019 or 12,2019.",
    ],
)
def test_non_dates(text):
    assert found(text) == []


def test_chapter_accuracy_against_the_gold(corpus):
    scores, errors = evaluate.timexes(corpus)
    assert len(evaluate.gold("timexes")) == 47
    for measure in ("relaxed span", "value", "kind"):
        assert scores.precision[measure] >= 0.95 and scores.recall[measure] >= 0.95, errors.to_string()
    assert scores.f1["strict span"] >= 0.9


def test_no_non_date_is_taken_on_the_chapter(corpus):
    surfaces = set(corpus.timexes.surface)
    assert not {"7 billion", "19", "53", "52", "54", "5+1"} & surfaces
    assert not corpus.timexes.surface.str.contains("Covid|anniversary|billion").any()


def test_timex_offsets_reproduce_surfaces(corpus):
    src = corpus.source(CHAPTER)
    t = corpus.timexes
    assert all(src[s:e] == surface for s, e, surface in zip(t.start, t.end, t.surface))


def test_footnote_dates_are_publication_dates(corpus):
    fn = corpus.timexes[corpus.timexes.footnote.notna()]
    assert list(zip(fn.footnote, fn.value, fn.role)) == [
        (52, "2019-09-17", "publication"),
        (53, "2007", "publication"),
        (54, "2021-05-11", "publication"),
    ]
    assert (corpus.timexes[corpus.timexes.footnote.isna()].role == "text").all()


def test_relative_expressions_are_anchored(corpus):
    t = corpus.timexes.set_index("surface")
    assert t.value["several months later"] == "2018" and t.anchor["several months later"] == "2018-01"
    assert t.value["As of this writing"] == "2021-FA" and t.value["today"] == "2021-FA"


def test_year_bounds_for_decades_and_ranges(corpus):
    t = corpus.timexes.set_index("surface")
    assert (t.year_start["By the mid-2010s"], t.year_end["By the mid-2010s"]) == (2013, 2016)
    assert (t.year_start["the late 1990s"], t.year_end["the late 1990s"]) == (1997, 1999)
    assert (t.year_start["2015-2021"], t.year_end["2015-2021"]) == (2015, 2021)


def event_on(corpus, value):
    ev = corpus.events[corpus.events.date_value == value]
    assert len(ev) == 1, ev
    return ev.iloc[0]


def test_key_moments_carry_their_agents_and_targets(corpus):
    """Events come from actions: who acts and towards whom, not every actor of the sentence."""
    visit = event_on(corpus, "2018-01")
    assert (visit.kind, visit.agents, visit.targets) == ("action", "trump", "nazarbayev")
    assert visit.label == "hosted President Nazarbayev at the White House"
    same_day = corpus.events[corpus.events.date_value == "2019-03-19"]  # the resignation and the call made with it
    assert list(same_day.cue) == ["announce", "call for"] and set(same_day.agents) == {"nazarbayev"}
    assert "resignation" in same_day.label.iloc[0]
    withdrawal = event_on(corpus, "2021-08")
    assert (withdrawal.agents, withdrawal.targets) == ("nato;united_states", "afghanistan")
    assert event_on(corpus, "2013-09").agents == "xi_jinping"
    eeu = corpus.events[(corpus.events.date_value == "2015-08-06") & (corpus.events.cue == "launch")].iloc[0]
    assert set(eeu.agents.split(";")) == {"russia", "armenia", "belarus", "kazakhstan"}
    old_visit = event_on(corpus, "2006")
    assert "trump" not in old_visit.actors.split(";") and old_visit.agents == "nazarbayev"


def test_frames_and_the_time_of_writing_are_not_happenings(corpus):
    ev = corpus.events
    assert not ev.date_value.isin(["2015/2021", "PRESENT_REF"]).any()
    texts = " ".join(ev.text)
    assert "as of this writing" not in texts.lower()
    assert set(ev.kind) == {"action", "state"}
    assert (ev[ev.kind == "state"].agents == "").all()


def test_two_dated_happenings_in_a_paragraph_give_two_events(corpus):
    ev = corpus.events[(corpus.events.para_id == "P027") & (corpus.events.kind == "action")]
    assert ev.date_value.tolist() == ["2015", "2020"]
    assert ev.agents.tolist() == ["kerry", "pompeo"]


def test_events_are_traceable_and_sortable(corpus):
    ev = corpus.events
    assert ev.event_id.is_unique and 30 <= len(ev) <= 50
    assert all(corpus.reading(CHAPTER, s, e) == text for s, e, text in zip(ev.start, ev.end, ev.text))
    assert all(label in text for label, text in zip(ev.label, ev.text))
    ordered = ev.sort_values(["year_start", "year_end"])
    assert ordered.year_start.is_monotonic_increasing and ordered.year_start.iloc[0] == 1992
    acts = corpus.actions.set_index("action_id")
    for r in ev[ev.kind == "action"].itertuples():
        assert acts.timex_id[r.action_id] == r.timex_id and acts.agents[r.action_id] == r.agents


def test_relative_without_anchor_keeps_a_reference():
    c = kzlib.load(
        texts={"t": "Title Line\n\nTwo years later the talks resumed. The talks continue today.\n"}, codebook=SHIPPED
    )
    assert c.timexes.value.tolist() == ["FUTURE_REF", "PRESENT_REF"]
    assert c.events.empty


def test_a_readouts_date_line_is_no_event_and_its_today_is_the_day():
    """A dated readout: its date line is the time of writing (no event); 'Today, X met Y' happened that day."""
    text = "Readout of a Call\n\nMarch 3, 2021\n\nToday, President Tokayev met President Mirziyoyev in Tashkent.\n"
    c = kzlib.load(texts={"r": text}, codebook=SHIPPED)
    assert c.documents.date.tolist() == ["2021-03-03"]
    assert c.events.kind.tolist() == ["action"] and c.events.date_value.tolist() == ["2021-03-03"]
    undated = kzlib.load(
        texts={"u": "An Essay\n\nToday, President Tokayev met President Mirziyoyev in Tashkent.\n"}, codebook=SHIPPED
    )
    assert undated.events.empty  # no date line: 'today' is the time of writing, not a day


def test_a_ment_noun_is_no_event_cue_of_its_verb():
    """A -ment noun names a thing ("submit the agreement"), not the act of agreeing: a dated state whose clause has
    a cue before it takes that cue ("pledged"; "the signing of the agreement ... in 1993": the signing)."""
    e = kzlib.load(
        texts={"t": "Brazil pledged to submit the agreement for a vote in the second half of 2025.\n"}, codebook=SHIPPED
    ).events
    assert e.cue.tolist() == ["pledge"] and e.label[0].startswith("pledged to submit")
    e = kzlib.load(
        texts={"t": "The firm grew after the signing of the agreement with Peru in 1998.\n"}, codebook=SHIPPED
    ).events
    assert e.cue.tolist() == ["sign"]
    e = kzlib.load(texts={"t": "Brazil and Peru praised the agreement of 2019.\n"}, codebook=SHIPPED).events
    assert e.cue.tolist() == ["agree"]  # no cue before it: the noun still labels the state


def test_a_year_in_a_name_and_a_venue():
    """A year that ends a proper name ("the Antarctic Treaty of 1959") is the name's: the dated state is labelled by
    the name, not by a verb after it; and the country of a venue ("meet in Kochi, India") is where, not who."""
    text = "The ministers reaffirmed the Pacific Fisheries Treaty of 1982 and agreed to meet in Chennai, India, in May 2025."
    e = kzlib.load(texts={"t": text + "\n"}, codebook=SHIPPED).events.set_index("date_value")
    assert e.label["1982"] == "Pacific Fisheries Treaty of 1982" and e.cue["1982"] == ""
    assert e.actors.tolist() == ["", ""]  # India is where they meet, not a party
    e = kzlib.load(texts={"t": "Kazakhstan and India met in Astana in 2025.\n"}, codebook=SHIPPED).events
    assert set(e.actors[0].split(";")) == {"india", "kazakhstan"}  # a party is still one


BRIEFING = """Press Briefing

March 5, 2024

THE PRESIDENT: We discussed energy with Kazakhstan.

Q: Mr. President, will you visit Astana next spring?

THE PRESIDENT: We will see.
"""


def test_a_question_is_no_dated_state():
    """A question reports no happening: its date makes no state event ("spring 2024 · Kazakhstan: Will you visit
    Astana?"), as the actions grammar already marks its verbs hypothetical."""
    c = kzlib.load(texts={"brief": BRIEFING}, codebook=SHIPPED)
    t = c.timexes
    assert "next spring" in t.surface.tolist()  # the date is still read
    assert c.events.empty or not c.events.text.str.contains("visit").any()
    statement = "Kazakhstan hosted the forum in 2023. Will you attend?"
    assert len(
        kzlib.load(texts={"s": statement}, codebook=SHIPPED).events
    )  # a statement beside a question keeps its date


def test_a_clause_naming_someone_else_does_not_borrow_the_sentences_actors():
    c = load_checked("Title Line\n\nItaly announced a plan in 2019; the US welcomed it in 2020.\n")
    ev = c.events.set_index("date_value")
    assert ev.loc["2019", "actors"] == "" and ev.loc["2020", "actors"] == "united_states"


@pytest.mark.parametrize("season, code", [("winter", "WI"), ("spring", "SP"), ("summer", "SU"), ("autumn", "FA")])
def test_every_season_goes_through_the_timeline(season, code):
    """ "last winter" in a dated text: the timeline (``chronology.story``, which the report, notebook 03 and the
    runbook draw) places each season inside its year, and the timeline figures draw."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from kzlib.plots import chronology as figures

    text = f"Joint statement\n\nMarch 5, 2024\n\nKazakhstan and Russia met last {season} in Astana.\n"
    c = kzlib.load(texts={"s": text})
    ev = chronology.story(c, "s")
    (value,) = ev.date_value
    assert value.endswith(code)
    y, month = timex.order_key(value)
    assert ev.when.iloc[0] == pytest.approx(y + (month - 0.5) / 12)
    for draw in (figures.timeline, figures.narrative_vs_story):
        draw(c, "s")
        plt.close("all")


def test_quarters_and_halves_go_through_the_timeline():
    """A quarter and a half-year as events: each placed at its last month."""
    text = "Joint statement\n\nMarch 5, 2024\n\nKazakhstan and Russia met in Q3 2022 and in the first half of 2023.\n"
    ev = chronology.story(kzlib.load(texts={"s": text}), "s")
    got = dict(zip(ev.date_value, ev.when))
    assert got["2022-Q3"] == pytest.approx(2022 + 8.5 / 12)
    assert got["2023-H1"] == pytest.approx(2023 + 5.5 / 12)


def test_apposed_dates_are_one_event_and_labels_come_from_the_dates_own_part():
    """ "thirty-four years ago, on 29 August 1991" names one time: one event, at the finer date; a state's label
    comes from its own coordinated part ("…, and we were proud to serve in 2017"), and a cue after the date only
    from its own clause (not "said on Monday that …, an idea floated in 2022")."""

    def events(text):
        c = kzlib.load(texts={"s": "Astana, 23 September 2025\n\n" + text + "\n"})
        return c.events[["date_value", "label"]].values.tolist()

    got = events("Kazakhstan closed the test site thirty-four years ago, on 29 August 1991.")
    assert [d for d, _ in got] == ["1991-08-29"]
    got = dict(events("Kazakhstan was elected to the Council in 2016, and we were proud to serve in 2017."))
    assert "elected" in got["2016"] and "serve" in got["2017"]
    got = dict(events("Novak said on Monday that Moscow was ready, an idea first floated by Putin in 2022."))
    assert "floated" not in got["2025-09-22"]
