"""The date grammar's cheap ways of finding where to look (kzlib.timex): the month gate read with str.find, the year
cue found from its digits, the years of a window found led by their first digit, a window's needs looked for by
their words. Each finds the dates the plain regex search finds, on generated texts full of dates, near-dates and their
parts."""

from __future__ import annotations

import random
import re

import pytest

from kzlib import timex

PIECES = [
    "March 3, 2019",
    "3 March 2019",
    "Dec. 5",
    "5 December",
    "on 7 January",
    "in December",
    "Sept. 2021",
    "MARCH",
    "mar",
    "Marching",
    "Junior",
    "2019",
    "1990s",
    "the mid-2010s",
    "$2019",
    "12019",
    "2019%",
    "No. 2010",
    "#1999",
    "-2020",
    "2015-2021",
    "from 2001 to 2005",
    "18th",
    "1920",
    "1848",
    "in 1812",
    "20 20",
    "five days later",
    "the next week",
    "today",
    "annually",
    "FY2020",
    "3. März 2022",
    "Q3 2021",
    "13.03.2024",
    "2024-03-13",
    "the first half of 2019",
    "autumn of 2021",
    "on Tuesday",
    "the talks",
    "Kazakhstan",
    "signed",
    ",",
    ".",
    "(",
    "\n",
    "ſpring",
    "ſpring of 2021",
    "SUMMER 2020",
    "the Winter of 2019",
    "autumn 2017",
    "spring 2015",
    "the Fall of 2018",
    "Half of 2019",
    "a year and a HALF",
    "two and a half years",
    "half a century",
    "the second Quarter of 2020",
    "a quarter of a century",
    "Q1 2020",
    "H2 2019",
    "2019 Q4",
    "01/02/2019",
    "1.2.2020",
    "the 1990S",
    "the end of the YEAR",
    "Yesterday",
    "last Night",
    "TONIGHT",
    "as of this writing",
    "at Present",
    "this morning",
    "İn 2019",
    "Ünion",
]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 16)))


def _found(text: str) -> list[tuple]:
    return [(t.start, t.end, t.value, t.kind, t.mod, t.deixis) for t in timex.find(text)]


def test_the_prefilters_find_what_the_plain_searches_find(monkeypatch):
    """Every generated text: the dates found with the gates read by str.find, the year cue found from its digits,
    the years led by their first digit and the needs looked for by their words, and with each of them the plain regex
    search."""
    texts = list(_texts(5, 3000))
    fast = [_found(t) for t in texts]
    assert sum(map(len, fast)) > 5000
    monkeypatch.setattr(timex, "GATE_WORDS", {})
    monkeypatch.setattr(timex, "NEED_WORDS", {})
    monkeypatch.setattr(timex, "CUE_OPENERS", {k: v for k, v in timex.CUE_OPENERS.items() if k != "date"})
    monkeypatch.setattr(timex, "YEAR_START", re.compile(rf"{timex._NOT_IN_A_NUMBER}(?:1[89]|20)\d\d"))
    for text, found in zip(texts, fast):
        assert _found(text) == found, text


@pytest.mark.parametrize("seed", range(3))
def test_a_year_starts_where_the_plain_look_behind_says(seed):
    """The led year start (``YEAR_START``) at the places of the look-behind first (``_NOT_IN_A_NUMBER``), in any
    stretch of texts of digits, signs and letters."""
    plain = re.compile(rf"{timex._NOT_IN_A_NUMBER}(?:1[89]|20)\d\d")
    rng = random.Random(seed)
    chars = "0123456789 aZ$€£#/.,+-_\n(x1920"
    for _ in range(30000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert [m.span() for m in timex.YEAR_START.finditer(text, lo, hi)] == [
            m.span() for m in plain.finditer(text, lo, hi)
        ], (text, lo, hi)


def test_the_month_gate_is_the_month_word():
    """The gate read with str.find holds a text exactly where its regex finds one of the words."""
    rng = random.Random(2)
    for _ in range(5000):
        text = "".join(
            rng.choice(["Jan", "jan", "JAN", "Ja", "n", "Dec", "De", "c", "Se", "p", " ", "May", "ay"])
            for _ in range(6)
        )
        assert any(map(text.__contains__, timex.GATE_WORDS[id(timex._MONTH_WORD)])) is (
            timex._MONTH_WORD.search(text) is not None
        ), text
