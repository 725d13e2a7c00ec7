"""Dated expressions: a small grammar that finds them and normalises them in TIMEX3 style.

Off-the-shelf parsers read "late 1990s" or "in 2015" as times of day or offsets from today; this grammar
knows the forms of dating found in political prose and nothing else:

======================  ===========================  =====================================
form                    example                      value (kind, mod)
======================  ===========================  =====================================
full date               March 19, 2019               2019-03-19 (date)
month                   September 2013               2013-09 (date)
season                  the autumn of 2021           2021-FA (date)
half / quarter          the first half of 2019       2019-H1 (date)
year                    2015; late 2016              2015; 2016 (date, LATE)
decade                  the mid-2010s                201X (date, MID)
range                   2015-2021                    2015/2021 (range)
duration                three decades; almost a      P3DE; P1DE (duration, LESS_THAN)
                        decade
relative                several months later; today  anchored value (relative)
set                     annually                     P1Y (set)
======================  ===========================  =====================================

A modifier standing right before an expression joins it: ``by`` (ON_OR_BEFORE), ``since``/``from ...
onward``/``beginning`` (ON_OR_AFTER), ``before``/``after``/``until``, ``around``/``about`` (APPROX);
parts of a period (``early``/``mid``/``late``) come first when both apply: ``from late 2016 onward`` is
2016 with mod ``LATE+ON_OR_AFTER``. Money, footnote marks (removed from the reading text), ``Covid-19``,
``C5+1``, ordinals and counts are not dates: a year is four digits from 1800 to 2099 standing alone,
not money, not a quantity of something.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .spans import select_longest

MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"], 1)}
MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
              "Oct": 10, "Nov": 11, "Dec": 12}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}  # last month of each season, for ordering
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}
VAGUE = ("several", "a few", "few", "many", "some")
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE"}
PARTS = {"early": "EARLY", "mid": "MID", "late": "LATE"}
DIRECTIONS = {"by": "ON_OR_BEFORE", "since": "ON_OR_AFTER", "from": "ON_OR_AFTER", "beginning": "ON_OR_AFTER",
              "starting": "ON_OR_AFTER", "before": "BEFORE", "after": "AFTER", "until": "BEFORE",
              "till": "BEFORE", "around": "APPROX", "about": "APPROX", "circa": "APPROX", "c.": "APPROX",
              "approximately": "APPROX"}
DURATION_MODS = {"almost": "LESS_THAN", "nearly": "LESS_THAN", "less than": "LESS_THAN",
                 "more than": "MORE_THAN", "about": "APPROX", "around": "APPROX", "approximately": "APPROX",
                 "some": "APPROX", "roughly": "APPROX"}
PRESENT = ("today", "as of this writing", "at the time of writing", "at this writing", "as of today",
           "at present")

_MONTH = r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
_QUANTITY = r"(?:%|(?:percent|per\s+cent|troops|people|soldiers|students|persons|km|kilometers|kilometres|miles|tons|tonnes|dollars|meters|metres|barrels|units|members|votes)\b)"
_YEAR = rf"(?<![\w$€£#/.,+-])(?P<year>(?:1[89]|20)\d\d)(?![\d%]|[.,]\d|s\b|\s*{_QUANTITY})"
_MOD = r"(?:(?P<mod>(?i:by|since|from|until|till|before|after|around|about|circa|approximately|beginning(?:\s+(?:in|around))?|starting(?:\s+(?:in|around))?))\s+)?"
_ONWARD = r"(?:\s+(?P<onward>(?i:onwards?)))?"
_PART = r"(?P<part>(?i:early|mid|late))"
_NUM = r"(?P<num>(?i:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|a\s+few|few|many|some))"
_UNIT = r"(?P<unit>(?i:days?|weeks?|months?|years?|decades?|century|centuries))"
_THE = r"(?:(?i:the)\s+)?"

PATTERNS = {
    "day_mdy": rf"{_MOD}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}{_ONWARD}",
    "day_dmy": rf"{_MOD}(?P<day>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}{_ONWARD}",
    "month": rf"{_MOD}(?:{_PART}[-\s])?{_MONTH}\s+(?:of\s+)?{_YEAR}{_ONWARD}",
    "season": rf"{_MOD}{_THE}(?:{_PART}[-\s])?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?{_YEAR}{_ONWARD}",
    "half": rf"{_MOD}{_THE}(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?P<unit>(?i:half|quarter))\s+of\s+{_YEAR}{_ONWARD}",
    "decade": rf"{_MOD}{_THE}(?:{_PART}[-\s]?)?(?<![\w$€£#/.,+])(?P<decade>(?:1[89]|20)\d)0s\b{_ONWARD}",
    "range": rf"(?:(?P<from>(?i:from|between))\s+)?{_YEAR}\s*(?:[-–—]|(?P<joiner>(?i:to|and|until|through))\s)\s*(?P<year2>(?:1[89]|20)?\d\d)(?![\d%])",
    "year": rf"{_MOD}(?:{_PART}[-\s])?{_YEAR}{_ONWARD}",
    "duration": rf"(?:(?P<dmod>(?i:almost|nearly|less\s+than|more\s+than|about|around|approximately|some|roughly))\s+)?(?:(?i:the)\s+(?i:first|last|past|next)\s+)?{_NUM}\s+{_UNIT}\b",
    "relative": rf"{_NUM}\s+{_UNIT}\s+(?P<dir>(?i:later|earlier|ago|before|after|afterwards))\b",
    "deictic": r"(?P<deixis>(?i:this|last|next|that))\s+(?P<unit>(?i:week|month|year|decade|spring|summer|autumn|fall|winter))\b",
    "present": r"(?P<present>(?i:today|as\s+of\s+this\s+writing|at\s+the\s+time\s+of\s+writing|at\s+this\s+writing|as\s+of\s+today|at\s+present))\b",
    "set": r"(?P<set>(?i:annually|yearly|every\s+year|each\s+year|monthly|every\s+month|weekly|biannually))\b",
}
COMPILED = {k: re.compile(rf"(?<!\w){v}") for k, v in PATTERNS.items()}


@dataclass
class Timex:
    """One dated expression in a piece of clean text (``start``/``end`` index that text)."""

    start: int
    end: int
    surface: str
    value: str
    kind: str
    mod: str
    precision: str
    year_start: int | None
    year_end: int | None
    offset: tuple | None = None  # relative: (sign, number or None, unit) to resolve against an anchor
    deixis: str = ""             # relative: "present", "this", "last", "next", "that"


def _mods(*mods) -> str:
    return "+".join(m for m in mods if m)


def _direction(m) -> str:
    word = (m.groupdict().get("mod") or "").lower()
    if not word:
        return "ON_OR_AFTER" if m.groupdict().get("onward") else ""
    if word.startswith(("beginning around", "starting around")):
        return "APPROX+ON_OR_AFTER"
    return DIRECTIONS[word.split()[0]]


def _number(text: str) -> int | None:
    t = " ".join(text.lower().split())
    if t.isdigit():
        return int(t)
    return NUMBERS.get(t)


def _unit(text: str) -> str:
    t = text.lower().rstrip("s")
    return UNITS[t if t in UNITS else t.rstrip("ie") + ("y" if t.endswith("ie") else "")]


def _decade_years(decade: int, part: str) -> tuple[int, int]:
    base = decade * 10
    return {"EARLY": (base, base + 3), "MID": (base + 3, base + 6), "LATE": (base + 7, base + 9)}.get(part, (base, base + 9))


def _build(kind_name: str, m) -> Timex | None:
    g = m.groupdict()
    s, e = m.span()
    surface = m.group(0)
    part = PARTS.get((g.get("part") or "").lower(), "")
    direction = _direction(m) if "mod" in g else ""
    mod = _mods(part, direction)
    if kind_name in ("day_mdy", "day_dmy", "month", "season", "half", "year"):
        year = int(g["year"])
        if kind_name.startswith("day"):
            month = MONTHS.get(g["month"].rstrip(".")) or MONTH_ABBR[g["month"].rstrip(".")]
            if not 1 <= int(g["day"]) <= 31:
                return None
            value, precision = f"{year:04d}-{month:02d}-{int(g['day']):02d}", "day"
        elif kind_name == "month":
            month = MONTHS.get(g["month"].rstrip(".")) or MONTH_ABBR[g["month"].rstrip(".")]
            value, precision = f"{year:04d}-{month:02d}", "month"
        elif kind_name == "season":
            value, precision = f"{year:04d}-{SEASONS[g['season'].lower()]}", "season"
        elif kind_name == "half":
            n = int(re.match(r"\d", g["ord"]).group(0)) if g["ord"][0].isdigit() else \
                ["first", "second", "third", "fourth"].index(g["ord"].lower()) + 1
            if g["unit"].lower() == "half" and n > 2:
                return None
            value = f"{year:04d}-{'H' if g['unit'].lower() == 'half' else 'Q'}{n}"
            precision = g["unit"].lower()
        else:
            value, precision = f"{year:04d}", "year"
        return Timex(s, e, surface, value, "date", mod, precision, year, year)
    if kind_name == "decade":
        decade = int(g["decade"])
        y0, y1 = _decade_years(decade, part)
        return Timex(s, e, surface, f"{decade}X", "date", mod, "decade", y0, y1)
    if kind_name == "range":
        y1, y2 = int(g["year"]), g["year2"]
        y2 = int(y2) if len(y2) == 4 else int(str(y1)[:2] + y2)
        joiner = (g.get("joiner") or "").lower()
        if y2 <= y1 or (joiner == "and" and (g.get("from") or "").lower() != "between") or \
                (joiner in ("to", "until", "through") and not g.get("from")):
            return None
        return Timex(s, e, surface, f"{y1}/{y2}", "range", "", "year", y1, y2)
    if kind_name in ("duration", "relative"):
        raw = g["num"]
        n = _number(raw)
        unit = _unit(g["unit"])
        if n is None and raw.lower().replace("  ", " ") not in VAGUE and not raw.lower().startswith("a "):
            return None
        count = "X" if n is None else str(n)
        if kind_name == "duration":
            dmod = DURATION_MODS.get(" ".join((g.get("dmod") or "").lower().split()), "")
            return Timex(s, e, surface, f"P{count}{unit}", "duration", dmod, "duration", None, None)
        sign = -1 if g["dir"].lower() in ("earlier", "ago", "before") else 1
        return Timex(s, e, surface, "", "relative", "", "", None, None, offset=(sign, n, unit))
    if kind_name == "deictic":
        unit = g["unit"].lower()
        return Timex(s, e, surface, "", "relative", "", "", None, None,
                     offset=(0, None, UNITS.get(unit, SEASONS.get(unit, "Y"))), deixis=g["deixis"].lower())
    if kind_name == "present":
        return Timex(s, e, surface, "PRESENT_REF", "relative", "", "", None, None, deixis="present")
    if kind_name == "set":
        word = " ".join(g["set"].lower().split())
        value = {"monthly": "P1M", "every month": "P1M", "weekly": "P1W", "biannually": "P6M"}.get(word, "P1Y")
        return Timex(s, e, surface, value, "set", "", "set", None, None)
    return None


# Each form is tried only in windows around a cheap cue (searched in the lower-cased text):
# a year-like number for dates, a unit word for durations and relative expressions, a keyword for the rest.
YEARISH = re.compile(r"(?:1[89]|20)\d(?:\d|0s)")
UNIT_CUE = re.compile(r"day|week|month|year|decade|centur|spring|summer|autumn|fall|winter")
CUES = {"date": YEARISH, "unit": UNIT_CUE, "present": re.compile(r"today|writing|present"),
        "set": re.compile(r"annual|yearly|every|each|monthly|weekly")}
FORM_CUE = {"day_mdy": "date", "day_dmy": "date", "month": "date", "season": "date", "half": "date",
            "decade": "date", "range": "date", "year": "date", "duration": "unit", "relative": "unit",
            "deictic": "unit", "present": "present", "set": "set"}


def _windows(lower: str, cue: re.Pattern, before: int = 70, after: int = 45) -> list[tuple[int, int]]:
    """Stretches of text around every match of ``cue``, merged: the only places the form can stand."""
    out: list[list[int]] = []
    for m in cue.finditer(lower):
        lo, hi = max(0, m.start() - before), min(len(lower), m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def find(text: str) -> list[Timex]:
    """Every dated expression in ``text``, longest match first, none overlapping."""
    lower = text.lower()
    windows = {name: _windows(lower, cue) for name, cue in CUES.items()}
    cands = {}
    for name, rx in COMPILED.items():
        for lo, hi in windows[FORM_CUE[name]]:
            for m in rx.finditer(text, lo, hi):
                t = _build(name, m)
                if t is not None and t.end > t.start:
                    cands.setdefault((t.start, t.end), (t.start, t.end, t))
    return [c[2] for c in select_longest(cands.values())]


def order_key(value: str) -> tuple[int, int]:
    """(year, last month) of a date value, for finding the latest; month 0 for a bare year."""
    m = re.match(r"(\d{4})(?:-(\d\d|SP|SU|FA|WI|H[12]|Q[1-4]))?", value)
    if not m:
        return (0, 0)
    year, sub = int(m.group(1)), m.group(2) or ""
    if sub.isdigit():
        return (year, int(sub))
    if sub in SEASON_MONTH:
        return (year, SEASON_MONTH[sub])
    if sub.startswith("H"):
        return (year, 6 * int(sub[1]))
    if sub.startswith("Q"):
        return (year, 3 * int(sub[1]))
    return (year, 0)


def resolve(t: Timex, anchor: Timex | None, now: Timex | None) -> None:
    """Give a relative expression its value: offsets from the anchor date, deixis from the time of writing."""
    base = now if t.deixis in ("present", "this", "last", "next") else anchor
    if base is None:
        t.value = t.value or {"present": "PRESENT_REF"}.get(t.deixis, "PAST_REF" if (t.offset or (1,))[0] < 0 else "FUTURE_REF")
        return
    year = int(base.value[:4])
    if t.deixis == "present":
        t.value, t.precision, t.year_start, t.year_end = base.value, base.precision, base.year_start, base.year_end
        return
    sign, n, unit = t.offset
    if t.deixis in ("last", "next"):
        sign, n = (-1 if t.deixis == "last" else 1), 1
    if unit == "Y" and n is not None:
        year += sign * n
    elif unit == "DE" and n is not None:
        year += sign * 10 * n
    t.value, t.precision, t.year_start, t.year_end = f"{year:04d}", "year", year, year
