"""Date expressions (kzlib.timex): which forms are dates and how they normalise (days, months, seasons, quarters,
numeric dates, ranges, modifiers, German ordinals, shares of a unit; numbers and names that are no date; letters
whose case folds oddly), each rule on a small text written for it."""

import pytest

import kzlib
from kzlib import timex

from conftest import SHIPPED, TRIP, dates, load_as_is, load_checked


def values(text):
    c = kzlib.load(texts={"t": "Report Title\n\n" + text + "\n"}, codebook=SHIPPED)
    t = c.timexes
    return list(zip(t.surface, t.value, t.kind))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales rose in Q3 2021.", ("Q3 2021", "2021-Q3", "date")),
        ("They met on 5 Jan 2022.", ("5 Jan 2022", "2022-01-05", "date")),
        ("They met on 2022-03-14.", ("2022-03-14", "2022-03-14", "date")),
        ("The plan ran in 2020/21.", ("2020/21", "2020/2021", "range")),
        ("The budget grew in FY2020.", ("FY2020", "2020", "date")),
        ("The talks took eighteen months.", ("eighteen months", "P18M", "duration")),
        ("The talks took twenty-four months.", ("twenty-four months", "P24M", "duration")),
        ("They met on 17–18 February 2022.", ("17–18 February 2022", "2022-02-17/2022-02-18", "range")),
        ("They met on March 3-4, 2021.", ("March 3-4, 2021", "2021-03-03/2021-03-04", "range")),
        ("They met on the 5th of January 2022.", ("5th of January 2022", "2022-01-05", "date")),
        ("They met on 3rd March, 2023.", ("3rd March, 2023", "2023-03-03", "date")),
        ("Trade grew again in mid-2021.", ("mid-2021", "2021", "date")),
        ("Talks ended in late-2022.", ("late-2022", "2022", "date")),
    ],
)
def test_date_forms(text, expected):
    assert values(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Resolution 1973 was adopted by the council.",
        "About 1900 people came to the square.",
        "Decree No. 2010 was signed.",
        "The COVID-2019 label and the Model-2021 tractor.",
        "The Template-2021 deal and the Pyramid-2020 program.",  # a part of a period only as a word of its own  # a year after a hyphen only after a part of a period
    ],
)
def test_numbers_that_are_not_dates(text):
    assert values(text) == []


def test_german_ordinal_dates_normalise():
    c = load_checked(
        "Bericht\n\nDer Vertrag wurde am 3. März 2022 unterzeichnet. Er gilt seit dem 14. Okt. 2022 und ab Mai 2023.\n"
    )
    assert list(zip(c.timexes.surface, c.timexes.value)) == [
        ("3. März 2022", "2022-03-03"),
        ("14. Okt. 2022", "2022-10-14"),
        ("Mai 2023", "2023-05"),
    ]


def test_a_month_name_that_is_no_date():
    d = dates("Report Title\n\nMay I ask? Theresa May spoke on May 5. The March ended. October's talks went on.\n")
    assert set(d) == {"May 5"}


def test_a_day_after_a_month_is_only_as_precise_as_the_month():
    c = load_checked(
        "Report Title\n\nOn 31 January 2024 they met. A month later they signed. The following day they left.\n"
    )
    t = c.timexes
    assert list(zip(t.surface, t.value, t.precision)) == [
        ("31 January 2024", "2024-01-31", "day"),
        ("A month later", "2024-02", "month"),  # 31 January + 1 month: February (its last day)
        ("The following day", "2024", "year"),  # the day after a day in February: February or 1 March
    ]


def test_months_named_together_are_each_a_date():
    c = load_checked(
        "Readout of the Call\nMay 10, 2024\n\nThey met in March and April. March, April and May were busy. "
        "Johnson and May met. May I ask?\n"
    )
    t = c.timexes
    assert list(zip(t.surface, t.value))[1:] == [
        ("March", "2024-03"),
        ("April", "2024-04"),
        ("March", "2024-03"),
        ("April", "2024-04"),
        ("May", "2024-05"),
    ]


def test_a_weekday_apposed_to_a_date_is_one_date():
    """ "On Wednesday, March 1": one expression with the day's value, so the trip is one event, not two (the weekday
    alone resolved to 22 February)."""
    c = kzlib.load(texts={"trip": TRIP})
    t = c.timexes.set_index("surface").value
    assert t["Wednesday, March 1"] == "2023-03-01" and "Wednesday" not in t
    assert c.events[c.events.label.str.contains("Tashkent")].date_value.tolist() == ["2023-03-01"]
    assert [x.surface for x in timex.find("Tuesday 5 January 2021, then Monday, Friday")] == [
        "Tuesday 5 January 2021",
        "Monday",
        "Friday",
    ]


def test_a_share_of_a_unit_is_its_duration():
    """ "a quarter of a century" is 25 years (not "a century"), "half a century later" an offset of 50 years, "a
    year and a half" 18 months; "the first half of 2019" stays a half-year date."""
    got = {
        t.surface: (t.value, t.offset)
        for t in timex.find(
            "For a quarter of a century the border was shut; half a century later it opened. A year and a half ago, "
            "after almost half a decade and two and a half years of talks, in the first half of 2019, it changed."
        )
    }
    assert got["a quarter of a century"] == ("P25Y", None)
    assert got["half a century later"] == ("", (1, 50, "Y"))
    assert got["A year and a half ago"] == ("", (-1, 18, "M"))
    assert got["almost half a decade"] == ("P5Y", None)
    assert got["two and a half years"] == ("P30M", None)
    assert got["the first half of 2019"] == ("2019-H1", None)


def test_timex3_mod_is_one_valid_value():
    c = kzlib.load(
        texts={
            "t": "A Note\n\nBy the mid-2010s trade had grown. From late 2016 onward it fell. In late 2018 it rose.\n"
        },
        codebook=SHIPPED,
    )
    t = c.timexes.set_index("surface")
    assert t.loc["By the mid-2010s", "mod"] == "MID+ON_OR_BEFORE"
    assert t.loc["By the mid-2010s", "timex3_mod"] == "ON_OR_BEFORE"
    assert t.loc["From late 2016 onward", "timex3_mod"] == "ON_OR_AFTER"
    assert t.loc["late 2018", "timex3_mod"] == "END"
    valid = {"", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "START", "MID", "END"}
    assert set(c.timexes.timex3_mod) <= valid | {"APPROX", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}


def _dates(text):
    c = load_as_is("Note\n\n" + text + "\n")
    return [tuple(r) for r in c.timexes[["surface", "value", "mod", "timex3_mod"]].values]


def test_by_the_end_of_a_year_is_on_or_before_its_end():
    """ "by" before "the end of 2024" is ON_OR_BEFORE as before "2024", and "the end of" is the part TIMEX3 calls
    END (kzlib's LATE), "the beginning of" START, "the middle of" MID (was: 2024 with no mod)."""
    assert _dates("Both sides committed to conclude it by the end of 2024.") == [
        ("by the end of 2024", "2024", "LATE+ON_OR_BEFORE", "ON_OR_BEFORE")
    ]
    assert _dates("It opened at the beginning of March 2024 and closed in the middle of 2025.") == [
        ("the beginning of March 2024", "2024-03", "EARLY", "START"),
        ("the middle of 2025", "2025", "MID", "MID"),
    ]
    assert _dates("The end of the war came in 2019.") == [("2019", "2019", "", "")]


@pytest.mark.parametrize(
    "text, values",
    [
        ("The note is dated 13.03.2024.", ["2024-03-13"]),  # dotted: day first
        ("Signed on 13/03/2024.", ["2024-03-13"]),  # the number above 12 is the day
        ("Signed on 03/13/2024.", ["2024-03-13"]),
        ("Signed on 11/03/2024.", ["2024"]),  # both at most 12, no convention in the text: no day invented
        ("Signed on 13/03/2024 and 11/03/2024.", ["2024-03-13", "2024-03-11"]),  # the text's own order
        ("Signed on 03/13/2024 and 11/03/2024.", ["2024-03-13", "2024-11-03"]),
        ("Signed on 13/03/2024, 03/14/2024 and 11/03/2024.", ["2024-03-13", "2024-03-14", "2024"]),  # no one order
        ("Open 24/7 since version 1.12.2020 (v2.10.2019); won 3/2; see pages 12/13, 1/2/3.", []),
        ("Addresses such as 10.10.2010.1, days such as 31/02/2024 or 13.13.2024, Resolution 13/03/2024.", []),
    ],
)
def test_numeric_dates_and_what_is_no_date(text, values):
    """Numeric dates: dotted dd.mm.yyyy is day first; slashed, the number above 12 is the day; with both at most
    12 the document's own unambiguous slashed dates decide, else the value is the year. Version numbers, scores,
    page ranges, "24/7", impossible days and identifiers are no dates."""
    assert [v for _, v, _, _ in _dates(text)] == values


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
