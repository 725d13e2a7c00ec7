"""Date and structure defects a user trial found on three new texts (stop 15: a speech, a joint statement, a
news-agency report): each fixed by a general rule and tested on a small text written here, never on the chapter,
the trial's texts or the test split."""

import pytest

import kzlib
from kzlib import chronology, timex


@pytest.mark.parametrize(
    "value, key",
    [
        ("2022-WI", (2022, 2)),
        ("2022-SP", (2022, 5)),
        ("2022-SU", (2022, 8)),
        ("2022-FA", (2022, 11)),
        ("2022-Q1", (2022, 3)),
        ("2022-Q3", (2022, 9)),
        ("2022-H1", (2022, 6)),
        ("2022-H2", (2022, 12)),
        ("2022-W01", (2022, 1)),
        ("2020-W53", (2020, 12)),
        ("2021-W53", (2021, 12)),  # 2021 has 52 ISO weeks: no such week, its year's end
        ("2022-03", (2022, 3)),
        ("2022", (2022, 0)),
    ],
)
def test_order_key_of_every_period(value, key):
    """Winter ("WI") is a season, not an ISO week: the order key of every season, quarter, half and week is the
    year and the period's last month (a week: the month of its Thursday), never an error."""
    assert timex.order_key(value) == key


WINTER = "Talks\n\nKazakhstan and Russia met in the winter of 2022. They met again in the spring of 2023.\n"


def test_a_winter_date_does_not_stop_the_load():
    """ "in the winter of 2022" in a text with no date line: the time of writing is found among the text's dates
    (where "WI" was read as week "I"), and the season keeps its value."""
    t = kzlib.load(texts={"w": WINTER}).timexes.set_index("surface").value
    assert t["the winter of 2022"] == "2022-WI"


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


def _writing(text: str) -> str:
    c = kzlib.load(texts={"w": text})
    return chronology.time_of_writing(c.docs["w"])


def test_a_deadline_in_an_infinitive_is_no_time_of_writing():
    """ "agreed in January 2024 to raise trade … by 2030": the deadline belongs to the infinitive after the past
    verb (a target), so neither the time of writing nor a year-less dateline's year comes from it; a deadline of a
    clause told in the past ("increased to $5 billion by 2023", "By 2015 the war had drawn …") still counts."""
    news = (
        "TASHKENT, Oct 16 (Reuters) - Uzbekistan and Russia signed a gas deal on Wednesday.\n\n"
        "China and Uzbekistan agreed in January 2024 to raise bilateral trade to $20 billion by 2030.\n"
    )
    c = kzlib.load(texts={"n": news})
    t = c.timexes.set_index("surface").value
    assert (t["Oct 16"], t["Wednesday"], c.documents.date[0]) == ("2024-10-16", "2024-10-16", "2024-10-16")
    assert _writing("Talks\n\nThey met in 2023 and agreed in March 2024 to double trade by 2030.\n") == "2024-03"
    assert _writing("Talks\n\nIn 2019 they instructed their governments to draw up a plan by 2030.\n") == "2019"
    assert _writing("Talks\n\nThey met in 2019. Trade increased to $5 billion by 2023.\n") == "2023"
    assert _writing("Talks\n\nThey met in 2010. By 2015 the war had drawn in its neighbours.\n") == "2015"


DATELINE = (
    "ASTANA, Oct 16 (Reuters) - Kazakhstan and Russia signed a deal on Wednesday under which Russia will deliver "
    "more gas. In January 2024 they agreed to raise trade.\n\n"
    "Tokayev is due to visit Tashkent next month, the state news agency reported on Tuesday. He will arrive on "
    "Monday.\n"
)


def test_a_year_less_dateline_is_the_documents_date():
    """A dateline without a year is the first such day on or after the latest date the text gives, in
    ``documents.date`` and in its own timex (which no "will" of its sentence moves to the next year); with no year
    in the text it stays ``XXXX-10-16``."""
    c = kzlib.load(texts={"n": DATELINE})
    assert c.documents.date.tolist() == ["2024-10-16"]
    assert c.timexes.set_index("surface").value["Oct 16"] == "2024-10-16"
    bare = kzlib.load(texts={"n": "ASTANA, Oct 16 (Reuters) - Kazakhstan and Russia signed a deal.\n"})
    assert bare.documents.date.tolist() == ["XXXX-10-16"]


def test_a_past_weekday_stays_past_beside_a_future_clause():
    """ "signed … on Wednesday under which Russia will deliver": the weekday's own part is told in the past, so it
    is the latest Wednesday on or before the date (16 October 2024 was one), not the next; likewise "…, the news
    agency reported on Tuesday" after a clause about next month; "He will arrive on Monday" is still ahead."""
    t = kzlib.load(texts={"n": DATELINE}).timexes.set_index("surface").value
    assert (t["Wednesday"], t["Tuesday"], t["Monday"], t["next month"]) == (
        "2024-10-16",
        "2024-10-15",
        "2024-10-21",
        "2024-11",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Joint Statement of Kazakhstan and Japan\n\nTokyo, 19 December 2024\n\nJapan and Kazakhstan met on 18 December.\n",
        "Tokyo, 19 December 2024\n\nJoint Statement of Kazakhstan and Japan\n\nJapan and Kazakhstan met on 18 December.\n",
        "Joint Statement\n\nTokyo, Japan, December 19, 2024\n\nJapan and Kazakhstan met on 18 December.\n",
    ],
)
def test_a_place_and_date_line_is_the_documents_date(text):
    """ "Tokyo, 19 December 2024" alone on a line under (or above) the title is the document's date line: its
    ``documents.date`` and time of writing, no event, and its capital is the place, no mention of Japan."""
    c = kzlib.load(texts={"j": text})
    assert c.documents.date.tolist() == ["2024-12-19"]
    assert c.documents.title[0].startswith("Joint Statement")
    assert c.events.date_value.tolist() == ["2024-12-18"]
    place = c.mentions[c.mentions.para_id == "P001"]
    assert "Tokyo" not in place.surface.tolist() and set(place.form) <= {"place"}
    assert (c.mentions.actor_id == "japan").sum() == 1 + ("Japan," in text)


def test_a_place_and_date_inside_a_sentence_is_no_date_line():
    """Only a line holding nothing but a place and a date is one: a sentence that opens so stays body text with
    its event."""
    c = kzlib.load(texts={"j": "Talks\n\nTokyo, 19 December 2024 was the day Japan and Kazakhstan met.\n"})
    assert c.documents.date.isna().all()
    assert c.events.date_value.tolist() == ["2024-12-19"]


@pytest.mark.parametrize(
    "phrase, value, mod",
    [
        ("from 17 to 19 December 2024", "2024-12-17/2024-12-19", ""),
        ("between December 17 and 19, 2024", "2024-12-17/2024-12-19", ""),
        ("no later than June 2025", "2025-06", "ON_OR_BEFORE"),
        ("not earlier than 1 March 2025", "2025-03-01", "ON_OR_AFTER"),
        ("by the end of Q3 2025", "2025-Q3", "LATE+ON_OR_BEFORE"),
        ("by the end of the first half of 2026", "2026-H1", "LATE+ON_OR_BEFORE"),
        ("by the end of next year", "2025", "LATE+ON_OR_BEFORE"),
        ("early next year", "2025", "EARLY"),
        ("since last year", "2023", "ON_OR_AFTER"),
        ("before the end of the year", "2024", "LATE+BEFORE"),
    ],
)
def test_date_forms_with_their_modifiers(phrase, value, mod):
    """A day range in words, "no later than", and a part or direction before a quarter, a half-year or "next
    year" keep the whole phrase and its mod; "the end of the year" is a date (here, the text's year)."""
    c = kzlib.load(texts={"d": f"Plans\n\nMarch 5, 2024\n\nThe two sides will meet {phrase}.\n"})
    t = c.timexes[c.timexes.surface != "March 5, 2024"]
    assert t[["surface", "value", "mod"]].values.tolist() == [[phrase, value, mod]]


def test_the_end_of_the_year_in_a_story_is_its_years():
    """ "By the end of the year" after "In March 2014": that year (the anchor's), not the time of writing."""
    c = kzlib.load(
        texts={
            "d": "Crimea\n\nMay 1, 2024\n\nIn March 2014 Russia annexed Crimea. By the end of the year, "
            "sanctions were imposed.\n"
        }
    )
    assert c.timexes.set_index("surface").value["By the end of the year"] == "2014"


def test_a_credit_line_and_a_research_centre_are_no_state_mentions():
    """A news agency's credit line names where its reporters were: a capital there is the city, no mention of its
    state; a state's name inside a research body's name ("the Carnegie Russia Eurasia Center") is no mention of
    the state, while "Russia" in the body still is."""
    text = (
        "Gas\n\nRussia is using gas as an instrument, said a fellow at the Carnegie Russia Eurasia Center.\n\n"
        "(Reporting by Farida Yusupova in Tashkent and Olzhas Auyezov in Almaty; Additional reporting by Vladimir "
        "Soldatkin in Moscow; Editing by Jane Doe)\n"
    )
    m = kzlib.load(texts={"n": text}).mentions
    assert m[["surface", "actor_id"]].values.tolist() == [["Russia", "russia"]]
    assert m.start[0] == text.index("Russia")


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


@pytest.mark.parametrize("n", [1, 80, 400])
def test_a_letter_whose_lower_case_is_longer_shifts_no_date(n):
    """Windows are found in the lower-cased text and read in the text: "İ" lower-cases to two characters."""
    text = "İ" * n + " met in İzmir on 5 March 2021, and again in the first quarter of 2020."
    found = [(t.surface, text[t.start : t.end], t.value) for t in timex.find(text)]
    assert found == [("5 March 2021", "5 March 2021", "2021-03-05"), ("the first quarter of 2020",) * 2 + ("2020-Q1",)]


@pytest.mark.parametrize(
    "dotted, plain",
    [
        ("We waited untıl 2015 for it.", "We waited until 2015 for it."),
        ("In the fİrst half of 2019 they met.", "In the first half of 2019 they met."),
        ("the fırst half of 2019 saw growth.", "the first half of 2019 saw growth."),
        ("In the sprİng of 2021 it rained.", "In the spring of 2021 it rained."),
        ("It lasted sİx months.", "It lasted six months."),
    ],
)
def test_a_dotless_or_dotted_i_reads_as_the_i_the_pattern_took(dotted, plain):
    """A case-blind pattern takes "ı" and "İ" for "i", whose case folding is no "i": the words are read as the pattern
    took them (no KeyError, no ValueError), with the same values and spans as the plain spelling."""
    got, want = timex.find(dotted), timex.find(plain)
    assert want and [(t.start, t.end, t.value, t.mod) for t in got] == [(t.start, t.end, t.value, t.mod) for t in want]
    assert [t.surface for t in got] == [dotted[t.start : t.end] for t in got]
