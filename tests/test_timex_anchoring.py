"""Relative date expressions anchored (kzlib.timex): "yesterday", "tonight", "ago", a weekday, a month or a year-
less date take their value from the time of writing or the date before them, at the precision their words give, each
rule on a small text written for it."""

import kzlib

from conftest import DATELINE, SHIPPED, TRIP, dates, load_as_is, load_checked


def test_undated_document_leaves_a_yearless_date_open():
    c = load_checked("Report Title\n\nThey met on 7 January.\n")
    assert c.timexes.value.tolist() == ["XXXX-01-07"] and c.events.empty


def test_a_month_without_a_year_takes_the_year_of_the_document_date():
    d = dates(
        "Readout of the Ministers' Meeting\nMay 10, 2024\n\nThe ministers met in December and again last March. "
        "They will meet next February, and they spoke in early May and this January.\n"
    )
    assert d["December"] == ("2023-12", "month")  # more than six months after the date line: the year before
    assert d["last March"] == ("2024-03", "month")
    assert d["next February"] == ("2025-02", "month")
    assert d["early May"] == ("2024-05", "month")
    assert d["this January"] == ("2024-01", "month")


def test_a_month_without_a_year_in_a_narrative_takes_the_year_of_the_date_before():
    d = dates("Report Title\n\nThe states met in March 2019. In October they signed a treaty.\n")
    assert d["October"] == ("2019-10", "month")


def test_undated_month_stays_open():
    assert dates("Report Title\n\nThey met in October.\n") == {"October": ("XXXX-10", "")}


def test_relative_dates_resolve_at_the_precision_the_words_give():
    c = load_checked(
        "Report Title\n\nThe talks opened on 5 March 2024. Two days later the ministers met. The next week they "
        "signed. Three months later the treaty came into force. A year earlier they had first spoken.\n\n"
        "The first round was held in March 2020. Two days later the delegations left. Several months later they "
        "returned. Many years later the talks were forgotten.\n"
    )
    t = c.timexes
    assert list(zip(t.surface, t.value, t.precision, t.anchor)) == [
        ("5 March 2024", "2024-03-05", "day", ""),
        ("Two days later", "2024-03-07", "day", "2024-03-05"),  # from the date before
        ("The next week", "2024-W11", "week", "2024-03-07"),  # the week after 7 March 2024 (a resolved day anchors)
        ("Three months later", "2024-06", "month", "2024-W11"),  # months from a week: a month, never a day
        ("A year earlier", "2023", "year", "2024-06"),  # a year from a month: the year
        ("March 2020", "2020-03", "month", ""),
        ("Two days later", "2020", "year", "2020-03"),  # 3 March to 2 April 2020: only the year is known
        ("Several months later", "2020", "year", "2020-03"),  # two to nine months after March 2020: 2020
        ("Many years later", "202X", "decade", "2020-03"),  # two to nine years after March 2020: the 2020s
    ]
    assert t.year_start.tolist()[-1] == 2022 and t.year_end.tolist()[-1] == 2029


def test_ago_counts_back_from_the_time_of_writing():
    c = load_checked("Readout of the Call\nMay 10, 2024\n\nIn 2019 the two met first. Two years ago they met again.\n")
    assert c.timexes.set_index("surface").loc["Two years ago", "value"] == "2022"


def test_deictic_dates_count_from_the_date_line_at_their_own_precision():
    c = load_checked(
        "Readout of the Call\nMarch 5, 2024\n\nThe ministers met last month and will meet next month, this week "
        "and next year. They met last spring, last winter and this summer.\n"
    )
    t = c.timexes
    assert list(zip(t.surface, t.value, t.precision))[1:] == [
        ("last month", "2024-02", "month"),
        ("next month", "2024-04", "month"),
        ("this week", "2024-W10", "week"),
        ("next year", "2025", "year"),
        ("last spring", "2023-SP", "season"),  # spring 2024 has not ended on 5 March
        ("last winter", "2024-WI", "season"),  # December 2023 to February 2024
        ("this summer", "2024-SU", "season"),
    ]


def test_a_weekday_in_a_future_clause_is_ahead():
    """In a text dated Monday 27 February 2023, "will arrive … on Tuesday" is the next day, not the Tuesday before;
    a weekday in a clause about the past stays the latest such day on or before the date, "last Tuesday" the
    latest before it (on a Tuesday, a week before), "next Tuesday" the first after it."""
    t = kzlib.load(texts={"trip": TRIP}).timexes.set_index("surface").value
    assert t["Tuesday"] == "2023-02-28"
    assert t["Friday"] == "2023-02-24"
    said = "Briefing\n\nFebruary 28, 2023\n\nThey met last Tuesday and last Monday; they meet again next Tuesday.\n"
    t = kzlib.load(texts={"said": said}).timexes.set_index("surface").value  # 28 February 2023 was a Tuesday
    assert (t["last Tuesday"], t["last Monday"], t["next Tuesday"]) == ("2023-02-21", "2023-02-27", "2023-03-07")


def test_a_month_takes_the_year_of_the_date_it_is_coordinated_with():
    """In a text dated March 2024, "visited Tashkent in February and again in late 2023" is February 2023, and
    "on 7 January and on 3 March 2021" is 7 January 2021: the coordinated date gives the year (and is the
    anchor), not the time of writing. A month on its own still takes the date line's year."""
    text = (
        "A Review\n\nMarch 2024\n\nThe minister visited Tashkent in February and again in late 2023. He met her "
        "on 7 January and on 3 March 2021. In January the envoy returned.\n"
    )
    t = kzlib.load(texts={"r": text}).timexes.set_index("surface")
    assert (t.value["February"], t.anchor["February"]) == ("2023-02", "2023")
    assert (t.value["7 January"], t.anchor["7 January"]) == ("2021-01-07", "2021-03-03")
    assert t.value["January"] == "2024-01"


def test_a_day_takes_the_year_of_the_next_clauses_date_when_it_falls_no_later():
    """In a text dated May 2019, "Protests began on 2 January and ended on 11 January 2022" is 2 January 2022: a
    clause coordinated with the next one ("and ended on", "and Russia invaded on") gives the year of that clause's
    date when the day falls no later in that year; "began on 20 December and ended on 11 January 2022" crosses a
    year, so the December keeps its own anchoring, and so does a day in a sentence of its own."""
    text = (
        "A Review\n\nMay 3, 2019\n\nProtests began on 2 January and ended on 11 January 2022. Talks began in March"
        " and ended in June 2021. Talks began on 20 December and ended on 11 January 2022. They met on 5 July."
        " They met again on 11 September 2020. Kazakhstan joined the union on 1 August and Russia sanctioned Ukraine"
        " on 24 December 2022.\n"
    )
    t = kzlib.load(texts={"r": text}).timexes.set_index("surface")
    assert (t.value["2 January"], t.anchor["2 January"]) == ("2022-01-02", "2022-01-11")
    assert t.value["March"] == "2021-03"
    assert t.value["20 December"] == "2018-12-20" and t.value["5 July"] == "2019-07-05"
    assert t.value["1 August"] == "2019-08-01"  # another party's act in the next clause: its year may differ


def test_tonight_is_the_day_of_writing():
    """ "departs tonight", "this morning" name the day of writing, "last night" the day before."""
    text = (
        "Travel Briefing\n\nFebruary 27, 2023\n\nThe Secretary departs tonight for Astana. This morning she met "
        "the minister of Kazakhstan. Last night she spoke with Kazakhstan's president.\n"
    )
    t = kzlib.load(texts={"b": text}).timexes.set_index("surface").value
    assert (t["tonight"], t["This morning"], t["Last night"]) == ("2023-02-27", "2023-02-27", "2023-02-26")


def _values(corpus):
    t = corpus.timexes
    return list(zip(t.surface, t.value))


def test_yesterday_and_tomorrow_count_from_the_date_line(speech):
    values = _values(speech)
    assert ("Yesterday", "2023-02-27") in values
    assert ("The day before yesterday", "2023-02-26") in values
    assert ("Tomorrow", "2023-03-01") in values


def test_a_bare_month_in_a_clause_about_the_future_is_ahead(speech):
    months = [v for s, v in _values(speech) if s == "September"]
    assert months == ["2023-09", "2022-09"]  # "hopes to meet ... in September"; "We met them in September"
    assert ("12 March", "2023-03-12") in _values(speech)  # "will open an office on 12 March"


def test_yesterday_without_a_time_of_writing_stays_unresolved():
    c = kzlib.load(texts={"t": "A Note\n\nYesterday the ministers met. They agreed on trade.\n"}, codebook=SHIPPED)
    t = c.timexes
    assert list(t.surface) == ["Yesterday"] and t.value.iloc[0] in ("", "PAST_REF")


def _values_and_anchors(c):
    return [tuple(r) for r in c.timexes[["surface", "value", "anchor"]].values]


def test_a_past_year_less_date_takes_its_year_from_no_plan():
    """A date without a year in a past clause takes the year of the latest date before it that is no plan: "They
    will meet again in 2025" does not date "signed ... on March 13" (was 2025-03-13); a year-less date in a clause
    about what is to come still counts from the plan, and with no past date before it the year stays unknown."""
    met = "Readout\n\nThe ministers met on 12 March 2024. They will meet again in 2025. "
    assert _values_and_anchors(load_as_is(met + "They signed a protocol on March 13.\n"))[-1] == (
        "March 13",
        "2024-03-13",
        "2024-03-12",
    )
    assert _values_and_anchors(load_as_is(met + "They will sign the protocol on March 13.\n"))[-1] == (
        "March 13",
        "2025-03-13",
        "2025",
    )
    assert _values_and_anchors(load_as_is("Readout\n\nThey will meet again in 2025. They signed it on March 13.\n"))[
        -1
    ] == (
        "March 13",
        "XXXX-03-13",
        "",
    )


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


def test_the_end_of_the_year_in_a_story_is_its_years():
    """ "By the end of the year" after "In March 2014": that year (the anchor's), not the time of writing."""
    c = kzlib.load(
        texts={
            "d": "Crimea\n\nMay 1, 2024\n\nIn March 2014 Russia annexed Crimea. By the end of the year, "
            "sanctions were imposed.\n"
        }
    )
    assert c.timexes.set_index("surface").value["By the end of the year"] == "2014"
