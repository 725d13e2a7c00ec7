"""Dated expressions: a small grammar that finds them and normalises them in TIMEX3 style.

Off-the-shelf parsers read "late 1990s" or "in 2015" as times of day or offsets from today; this grammar
knows the forms of dating found in political prose and nothing else:

======================  ===========================  =====================================
form                    example                      value (kind, mod)
======================  ===========================  =====================================
full date               March 19, 2019; the 5th of   2019-03-19; 2022-01-05 (date)
                        January 2022
month                   September 2013               2013-09 (date)
season                  the autumn of 2021           2021-FA (date)
half / quarter          the first half of 2019       2019-H1 (date)
year                    2015; late 2016; mid-2021    2015; 2016 (date, LATE); 2021 (MID)
decade                  the mid-2010s                201X (date, MID)
range                   2015-2021                    2015/2021 (range)
duration                three decades; almost a      P3DE; P1DE (duration, LESS_THAN)
                        decade; a quarter of a       P25Y; P18M
                        century; a year and a half
relative                several months later; today  anchored value (relative)
                        two days later; the next     a day; an ISO week (2024-W11), at
                        week; yesterday, tomorrow,   the precision the words give
                        tonight
month without a year    in October; last March       the year of the reference time
                                                     (relative; XXXX-10 without one)
                        in February and in late      2023-02: the coordinated date's year
                        2023
weekday                 on Tuesday; Wednesday,       the day by the reference time; the
                        March 1                      apposed day's value
other languages         3. März 2022 (months of      2022-03-03 (date)
                        data/rules/months.csv)
set                     annually                     P1Y (set)
======================  ===========================  =====================================

A modifier standing right before an expression joins it: ``by`` (ON_OR_BEFORE; "by the end of 2024" is LATE+ON_OR_BEFORE), ``since``/``from ...
onward``/``beginning`` (ON_OR_AFTER), ``before``/``after``/``until``, ``around``/``about`` (APPROX);
parts of a period (``early``/``mid``/``late``) come first when both apply: ``from late 2016 onward`` is
2016 with mod ``LATE+ON_OR_AFTER``. TIMEX3 allows one ``mod``: :func:`timex3_mod` gives it (column
``timex3_mod``: ``ON_OR_AFTER`` here; ``late 2016`` alone ``END``). Money, footnote marks (removed from the reading text), ``Covid-19``,
``C5+1``, ordinals and counts are not dates: a year is four digits from 1800 to 2099 standing alone,
not money, not a quantity of something.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from itertools import pairwise

try:  # the regex parser's own reading of a pattern (its modules were renamed in Python 3.11)
    from re import _parser
except ImportError:  # Python 3.10
    import sre_parse as _parser  # type: ignore[no-redef]

from . import lead, rxcache
from .lexicon import (
    ANY_MONTH,
    BOILERPLATE_BEFORE_DATE,
    ENGLISH_MONTHS,
    MONTH_ABBR,
    MONTH_NAMES,
    SIGNING_LINE,
    SIGNING_TAIL,
    WEEKDAY_LEAD,
    WEEKDAY_NAMES,
)
from .spans import select_longest
from .structure import PLACE_DATE, TITLE_DATE

MONTHS = {m: i for i, m in enumerate(ENGLISH_MONTHS, 1)}  # "January" -> 1 (kzlib/data/rules/months.csv)
# month names of other languages (``kzlib/data/rules/months.csv``) that the English forms below do not cover
OTHER_MONTHS = {k.rstrip("."): v for k, v in MONTH_NAMES.items() if k not in MONTHS and k.rstrip(".") not in MONTH_ABBR}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}  # last month of each season, for ordering
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
WEEKDAYS = {d: i for i, d in enumerate(WEEKDAY_NAMES)}
# words before a number that make it an identifier, not a year: "Resolution 1973", "Decree No. 2010"
NOT_YEAR_BEFORE = rxcache.compile(
    r"(?:\b(?:Resolutions?|resolutions?|No|Nos|Number|number|Decree|decree|Law|Article|"
    r"article|Order|Directive|Flight|flight|Room|room|page|pages|p|pp|Route|Highway|Code|"
    r"Bill|bill|Section|section|Chapter|chapter|Item|Case|case|Version|version|Ver|ver)\.?|#)\s*$"
)
VAGUE = ("several", "a few", "few", "many", "some")
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE"}
PARTS = {"early": "EARLY", "mid": "MID", "late": "LATE"}
# "the end of 2024" is kzlib's LATE (TIMEX3 ``END``), "the beginning of" EARLY, "the middle of" MID
PART_OF = {"end": "LATE", "close": "LATE", "beginning": "EARLY", "start": "EARLY", "middle": "MID"}
DIRECTIONS = {
    "by": "ON_OR_BEFORE",
    "no later than": "ON_OR_BEFORE",
    "not later than": "ON_OR_BEFORE",
    "no earlier than": "ON_OR_AFTER",
    "not earlier than": "ON_OR_AFTER",
    "since": "ON_OR_AFTER",
    "from": "ON_OR_AFTER",
    "beginning": "ON_OR_AFTER",
    "starting": "ON_OR_AFTER",
    "before": "BEFORE",
    "after": "AFTER",
    "until": "BEFORE",
    "till": "BEFORE",
    "around": "APPROX",
    "about": "APPROX",
    "circa": "APPROX",
    "c.": "APPROX",
    "approximately": "APPROX",
}
DURATION_MODS = {
    "almost": "LESS_THAN",
    "nearly": "LESS_THAN",
    "less than": "LESS_THAN",
    "more than": "MORE_THAN",
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "roughly": "APPROX",
}
PRESENT = ("today", "as of this writing", "at the time of writing", "at this writing", "as of today", "at present")

_MONTH = r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
_QUANTITY = r"(?:%|(?:percent|per\s+cent|troops|people|soldiers|students|persons|km|kilometers|kilometres|miles|tons|tonnes|dollars|meters|metres|barrels|units|members|votes)\b)"
_NOT_IN_A_NUMBER = r"(?<![\w$€£#/.,+-])"  # no year right after a word character, a currency, a sign ...
# … but after the hyphen of a part of it: "mid-2021", "early-2022" (each look-behind of a fixed width)
_PART_HYPHENS = (r"\b[Mm]id-", r"\b[Ee]arly-", r"\b[Ll]ate-")  # a word of its own: not "Template-2021"
_AFTER_PART = "(?:" + "".join(f"(?<={h})|" for h in _PART_HYPHENS) + _NOT_IN_A_NUMBER + ")"
_YEAR = rf"{_AFTER_PART}(?P<year>(?:1[89]|20)\d\d)(?![\d%]|[.,]\d|s\b|\s*{_QUANTITY})"
_MOD = r"(?:(?P<mod>(?i:by|no[t]?\s+(?:later|earlier)\s+than|since|from|until|till|before|after|around|about|circa|approximately|beginning(?:\s+(?:in|around))?|starting(?:\s+(?:in|around))?))\s+)?"
_ONWARD = r"(?:\s+(?P<onward>(?i:onwards?)))?"
_PART = r"(?P<part>(?i:early|mid|late|(?:the\s+)?(?:end|close|beginning|start|middle)\s+of(?:\s+the\s+year)?))"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM = (
    rf"(?P<num>(?i:\d{{1,3}}|{_TENS}[-\s]{_ONES}|{_TENS}|a|an|{_ONES}|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|hundred|several|a\s+few|few|many|some))"
)
_UNIT = r"(?P<unit>(?i:days?|weeks?|months?|years?|decades?|century|centuries))"
_THE = r"(?:(?i:the)\s+)?"
_DIR = r"(?:\s+(?P<dir>(?i:later|earlier|ago|before|after|afterwards))\b)?"  # a share's direction: "half a century ago"
_DMOD = r"(?:(?P<dmod>(?i:almost|nearly|less\s+than|more\s+than|about|around|approximately|some|roughly))\s+)?"
_FULL_MONTH = "|".join(MONTHS)
# the words right before a bare month name that make it a date (looked behind, so "in" stays out of the span)
# ... or a month name and a connector before it: "in March and April", "March, April and May", "March–May"
_MONTH_CUE = (
    rf"(?=(?:{_FULL_MONTH})\b)(?:"
    + "|".join(rf"(?<=(?i:{w})\s)" for w in ("in", "of", "during", "through", "throughout"))
    + "|"
    + "|".join(rf"(?<={m}{c})" for m in MONTHS for c in (" and ", " or ", " to ", " through ", ", ", "–", "-"))
    + rf"|(?=(?:{_FULL_MONTH})(?:,\s|\s(?:and|or|to|through)\s|[–-])(?:{_FULL_MONTH})\b)"  # the first of them
    + ")"
)
_OTHER_MONTH = "|".join(
    re.escape(m) + (r"\.?" if len(m) <= 4 else "") for m in sorted(OTHER_MONTHS, key=len, reverse=True)
)

PATTERNS = {
    "day_mdy": rf"{_MOD}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}{_ONWARD}",
    "day_dmy": rf"{_MOD}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}{_ONWARD}",  # "the 5th of January 2022"
    # "13.03.2024" (day first); "13/03/2024", "03/13/2024" (the number above 12 is the day; see _numeric)
    "numeric": rf"{_MOD}(?<![\w./-])(?P<n1>\d{{1,2}})(?P<sep>[./])(?P<n2>\d{{1,2}})(?P=sep)(?P<year>(?:1[89]|20)\d\d)(?![\w/-]|[.,]\d)",
    "iso": rf"{_MOD}(?<![\w/.-])(?P<year>(?:1[89]|20)\d\d)-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-])",
    "day_range_dmy": rf"{_MOD}(?P<day>\d{{1,2}})\s*[-–—]\s*(?P<day2>\d{{1,2}})\s+{_MONTH},?\s+{_YEAR}",
    "day_range_mdy": rf"{_MOD}{_MONTH}\s+(?P<day>\d{{1,2}})\s*[-–—]\s*(?P<day2>\d{{1,2}}),?\s+{_YEAR}",
    # in words: "from 17 to 19 December 2024", "between December 17 and 19, 2024"
    "day_range_words_dmy": rf"(?i:from|between)\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<joiner>(?i:to|until|till|through|and))\s+"
    rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}",
    "day_range_words_mdy": rf"(?i:from|between)\s+{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?P<joiner>(?i:to|until|till|through|and))\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}",
    "quarter": rf"{_MOD}(?:{_PART}\s+)?(?P<qh>[QH])(?P<qn>[1-4])\s*(?:of\s+)?{_YEAR}",
    "quarter_after": rf"{_MOD}{_YEAR}\s*[-/]?\s*(?P<qh>[QH])(?P<qn>[1-4])\b",
    "fiscal": rf"{_MOD}(?P<fy>FY|(?i:fiscal\s+year)\s*)\s?(?P<fyear>(?:1[89]|20)\d\d|\d\d)(?![\w%])",
    "noyear_dmy": rf"{_MOD}(?<![\d,.])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\s*,?\s*(?:of\s+)?\d)",
    "noyear_mdy": rf"{_MOD}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|,?\s*\d|\s*[-–—]\s*\d)",
    "weekday": rf"(?:(?P<wdeixis>(?i:last|next))\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b",
    "month": rf"{_MOD}(?:{_PART}[-\s])?{_MONTH}\s+(?:of\s+)?{_YEAR}{_ONWARD}",
    # an ordinal day with a period ("3. März 2022", "14. Okt. 2022"), a month of another language ("März 2022")
    "day_ordinal": rf"(?<![\d.])(?P<day>\d{{1,2}})\.\s+(?P<month>{ANY_MONTH})(?!\w)\s+{_YEAR}",
    "month_other": rf"(?P<month>{_OTHER_MONTH})(?!\w)\s+{_YEAR}",
    "noyear_ordinal": rf"(?<![\d.])(?P<day>\d{{1,2}})\.\s+(?P<month>{_OTHER_MONTH})(?!\w)(?!\s*\d)",
    "season": rf"{_MOD}{_THE}(?:{_PART}[-\s])?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?{_YEAR}{_ONWARD}",
    "half": rf"{_MOD}(?:{_PART}\s+)?{_THE}(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?P<unit>(?i:half|quarter))\s+of\s+{_YEAR}{_ONWARD}",
    "decade": rf"{_MOD}{_THE}(?:{_PART}[-\s]?)?(?<![\w$€£#/.,+])(?P<decade>(?:1[89]|20)\d)0s\b{_ONWARD}",
    "range": rf"(?:(?P<from>(?i:from|between))\s+)?{_YEAR}\s*(?:[-–—/]|(?P<joiner>(?i:to|and|until|through))\s)\s*(?P<year2>(?:1[89]|20)?\d\d)(?![\d%])",
    "year": rf"{_MOD}(?:{_PART}[-\s])?{_YEAR}{_ONWARD}",
    "duration": rf"{_DMOD}(?:(?i:the)\s+(?i:first|last|past|next)\s+)?{_NUM}\s+{_UNIT}\b",
    # a share of a unit: "a quarter of a century", "half a year", "three quarters of a century", "a half decade"
    "fraction": rf"{_DMOD}(?P<frac>(?i:(?:a|one)\s+quarter|three\s+quarters|(?:a|one)\s+half|half))(?:\s+|-)"
    rf"(?:(?P<art>(?i:of\s+)?(?i:a|an))\s+)?(?P<unit>(?i:day|week|month|year|decade|century))\b{_DIR}",
    # a count and a half: "a year and a half", "two and a half years"
    "and_half": rf"{_DMOD}{_NUM}\s+{_UNIT}\s+(?i:and\s+a\s+half)\b{_DIR}",
    "and_half_before": rf"{_DMOD}{_NUM}\s+(?i:and\s+a\s+half)\s+{_UNIT}\b{_DIR}",
    "relative": rf"{_NUM}\s+{_UNIT}\s+(?P<dir>(?i:later|earlier|ago|before|after|afterwards))\b",
    # "the next week", "the following day", "the previous year", "the same day": from the date before
    "anaphoric": r"(?i:the)\s+(?P<adir>(?i:next|following|previous|preceding|prior|same))\s+(?P<unit>(?i:day|week|month|year))\b",
    # a month without day or year after a word that makes it a date: "in October", "last March", "early May"
    "month_only": rf"{_MOD}(?:(?P<mdeixis>(?i:last|next|this|that))\s+|{_PART}[-\s]+|(?(mod)|{_MONTH_CUE}))"
    rf"(?P<month>{_FULL_MONTH})\b(?!\s*,?\s*(?:of\s+)?\d|\s*[-–—/]\s*\d|[’']s\b)",
    "deictic": rf"{_MOD}(?:{_PART}[-\s]+)?(?P<deixis>(?i:this|last|next|that))\s+(?P<unit>(?i:week|month|year|decade|spring|summer|autumn|fall|winter))\b",
    # a day counted from the time of writing: "yesterday", "the day before yesterday", "tomorrow", "last night"
    # a part of the year: "before the end of the year" (the anchor's year, else the time of writing's)
    "year_part": rf"{_MOD}(?P<part>(?i:(?:the\s+)?(?:end|close|beginning|start|middle)\s+of\s+the\s+year))\b",
    "yesterday": r"(?P<yday>(?i:(?:the\s+day\s+(?:before|after)\s+)?(?:yesterday|tomorrow)|last\s+night))\b",
    "present": r"(?P<present>(?i:today|tonight|this\s+(?:morning|afternoon|evening)|as\s+of\s+this\s+writing|at\s+the\s+time\s+of\s+writing|at\s+this\s+writing|as\s+of\s+today|at\s+present))\b",
    "set": r"(?P<set>(?i:annually|yearly|every\s+year|each\s+year|monthly|every\s+month|weekly|biannually))\b",
}
FORMS = {k: rf"(?<!\w){v}" for k, v in PATTERNS.items()}  # each form as it is matched (compiled by _form)


@functools.cache
def _form(name: str) -> tuple[re.Pattern, bool]:
    """Form ``name``'s regex and whether it is led: compiled on its first use (compiling all the forms costs about as
    much as finding the dates of a chapter; a text that never needs a form never compiles it), and led by the class
    of the characters a match can open with (:func:`kzlib.lead.led`: the regex engine skips to them instead of
    trying the form at every position) where one narrows it and the form refers to none of its groups."""
    led = lead.led(FORMS[name])
    return (led, True) if led is not None else (re.compile(FORMS[name]), False)


def _matches(name: str, text: str, lo: int, hi: int):
    """``(start, end, groups)`` of each match of form ``name`` in ``text[lo:hi]``, as ``re.finditer`` of the form
    finds them."""
    rx, led = _form(name)
    if led:
        return [(s, e, m.groupdict()) for s, e, m in lead.finditer(rx, text, lo, hi)]
    return [(*m.span(), m.groupdict()) for m in rx.finditer(text, lo, hi)]


def _matches_by_anchor(name: str, text: str, lo: int, hi: int, anchors: list[int]):
    """:func:`_matches` of a form with a :func:`_prefix_width` in a window ``text[lo:hi]`` whose :func:`_anchors`
    are ``anchors``: a match holds its group at one of them at most the prefix width after its start, so the search
    for the next one starts that far before the next anchor (the positions before it open none); each search reads
    on to ``hi``, as the plain scan."""
    rx, led = _form(name)
    width, out, end = _prefix_width(name), [], lo
    for y in anchors:
        if y < end:
            continue
        m = rx.search(text, max(end, y - width), hi)
        if m is None:
            break
        s, end = (m.start(), m.start(lead.END)) if led else m.span()
        out.append((s, end, m.groupdict()))
    return out


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
    deixis: str = ""  # relative: "present", "this", "last", "next", "that", "the" ("the end of the year")
    future: bool = False  # its clause speaks of what is to come ("will", "hopes to"): a month without a year is ahead
    cited: bool = False  # a year in an author–date citation ("(Cooley 2012)"): a source's date (kzlib.citations)


TIMEX3_PART = {"EARLY": "START", "MID": "MID", "LATE": "END"}
TIMEX3_ORDER = ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "START", "MID", "END")


def timex3_mod(mod: str) -> str:
    """The one TIMEX3 ``mod`` for kzlib's ``mod``: the modifier that bounds the value when there are two (a
    direction: ``MID+ON_OR_BEFORE`` -> ``ON_OR_BEFORE``, ``APPROX+ON_OR_AFTER`` -> ``ON_OR_AFTER``), and a part
    in TIMEX3's words (``EARLY`` -> ``START``, ``LATE`` -> ``END``). The part stays in ``mod`` and, for a decade,
    in ``year_start``/``year_end``."""
    parts = [TIMEX3_PART.get(m, m) for m in mod.split("+") if m]
    ranked = [m for m in TIMEX3_ORDER if m in parts]
    return ranked[0] if ranked else (parts[0] if parts else "")


def _mods(*mods) -> str:
    return "+".join(m for m in mods if m)


def _direction(g: dict) -> str:
    word = (g.get("mod") or "").casefold()
    if not word:
        return "ON_OR_AFTER" if g.get("onward") else ""
    if word.startswith(("beginning around", "starting around")):
        return "APPROX+ON_OR_AFTER"
    words = word.split()
    return DIRECTIONS.get(" ".join(words)) or DIRECTIONS[words[0]]  # "no later than"; "beginning in"


def _part(words: str) -> str:
    """``EARLY``, ``MID`` or ``LATE`` for "early", "mid", "late", "the end of", "the beginning of" …; "" for none."""
    words = words.casefold().split()
    return PARTS.get(words[0], "") if len(words) == 1 else next((PART_OF[w] for w in words if w in PART_OF), "")


def _number(text: str) -> int | None:
    t = " ".join(text.casefold().split())
    if t.isdigit():
        return int(t)
    parts = re.split(r"[-\s]", t)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS and NUMBERS[parts[0]] >= 20:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]  # twenty-four
    return NUMBERS.get(t)


def _unit(text: str) -> str:
    t = text.casefold().rstrip("s")
    return UNITS[t if t in UNITS else t.rstrip("ie") + ("y" if t.endswith("ie") else "")]


def _month(name: str) -> int:
    name = name.rstrip(".")
    return MONTHS.get(name) or MONTH_ABBR.get(name) or OTHER_MONTHS[name]


def _decade_years(decade: int, part: str) -> tuple[int, int]:
    base = decade * 10
    return {"EARLY": (base, base + 3), "MID": (base + 3, base + 6), "LATE": (base + 7, base + 9)}.get(
        part, (base, base + 9)
    )


def _build(kind_name: str, g: dict, s: int, e: int, surface: str) -> Timex | None:
    """The Timex of a match of form ``kind_name`` at ``s:e`` (its text ``surface``, its groups ``g``), or ``None``."""
    part = _part(g.get("part") or "")
    direction = _direction(g) if "mod" in g else ""
    mod = _mods(part, direction)
    if kind_name == "numeric":
        return _numeric(s, e, surface, direction, int(g["n1"]), int(g["n2"]), int(g["year"]), g["sep"])
    if kind_name == "iso":
        y, mo, d = int(g["year"]), int(g["mon"]), int(g["day"])
        return Timex(s, e, surface, f"{y:04d}-{mo:02d}-{d:02d}", "date", direction, "day", y, y)
    if kind_name.startswith("day_range"):
        y, mo = int(g["year"]), _month(g["month"])
        d1, d2 = int(g["day"]), int(g["day2"])
        if not 1 <= d1 < d2 <= 31:
            return None
        value = f"{y:04d}-{mo:02d}-{d1:02d}/{y:04d}-{mo:02d}-{d2:02d}"
        return Timex(s, e, surface, value, "range", direction, "day", y, y)
    if kind_name.startswith("quarter"):
        y = int(g["year"])
        if g["qh"] == "H" and int(g["qn"]) > 2:
            return None
        precision = "quarter" if g["qh"] == "Q" else "half"
        return Timex(s, e, surface, f"{y:04d}-{g['qh']}{g['qn']}", "date", mod, precision, y, y)
    if kind_name == "fiscal":
        raw = g["fyear"]
        y = int(raw) if len(raw) == 4 else 2000 + int(raw)
        return Timex(s, e, surface, f"{y:04d}", "date", direction, "year", y, y)
    if kind_name.startswith("noyear"):
        mo, d = _month(g["month"]), int(g["day"])
        if not 1 <= d <= 31:
            return None
        return Timex(
            s,
            e,
            surface,
            f"XXXX-{mo:02d}-{d:02d}",
            "relative",
            direction,
            "",
            None,
            None,
            offset=(0, (mo, d), "D"),
            deixis="noyear",
        )
    if kind_name == "weekday":
        w, dx = WEEKDAYS[g["weekday"]], (g["wdeixis"] or "").casefold()
        return Timex(
            s, e, surface, f"XXXX-WXX-{w + 1}", "relative", "", "", None, None, offset=(dx, w, "D"), deixis="weekday"
        )
    if kind_name in ("day_mdy", "day_dmy", "day_ordinal", "month", "month_other", "season", "half", "year"):
        year = int(g["year"])
        if kind_name.startswith("day"):
            month = _month(g["month"])
            if not 1 <= int(g["day"]) <= 31:
                return None
            value, precision = f"{year:04d}-{month:02d}-{int(g['day']):02d}", "day"
        elif kind_name.startswith("month"):
            month = _month(g["month"])
            value, precision = f"{year:04d}-{month:02d}", "month"
        elif kind_name == "season":
            value, precision = f"{year:04d}-{SEASONS[g['season'].casefold()]}", "season"
        elif kind_name == "half":
            n = (
                int(re.match(r"\d", g["ord"]).group(0))
                if g["ord"][0].isdigit()
                else ["first", "second", "third", "fourth"].index(g["ord"].casefold()) + 1
            )
            if g["unit"].casefold() == "half" and n > 2:
                return None
            value = f"{year:04d}-{'H' if g['unit'].casefold() == 'half' else 'Q'}{n}"
            precision = g["unit"].casefold()
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
        joiner = (g.get("joiner") or "").casefold()
        if (
            y2 <= y1
            or (joiner == "and" and (g.get("from") or "").casefold() != "between")
            or (joiner in ("to", "until", "through") and not g.get("from"))
        ):
            return None
        return Timex(s, e, surface, f"{y1}/{y2}", "range", "", "year", y1, y2)
    if kind_name in ("fraction", "and_half", "and_half_before"):
        if kind_name == "fraction":
            frac = g["frac"].casefold().split()
            if not g["art"] and (frac == ["half"] or frac[-1] == "quarters"):
                return None  # "half year" may be "the first half year"; "three quarters" needs "of a"
            count, unit = {"quarter": 0.25, "quarters": 0.75, "half": 0.5}[frac[-1]], _unit(g["unit"])
        else:
            n = _number(g["num"])
            if n is None:
                return None
            count, unit = n + 0.5, _unit(g["unit"])
        n, unit = _share(count, unit)
        if g["dir"]:  # "half a century later": an offset of 50 years, when it is a whole number of some unit
            if n is None:
                return None
            word = g["dir"].casefold()
            sign, deixis = (-1 if word in ("earlier", "ago", "before") else 1), ("ago" if word == "ago" else "")
            return Timex(s, e, surface, "", "relative", "", "", None, None, offset=(sign, n, unit), deixis=deixis)
        dmod = DURATION_MODS.get(" ".join((g.get("dmod") or "").casefold().split()), "")
        value = f"P{n}{unit}" if n is not None else f"P{count:g}{unit}"
        return Timex(s, e, surface, value, "duration", dmod, "duration", None, None)
    if kind_name in ("duration", "relative"):
        raw = g["num"]
        n = _number(raw)
        unit = _unit(g["unit"])
        if n is None and raw.casefold().replace("  ", " ") not in VAGUE and not raw.casefold().startswith("a "):
            return None
        count = "X" if n is None else str(n)
        if kind_name == "duration":
            dmod = DURATION_MODS.get(" ".join((g.get("dmod") or "").casefold().split()), "")
            return Timex(s, e, surface, f"P{count}{unit}", "duration", dmod, "duration", None, None)
        sign = -1 if g["dir"].casefold() in ("earlier", "ago", "before") else 1
        deixis = "ago" if g["dir"].casefold() == "ago" else ""  # "ago" counts back from the time of writing
        return Timex(s, e, surface, "", "relative", "", "", None, None, offset=(sign, n, unit), deixis=deixis)
    if kind_name == "anaphoric":
        sign = {"next": 1, "following": 1, "same": 0}.get(g["adir"].casefold(), -1)
        unit = _unit(g["unit"])
        return Timex(s, e, surface, "", "relative", "", "", None, None, offset=(sign, 1, unit), deixis="anaphoric")
    if kind_name == "month_only":
        mo = _month(g["month"])
        dx = (g.get("mdeixis") or "").casefold()
        offset = (dx, mo, "MN")
        return Timex(s, e, surface, f"XXXX-{mo:02d}", "relative", mod, "", None, None, offset, deixis="monthname")
    if kind_name == "year_part":
        return Timex(s, e, surface, "", "relative", mod, "", None, None, offset=(0, None, "Y"), deixis="the")
    if kind_name == "deictic":
        unit = g["unit"].casefold()
        return Timex(
            s,
            e,
            surface,
            "",
            "relative",
            mod,
            "",
            None,
            None,
            offset=(0, None, UNITS.get(unit, SEASONS.get(unit, "Y"))),
            deixis=g["deixis"].casefold(),
        )
    if kind_name == "yesterday":
        words = g["yday"].casefold().split()
        n = 1 + (len(words) > 2)  # "the day before yesterday", "the day after tomorrow": two days
        sign = 1 if words[-1] == "tomorrow" else -1  # "yesterday", "last night"
        return Timex(s, e, surface, "", "relative", "", "", None, None, offset=(sign, n, "D"), deixis="ago")
    if kind_name == "present":
        return Timex(s, e, surface, "PRESENT_REF", "relative", "", "", None, None, deixis="present")
    if kind_name == "set":
        word = " ".join(g["set"].casefold().split())
        value = {"monthly": "P1M", "every month": "P1M", "weekly": "P1W", "biannually": "P6M"}.get(word, "P1Y")
        return Timex(s, e, surface, value, "set", "", "set", None, None)
    return None


# Each form is tried only in windows around a cheap cue (searched in the lower-cased text):
# a year-like number for dates, a unit word for durations and relative expressions, a keyword for the rest.
YEARISH = re.compile(r"(?:1[89]|20)\d(?:\d|0s)")
# words one of which every match of a cue holds: a text with none of them is not scanned for that cue (the cues
# that are only a choice of words are built from these)
_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
CUE_WORDS = {
    "date": ("18", "19", "20"),
    "unit": ("day", "week", "month", "year", "decade", "centur", "spring", "summer", "autumn", "fall", "winter"),
    "present": ("today", "writing", "present", "yesterday", "tomorrow", "night", "morning", "afternoon", "evening"),
    "set": ("annual", "yearly", "every", "each", "monthly", "weekly"),
    "fiscal": ("fy", "fiscal"),
    "monthday": _ABBR,
    "ordinal": (".",),
    "monthname": tuple(m.lower() for m in MONTHS),
}
CUES = {
    "date": YEARISH,
    "unit": rxcache.compile("|".join(CUE_WORDS["unit"])),
    "present": rxcache.compile("|".join(CUE_WORDS["present"])),
    "set": rxcache.compile("|".join(CUE_WORDS["set"])),
    "fiscal": re.compile(r"fy\s?\d\d|fiscal"),
    "monthday": rxcache.compile(
        rf"\b(?:{'|'.join(_ABBR)})[a-z]*\.?\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(_ABBR)})"
    ),
    "ordinal": re.compile(r"\d\.\s+\w"),  # "3. märz": an ordinal day of another language
    # a month name with no day or year after it (those the other month forms read)
    "monthname": rxcache.compile("(?:" + "|".join(CUE_WORDS["monthname"]) + r")\b(?!\s*,?\s*(?:of\s+)?\d)"),
}
FORM_CUE = {
    "day_mdy": "date",
    "day_dmy": "date",
    "month": "date",
    "season": "date",
    "half": "date",
    "decade": "date",
    "range": "date",
    "year": "date",
    "duration": "unit",
    "fraction": "unit",
    "and_half": "unit",
    "and_half_before": "unit",
    "relative": "unit",
    "deictic": "unit",
    "present": "present",
    "yesterday": "present",
    "set": "set",
    "iso": "date",
    "numeric": "date",
    "day_range_dmy": "date",
    "day_range_mdy": "date",
    "day_range_words_dmy": "date",
    "day_range_words_mdy": "date",
    "year_part": "unit",
    "quarter": "date",
    "quarter_after": "date",
    "fiscal": "fiscal",
    "noyear_dmy": "monthday",
    "noyear_mdy": "monthday",
    "day_ordinal": "date",
    "month_other": "date",
    "noyear_ordinal": "ordinal",
    "anaphoric": "unit",
    "month_only": "monthname",
    "weekday": "unit",
}


# the group of a form that a bounded prefix leads to, by the cue of its windows: a date form's year, a unit form's unit
ANCHOR_GROUP = {"date": _YEAR, "unit": "(?P<unit>"}


@functools.cache
def _prefix_width(name: str) -> int | None:
    """The most characters a match of form ``name`` can hold before its year (a form of date windows) or its unit
    word (of unit windows) where no two white-space characters stand together (each ``\\s+`` one wide), or ``None``:
    the form has no such group, or no such bound. Such a form is looked for only from that width before each of them
    in a window (:func:`_anchors`, :func:`_matches_by_anchor`), not at every place of it that opens like the form
    (worked out on first use, not while the module is imported)."""
    group = ANCHOR_GROUP.get(FORM_CUE[name])
    if group is None or group not in PATTERNS[name]:
        return None
    prefix = PATTERNS[name].split(group)[0].replace(r"\s+", r"\s").replace(r"\s*", r"\s?")
    width = _parser.parse(prefix).getwidth()[1]
    return width if width < 1000 else None


# where the year of a match (_YEAR) can stand: its first two digits, then no character of _NOT_IN_A_NUMBER before
# them but a part's hyphen (so the engine skips ahead to a "1" or a "2" instead of trying the look-behind at every position)
YEAR_START = re.compile(
    "(?:1[89]|20)(?:" + "".join(rf"(?<={h}\d\d)|" for h in _PART_HYPHENS) + rf"(?<!{_NOT_IN_A_NUMBER[4:-1]}\d\d))\d\d"
)
UNIT_START = re.compile("|".join(CUE_WORDS["unit"]))  # a unit word (after a space or a hyphen: no hit hides one)
TWO_SPACES = re.compile(r"\s\s")


def _anchors(cue: str, text: str, lower: str, lo: int, hi: int) -> list[int] | None:
    """Where the group a form's prefix width leads to can start in the window ``lo:hi`` of cue ``cue`` (the years
    of a date window; the unit words of a unit window, found in the lower-cased text), or ``None`` where no width
    bounds a prefix: two white-space characters stand together, or (a unit window) a character outside ASCII whose
    case may fold onto a unit word's letter ("ſpring")."""
    if TWO_SPACES.search(text, lo, hi):
        return None
    if cue == "date":
        return [m.start() for m in YEAR_START.finditer(text, lo, hi)]
    return [m.start() for m in UNIT_START.finditer(lower, lo, hi)] if text[lo:hi].isascii() else None


# the words every match of a cue opens with, where they are fewer than the places its first letters stand (each
# word found with str.find, the cue tried only there: kzlib.lead.by_words)
CUE_OPENERS = {cue: CUE_WORDS[cue] for cue in ("date", "unit", "present", "set", "monthname")}
# ... and those of an ASCII text (elsewhere a digit of another script is a ``\d`` too): a day-month cue opens with a
# month's abbreviation or a digit (the led search tries it at half the letters of a paragraph)
CUE_OPENERS_ASCII = {"monthday": _ABBR + tuple("0123456789")}


# the cue that the engine cannot skip ahead in (it opens with a digit or any letter of a month's abbreviation),
# looked for led by the class of its first characters (kzlib.lead)
CUES_LED = {"monthday": lead.led(CUES["monthday"].pattern)}


def _windows(lower: str, cue: str, before: int = 70, after: int = 45) -> list[tuple[int, int]]:
    """Stretches of text around every match of cue ``cue``, merged: the only places the form can stand."""
    out: list[list[int]] = []
    rx, openers, led = CUES[cue], CUE_OPENERS.get(cue), CUES_LED.get(cue)
    if not openers and cue in CUE_OPENERS_ASCII and lower.isascii():
        openers = CUE_OPENERS_ASCII[cue]
    if openers:
        spans = lead.by_words(rx, lower, openers)
    elif led is not None:
        spans = ((s, e) for s, e, _ in lead.finditer(led, lower))
    else:
        spans = (m.span() for m in rx.finditer(lower))
    for start, end in spans:
        lo, hi = max(0, start - before), min(len(lower), end + after)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


# What a form cannot match without (searched in the window itself, with the form's own case rule): a window
# lacking it is skipped for that form, so most windows run only the year forms.
MONTH_WORDS = tuple(a.title() for a in _ABBR)  # "Jan" … "Dec"
_MONTH_WORD = rxcache.compile("|".join(MONTH_WORDS))
NEEDS_PLAIN = {
    "day_mdy": _MONTH_WORD,
    "day_dmy": _MONTH_WORD,
    "day_range_dmy": _MONTH_WORD,
    "day_range_mdy": _MONTH_WORD,
    "day_range_words_dmy": _MONTH_WORD,
    "day_range_words_mdy": _MONTH_WORD,
    "year_part": re.compile(r"of\s+the\s+year", re.IGNORECASE),
    "month": _MONTH_WORD,
    "noyear_dmy": _MONTH_WORD,
    "noyear_mdy": _MONTH_WORD,
    "day_ordinal": rxcache.compile(rf"\.\s+(?:{ANY_MONTH})"),  # led by the period: the engine skips ahead to one
    "month_other": rxcache.compile(_OTHER_MONTH) if OTHER_MONTHS else re.compile(r"(?!)"),
    "noyear_ordinal": re.compile(_OTHER_MONTH) if OTHER_MONTHS else re.compile(r"(?!)"),
    "month_only": _MONTH_WORD,
    "iso": re.compile(r"\d-[01]\d-[0-3]\d"),
    "numeric": rxcache.compile(r"\d[./]\d{1,2}[./](?:1[89]|20)\d\d"),
    "quarter": re.compile(r"[QH][1-4]"),
    "quarter_after": re.compile(r"[QH][1-4]"),
    "season": rxcache.compile(r"spring|summer|autumn|fall|winter", re.IGNORECASE),
    "half": re.compile(r"half|quarter", re.IGNORECASE),
    "fraction": re.compile(r"half|quarter", re.IGNORECASE),
    "and_half": re.compile(r"half", re.IGNORECASE),
    "and_half_before": re.compile(r"half", re.IGNORECASE),
    "decade": re.compile(r"\d0s"),
    "yesterday": rxcache.compile(r"yesterday|tomorrow|last\s+night", re.IGNORECASE),
    "present": rxcache.compile(r"today|tonight|this\s+(?:morning|afternoon|evening)|writing|present", re.IGNORECASE),
}
# a need that ignores case is searched led by the class of its first characters (kzlib.lead): found where the
# plain pattern is (only whether it is found is read), without trying the case-blind words at every position
NEEDS = {k: (lead.led(rx.pattern, rx.flags) or rx) if rx.flags & re.IGNORECASE else rx for k, rx in NEEDS_PLAIN.items()}
# literal strings one of which every match of a need holds (lower-cased for a case-blind need, True): a window without
# any of them is not searched for it (str.find reads a window for a few strings at less cost than the engine's scan)
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
NEED_WORDS = {
    **{k: (MONTH_WORDS, False) for k, rx in NEEDS_PLAIN.items() if rx is _MONTH_WORD},
    "season": (_SEASONS, True),
    "half": (("half", "quarter"), True),
    "fraction": (("half", "quarter"), True),
    "and_half": (("half",), True),
    "and_half_before": (("half",), True),
    "decade": (("0s",), False),
    "iso": (("-",), False),
    "numeric": (tuple(sep + y for sep in "./" for y in ("18", "19", "20")), False),
    "quarter": (tuple(q + n for q in "QH" for n in "1234"), False),
    "quarter_after": (tuple(q + n for q in "QH" for n in "1234"), False),
    "year_part": (("year",), True),
    "yesterday": (("yesterday", "tomorrow", "night"), True),
    "present": (("today", "tonight", "this", "writing", "present"), True),
}


def _window_holds(name: str, text: str, lower: str, lo: int, hi: int) -> bool:
    """Whether the window ``text[lo:hi]`` holds the need of form ``name``: looked for by its words first
    (:data:`NEED_WORDS`; a case-blind need's in the lower case of an ASCII window), then searched."""
    words = NEED_WORDS.get(name)
    if words is not None:
        strings, folded = words
        part = lower[lo:hi] if folded else text[lo:hi]
        if (not folded or text.isascii() or text[lo:hi].isascii()) and not any(map(part.__contains__, strings)):
            return False
    return NEEDS[name].search(text, lo, hi) is not None


# cheap tests run first: a digit, a period and a space for "3. märz" (its need, the month names of other languages,
# is an alternation the engine tries at every position; the period leads this one); a month's abbreviation, led by
# its capital, before the words of the day-month and month-name cues (one str.find per month); a gate is searched
# once per text, however many cues share it
CUE_GATES = {"ordinal": re.compile(r"\.(?<=\d\.)\s"), "monthday": _MONTH_WORD, "monthname": _MONTH_WORD}
# the gates that are literal words, case and all: looked for with str.find (a dozen scans of a paragraph cost less
# than the engine's one, which tries the words at every capital that opens one)
GATE_WORDS = {id(_MONTH_WORD): MONTH_WORDS}


# the needs of the forms tried in each cue's windows (None: one of them needs nothing more, or the cue's gate is one
# of them, so a text that passes the gate holds one)
CUE_NEEDS = {
    cue: None
    if any(NEEDS.get(f) is None for f, c in FORM_CUE.items() if c == cue)
    or any(NEEDS[f] is CUE_GATES.get(cue) for f, c in FORM_CUE.items() if c == cue)
    else list(dict.fromkeys(NEEDS[f] for f, c in FORM_CUE.items() if c == cue))
    for cue in CUES
}


def _may_match(text: str, lower: str, cue: str, gated: dict) -> bool:
    """Whether a form tried in the windows of ``cue`` can match in ``text``: it passes the cue's gate, one of the
    cue's words is in it, and so is the need of at least one of those forms (else the windows are not looked for).
    ``gated``: id of a gate -> whether ``text`` holds it, filled here (cues share a gate)."""
    needs, gate = CUE_NEEDS[cue], CUE_GATES.get(cue)
    if gate is not None:
        if id(gate) not in gated:
            words = GATE_WORDS.get(id(gate))
            gated[id(gate)] = any(map(text.__contains__, words)) if words else gate.search(text) is not None
        if not gated[id(gate)]:
            return False
    return any(map(lower.__contains__, CUE_WORDS[cue])) and (needs is None or any(n.search(text) for n in needs))


# the two letters a case-blind pattern takes for an ASCII "i" whose case folding is no "i" ("ı" stays "ı", "İ" becomes
# "i̇"): read as "i" and "I" in a match's groups, so that their words are looked up as the pattern read them ("untıl",
# "fİrst"); the same length, so no offset moves
DOTTED_I = str.maketrans({"ı": "i", "İ": "I"})


def find(text: str) -> list[Timex]:
    """Every dated expression in ``text``, longest match first, none overlapping."""
    dotted = "ı" in text or "İ" in text
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ" → "i̇") would shift every window after it
        # (character by character, a final sigma lower-cases to "σ", not "ς": no date cue reads it)
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    gated: dict = {}
    windows = {name: _windows(lower, name) if _may_match(text, lower, name, gated) else [] for name in CUES}
    cands = {}
    anchors: dict = {}  # (cue, lo, hi) -> the anchors of a window (see _matches_by_anchor)
    # (id of the need, lo, hi) -> whether the window holds it (forms share their needs; the id, for a compiled
    # pattern's own hash reads its whole code each time)
    has: dict = {}
    for name in FORMS:
        need = NEEDS.get(name)
        for lo, hi in windows[FORM_CUE[name]]:
            if need is not None:
                key = (id(need), lo, hi)
                if key not in has:  # (a need that is a gate the whole text lacks is in no window)
                    has[key] = gated.get(id(need)) is not False and _window_holds(name, text, lower, lo, hi)
                if not has[key]:
                    continue
            if _prefix_width(name) is not None:
                key = (FORM_CUE[name], lo, hi)
                if key not in anchors:
                    anchors[key] = _anchors(FORM_CUE[name], text, lower, lo, hi)
                found = (
                    _matches(name, text, lo, hi)
                    if anchors[key] is None
                    else _matches_by_anchor(name, text, lo, hi, anchors[key])
                )
            else:
                found = _matches(name, text, lo, hi)
            for s, e, g in found:
                if dotted:
                    g = {k: v.translate(DOTTED_I) if isinstance(v, str) else v for k, v in g.items()}
                t = _build(name, g, s, e, text[s:e])
                if (
                    t is not None
                    and t.end > t.start
                    and not (t.surface[0].isdigit() and NOT_YEAR_BEFORE.search(text, max(0, t.start - 16), t.start))
                ):
                    cands.setdefault((t.start, t.end), (t.start, t.end, t))
    return _coordinated_years(text, _join_weekdays(text, [c[2] for c in select_longest(cands.values())]))


WEEKDAY_APPOSED = re.compile(r",?\s+")  # "Wednesday, March 1", "Tuesday 5 January 2021"


# what joins a date without a year to a date with one that gives it its year: "in February and again in late
# 2023", "on 7 January and on 3 March 2023", "February to April 2023" (not a sentence's end, not "but")
COORDINATED = rxcache.compile(
    r",?\s+(?:and|or|to|through|until|till)\s+(?:(?:again|also|once\s+more|later|then)\s+)?"
    r"(?:(?:in|on|during|by)\s+)?(?:the\s+)?"
)


# a clause coordinated with the one before, up to its date: ", and ended on", " and the troops left in"
# (lower-case words only: "and Russia sanctioned Ukraine on" tells another party's act, whose year may differ)
COORDINATED_CLAUSE = rxcache.compile(r",?\s+(?:and|but)\s+(?:[a-z]+\s+){1,3}?(?:in|on|by)\s+(?:the\s+)?")


def _no_later(t: Timex, u: Timex) -> bool:
    """The year-less month or day ``t`` falls no later in the year than the month or day ``u`` (of a year)."""
    if u.precision not in ("day", "month"):
        return False
    mine = t.offset[1] if isinstance(t.offset[1], tuple) else (t.offset[1], 1)
    return mine <= (int(u.value[5:7]), int(u.value[8:10]) if u.precision == "day" else 31)


def _coordinated_years(text: str, found: list[Timex]) -> list[Timex]:
    """A month or day without a year coordinated with a date that has one takes its year: "visited in February
    and again in late 2023" is February 2023, whatever the time of writing (``deixis`` "coordinated": resolved
    here, not against the document's date); so does one in a clause coordinated with the next one's date, when it
    falls no later in that year ("Protests began on 2 January and ended on 11 January 2022")."""
    for t, u in pairwise(found):
        plain_month = t.deixis == "monthname" and not t.offset[0]
        if (
            (plain_month or t.deixis == "noyear")
            and u.kind == "date"
            and u.year_start is not None
            and u.year_start == u.year_end
            and (
                COORDINATED.fullmatch(text, t.end, u.start)
                or (COORDINATED_CLAUSE.fullmatch(text, t.end, u.start) and _no_later(t, u))
            )
        ):
            y = u.year_start
            if plain_month:
                t.value, t.precision = f"{y:04d}-{t.offset[1]:02d}", "month"
            else:
                value = iso_day(y, *t.offset[1])
                if not value:
                    continue
                t.value, t.precision = value, "day"
            t.year_start = t.year_end = y
            t.deixis, t.offset = "coordinated", (0, u, "")  # its anchor: the date it is coordinated with
    return found


def _join_weekdays(text: str, found: list[Timex]) -> list[Timex]:
    """A weekday apposed to a day ("On Wednesday, March 1", "Tuesday, 5 January 2021") is one date: the day's,
    over both words (TIMEX3 marks one expression), so the weekday is not resolved on its own to another day."""
    out: list[Timex] = []
    for t in found:
        w = out[-1] if out else None
        if (
            w is not None
            and w.deixis == "weekday"
            and (t.precision == "day" or t.deixis == "noyear")
            and WEEKDAY_APPOSED.fullmatch(text, w.end, t.start)
        ):
            out[-1] = replace(t, start=w.start, surface=text[w.start : t.end])
        else:
            out.append(t)
    return out


SMALLER_UNIT = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "W": ("D", 7)}


def _share(count: float, unit: str) -> tuple[int | None, str]:
    """``count`` units as a whole number of units of the largest size that gives one ("a quarter of a century"
    25 ``Y``, "a year and a half" 18 ``M``), else ``(None, unit)`` (half a month: its value keeps the decimal,
    ``P0.5M``)."""
    if count.is_integer():
        return int(count), unit
    small, k = SMALLER_UNIT.get(unit, (unit, 1))
    return (int(count * k), small) if (count * k).is_integer() else (None, unit)


def _numeric(s: int, e: int, surface: str, mod: str, n1: int, n2: int, y: int, sep: str) -> Timex | None:
    """A numeric date: dotted is day first ("13.03.2024"); slashed, the number above 12 is the day ("13/03/2024",
    "03/13/2024"); with both at most 12 ("11/03/2024") the order is unknown here: the year, with the two numbers
    kept in ``offset`` for :func:`settle_slashes` to read by the document's own convention."""
    if sep == "/" and n1 <= 12 and n2 <= 12:
        return Timex(s, e, surface, f"{y:04d}", "date", mod, "year", y, y, offset=("slash", n1, n2))
    d, mo = (n2, n1) if sep == "/" and n2 > 12 else (n1, n2)
    value = iso_day(y, mo, d)
    return Timex(s, e, surface, value, "date", mod, "day", y, y) if value else None


def iso_day(y: int, mo: int, d: int) -> str:
    """``YYYY-MM-DD`` of a day that exists, else ""."""
    import datetime

    try:
        datetime.date(y, mo, d)
    except ValueError:
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


SLASHED = rxcache.compile(r"(?<![\w./-])(\d{1,2})/(\d{1,2})/(?:1[89]|20)\d\d(?![\w/-]|[.,]\d)")


def slash_convention(text: str) -> str:
    """``"dmy"`` or ``"mdy"``: the order of the slashed dates of ``text`` whose day is above 12, when they all
    agree; "" when they do not or there are none."""
    pairs = [(int(a), int(b)) for a, b in SLASHED.findall(text)] if "/" in text else []
    seen = {"dmy" if a > 12 else "mdy" for a, b in pairs if (a > 12) != (b > 12)}
    return seen.pop() if len(seen) == 1 else ""


def settle_slashes(timexes, text: str) -> None:
    """Give the slashed dates whose order is unknown ("11/03/2024") their day by the convention of the document
    ``text`` (see :func:`slash_convention`, worked out only when such a date is found); without one they stay the
    year, for no day is invented."""
    unsettled = [t for t in timexes if t.offset and t.offset[0] == "slash" and t.precision == "year"]
    convention = slash_convention(text) if unsettled else ""
    for t in unsettled if convention else ():
        _, n1, n2 = t.offset
        d, mo = (n1, n2) if convention == "dmy" else (n2, n1)
        value = iso_day(t.year_start, mo, d)
        if value:
            t.value, t.precision = value, "day"


def order_key(value: str) -> tuple[int, int]:
    """(year, last month) of a date value, for finding the latest; month 0 for a bare year."""
    m = re.match(r"(\d{4})(?:-(\d\d|SP|SU|FA|WI|H[12]|Q[1-4]|W\d\d))?", value)
    if not m:
        return (0, 0)
    year, sub = int(m.group(1)), m.group(2) or ""
    if sub[:1] == "W" and sub[1:].isdigit():  # a week (not "WI", winter): the month of its Thursday
        import datetime

        try:
            return (year, datetime.date.fromisocalendar(year, int(sub[1:]), 4).month)
        except ValueError:  # no such week in that year ("W53" of a 52-week year): its last month
            return (year, 12)
    if sub.isdigit():
        return (year, int(sub))
    if sub in SEASON_MONTH:
        return (year, SEASON_MONTH[sub])
    if sub.startswith("H"):
        return (year, 6 * int(sub[1]))
    if sub.startswith("Q"):
        return (year, 3 * int(sub[1]))
    return (year, 0)


NOW_DEIXIS = ("present", "this", "last", "next", "ago")  # counted from the time of writing


def base_of(t: Timex, anchor: Timex | None, now: Timex | None, dated: Timex | None = None) -> Timex | None:
    """What a relative expression is resolved against: the time of writing for "today", "this/last/next year",
    "last March" and "two years ago"; the document's own date, else the anchor (the preceding explicit date), for
    a date without a year ("on 7 January", "in October", "on Wednesday"); the date it is coordinated with for
    one that took that date's year ("in February and again in late 2023"); the anchor for the rest ("two days
    later", "the next week", "that year"; "the end of the year" the time of writing when there is no anchor)."""
    if t.deixis in NOW_DEIXIS or (t.deixis in ("monthname", "weekday") and t.offset[0] in ("last", "next", "this")):
        return now
    if t.deixis == "coordinated":  # "in February and again in late 2023": the date that gave its year
        return t.offset[1]
    if t.deixis in ("noyear", "weekday") or (t.deixis == "monthname" and not t.offset[0]):
        return dated or anchor
    return now if anchor is None and t.deixis == "the" else anchor


def resolve(t: Timex, anchor: Timex | None, now: Timex | None, dated: Timex | None = None) -> None:
    """Give a relative expression its value: offsets from the anchor date, deixis from the time of writing
    (see :func:`base_of`). The value is never finer than the text gives: an offset in days from a day is a day,
    in weeks a week (``2024-W11``), in months a month; from a coarser anchor, or by a vague count ("several
    months later"), it is the finest period that holds every date the words allow (``2018`` for "several months
    later" after January 2018), and a ``PAST_REF``/``FUTURE_REF`` when no decade does."""
    if t.deixis == "coordinated":  # a year given by the date it is coordinated with (see find)
        return
    base = base_of(t, anchor, now, dated)
    if t.deixis in ("noyear", "weekday"):
        _resolve_day(t, base, reference=base is not None and base is dated)
        return
    if t.deixis == "monthname":
        _resolve_month(t, base, reference=base is not None and base is dated)
        return
    if base is None:
        t.value = t.value or {"present": "PRESENT_REF"}.get(
            t.deixis, "PAST_REF" if t.deixis == "last" or (t.offset or (1,))[0] < 0 else "FUTURE_REF"
        )
        return
    if t.deixis == "present":
        t.value, t.precision, t.year_start, t.year_end = base.value, base.precision, base.year_start, base.year_end
        return
    sign, n, unit = t.offset
    if t.deixis in ("last", "next"):
        sign, n = (-1 if t.deixis == "last" else 1), 1
    elif t.deixis in ("this", "that", "the"):
        sign, n = 0, 0
    period = _period(base)
    if unit in SEASON_MONTH and t.deixis in ("last", "next", "this", "that", "the") and order_key(base.value)[1]:
        _resolve_season(t, base, unit)
        return
    if unit in SEASON_MONTH or period is None:  # a season from a year ("last spring" in 2019), or no calendar period
        year = int(base.value[:4]) + (sign * (n or 0) if unit == "Y" else 10 * sign * (n or 0) if unit == "DE" else 0)
        t.value, t.precision, t.year_start, t.year_end = f"{year:04d}", "year", year, year
        return
    _shift(t, period, sign, n, unit)


def _period(base: Timex):
    """``(first day, last day)`` of the period a date value names, or ``None``."""
    import datetime

    v = base.value
    m = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-W(\d\d)|-(SP|SU|FA|WI|H[12]|Q[1-4]))?", v)
    if m:
        y = int(m.group(1))
        first = datetime.date(y, 1, 1)
        try:  # a day or week the calendar lacks ("31 September 2030", week 53 of 2021) has no span
            if m.group(3):
                d = datetime.date(y, int(m.group(2)), int(m.group(3)))
                return d, d
            if m.group(2):
                return _month_span(y, int(m.group(2)))
            if m.group(4):
                d = datetime.date.fromisocalendar(y, int(m.group(4)), 1)
                return d, d + datetime.timedelta(days=6)
        except ValueError:
            return None
        sub = m.group(5)
        if sub:
            last = SEASON_MONTH[sub] if sub in SEASON_MONTH else (6 * int(sub[1]) if sub[0] == "H" else 3 * int(sub[1]))
            size = 6 if sub[0] == "H" else 3
            lo_y, lo_m = (y, last - size + 1) if last - size + 1 >= 1 else (y - 1, last - size + 13)
            return _month_span(lo_y, lo_m)[0], _month_span(y, last)[1]
        return first, datetime.date(y, 12, 31)
    if base.year_start is not None and base.year_end is not None and re.fullmatch(r"\d{3}X", v):
        return datetime.date(base.year_start, 1, 1), datetime.date(base.year_end, 12, 31)
    return None


def _month_span(y: int, mo: int):
    import calendar
    import datetime

    return datetime.date(y, mo, 1), datetime.date(y, mo, calendar.monthrange(y, mo)[1])


def _add(d, unit: str, k: int):
    """Date ``d`` moved ``k`` units (a day of the month past its end is the month's last day)."""
    import calendar
    import datetime

    if unit in ("D", "W"):
        return d + datetime.timedelta(days=k * (7 if unit == "W" else 1))
    months = k * {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[unit]
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    if not 1 <= y <= 9999:
        raise OverflowError
    return d.replace(year=y, month=m + 1, day=min(d.day, calendar.monthrange(y, m + 1)[1]))


VAGUE_COUNT = (2, 9)  # "several", "a few", "some", "many" units: from two to nine
GRAINS = {
    "D": ("day", "month", "year", "decade"),
    "W": ("week", "month", "year", "decade"),
    "M": ("month", "year", "decade"),
    "Y": ("year", "decade"),
    "DE": ("year", "decade"),
    "CE": ("year", "decade"),
}


def _grain(d, grain: str) -> str:
    if grain == "day":
        return d.isoformat()
    if grain == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if grain == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "year":
        return f"{d.year:04d}"
    return f"{d.year // 10:03d}X"


def _shift(t: Timex, period, sign: int, n: int | None, unit: str) -> None:
    """``t`` as the period ``sign * n`` units from ``period``, at the finest grain its two ends share."""
    lo, hi = period
    few, many = VAGUE_COUNT if n is None else (n, n)
    try:
        if sign > 0:
            lo, hi = _add(lo, unit, few), _add(hi, unit, many)
        elif sign < 0:
            lo, hi = _add(lo, unit, -many), _add(hi, unit, -few)
    except (OverflowError, ValueError):
        t.value = "FUTURE_REF" if sign > 0 else "PAST_REF"
        return
    t.year_start, t.year_end = lo.year, hi.year
    for grain in GRAINS[unit]:
        if _grain(lo, grain) == _grain(hi, grain):
            t.value, t.precision = _grain(lo, grain), grain
            return
    t.value, t.precision = ("FUTURE_REF" if sign > 0 else "PAST_REF"), ""


SEASON_START = {"SP": (0, 3), "SU": (0, 6), "FA": (0, 9), "WI": (-1, 12)}  # (year offset, month) a season opens


def _resolve_season(t: Timex, base: Timex, code: str) -> None:
    """A season from the time of writing: "last spring" is the latest spring over before the reference month,
    "next spring" the first to open after it, "this spring" or "that spring" the one of the reference year."""
    year, ref = order_key(base.value)
    if t.deixis == "last":
        year -= not SEASON_MONTH[code] < ref
    elif t.deixis == "next":
        off, month = SEASON_START[code]
        year += not (year + off, month) > (year, ref)
    t.value, t.precision, t.year_start, t.year_end = f"{year:04d}-{code}", "season", year, year


def _resolve_month(t: Timex, base: Timex | None, reference: bool) -> None:
    """A month without a year: "in October" takes the year of the document's own date (the year before when it
    would fall more than six months after it; in a clause about what is to come, ``t.future``, the first such
    month after that date), else the year of the anchor; "last March" is the latest March
    before the time of writing, "next March" the first after it, "this March" the one of its year (these need a
    time of writing to the month). Else it stays ``XXXX-10``."""
    if base is None or not base.value[:4].isdigit():
        return
    dx, month, _ = t.offset
    year, ref_month = order_key(base.value)
    if dx == "last":
        if not ref_month:
            return
        year -= month >= ref_month
    elif dx == "next":
        if not ref_month:
            return
        year += month <= ref_month
    elif not dx and reference and t.future and ref_month:
        year += month <= ref_month  # "hopes to meet ... in September": the next September
    elif not dx and reference and month - (ref_month or month) > 6:
        year -= 1
    t.value, t.precision, t.year_start, t.year_end = f"{year:04d}-{month:02d}", "month", year, year


def _resolve_day(t: Timex, base: Timex | None, reference: bool = True) -> None:
    """A date without a year takes the year of the document's own date (the year before when it would fall more
    than six months after it; in a clause about what is to come, the first such day after it), else the year of
    the anchor; a weekday is the latest such day on or before a reference day (in a clause about what is to come,
    the first such day after the document's own date: "He will arrive on Tuesday"). Else it stays ``XXXX``."""
    import datetime

    if base is None or not base.value[:4].isdigit():
        return
    year = int(base.value[:4])
    if t.deixis == "noyear":
        month, day = t.offset[1]
        ref_month = order_key(base.value)[1]
        if reference and t.future and ref_month:
            ref_day = int(base.value[8:10]) if base.precision == "day" else 0
            year += (month, day) <= (ref_month, ref_day)  # "will meet on 5 March": the next 5 March
        elif reference and month - (ref_month or month) > 6:
            year -= 1
        try:
            datetime.date(year, month, day)
        except ValueError:  # "30 February"
            return
        t.value, t.precision, t.year_start, t.year_end = f"{year:04d}-{month:02d}-{day:02d}", "day", year, year
        return
    if base.precision != "day":
        return
    try:
        ref = datetime.date.fromisoformat(base.value[:10])
    except ValueError:  # a day the calendar lacks ("31 September 2030"): nothing to count from
        return
    dx, w, _ = t.offset
    if dx == "next" or (not dx and reference and t.future):  # the first such day after
        day = ref + datetime.timedelta(days=(w - ref.weekday() - 1) % 7 + 1)
    else:  # the latest on or before ("last Tuesday": before)
        day = ref - datetime.timedelta(days=(ref.weekday() - w - (dx == "last")) % 7 + (dx == "last"))
    t.value, t.precision, t.year_start, t.year_end = day.isoformat(), "day", day.year, day.year


# a capital letter of the Latin, Greek or Cyrillic script ("ALMATY", "ÖSKEMEN", "ŞYMKENT", "АСТАНА")
CAPITAL = "".join(c for c in map(chr, range(0x530)) if c.isupper())
# the place of a news dateline, in capitals ("ALMATY", "NUR-SULTAN", "WASHINGTON D.C."): the one definition that
# the document's date (below) and the event labels (which leave the dateline out) use
DATELINE_PLACE = rf"[{CAPITAL}][{CAPITAL} .'’-]{{1,40}}"
DATELINE_LEAD = rxcache.compile(rf"{DATELINE_PLACE},\s+")  # "ALMATY, ", "WASHINGTON, "
# a dateline's place in title case ("Astana, ", "Nur-Sultan, Kazakhstan, "): the document's date only, where a dash,
# colon or bracket follows the date (the event labels leave out datelines in capitals alone)
_PLACE_TITLE_CASE = (  # no weekday: "Tuesday, 5 January 2021" is a date line, "Published Tuesday, …" too
    rf"(?![^,\n]*\b(?:{'|'.join(WEEKDAY_NAMES)})\b)[A-Z][\w'’.-]*(?:[ \t-][A-Z][\w'’.-]*){{0,3}}"
)
# a time of day after a date line's date: "Friday, 24 February 2023, 10 a.m.", "March 3, 2020, at 14:30 EST"
CLOCK_AFTER_DATE = rxcache.compile(
    r",?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\.?"
)
DATELINE_LEAD_TITLE_CASE = rxcache.compile(rf"(?:{_PLACE_TITLE_CASE},\s+){{1,2}}")


def document_date(doc) -> tuple[Timex, int, int] | None:
    """The document's own date and its source span: a paragraph of the opening (untitled) section that is only a
    date ("November 16, 2022", "Tuesday, 5 January 2021"), or a dateline opening one ("ALMATY, Jan. 5 (Reuters) –",
    "WASHINGTON, March 3, 2020", "Astana, 12 April 2024 –"), or a place and a date alone on a line ("Tokyo, 19
    December 2024"); or such a paragraph first in the first section when it has a heading (a fact sheet's
    "Bilateral Relations Fact Sheet / Bureau of … Affairs" lines above its date line), with a time of day after the
    date or not; or such a line inside a first block of lines (:func:`_date_line_in_head`, a meeting record's head);
    or the day that ends its title after a dash ("Department Press Briefing – January 6, 2022"); failing these, the date of its last foot line of signing
    (:func:`signing_lines`: "Done in Tokyo on 19 December 2024, in the Kazakh, Japanese and English languages"),
    wherever it stands; ``None`` when the document has none of them."""
    for k, p in enumerate(doc.paragraphs[:3]):
        if p.section_id != "S00" and (k or p.section_id != doc.paragraphs[0].section_id):
            break
        opening = DATELINE_LEAD.match(p.text) or BOILERPLATE_BEFORE_DATE.match(p.text)  # or "FOR IMMEDIATE RELEASE: "
        title_case = None if opening else DATELINE_LEAD_TITLE_CASE.match(p.text)  # "Astana, 12 April 2024 –"
        opening = opening or title_case
        at = opening.end() if opening else 0
        if not opening and len(p.text) > 80:  # a date line is short; a dateline's date stands at the start
            continue
        head = p.text[: at + 60]
        found = [x for x in find(head) if x.start >= at and (x.end < len(head) or len(head) == len(p.text))]
        settle_slashes(found, doc.text)  # the text's own order
        if not found or found[0].kind not in ("date", "relative") or found[0].deixis not in ("", "noyear"):
            continue
        d = found[0]
        if title_case and len(d.value) < 7:
            continue  # a year alone after a word and a comma ("However, 2019 – the year …") is no dateline
        if not re.fullmatch(WEEKDAY_LEAD, p.text[at : d.start]) and (
            opening or not PLACE_DATE.fullmatch(p.text.strip())
        ):
            continue
        rest = p.text[d.end :].strip()
        if (opening and (not rest or rest[0] in "(–—-:")) or (
            not opening and (not rest.strip(".") or CLOCK_AFTER_DATE.fullmatch(rest))  # ", 10 a.m."
        ):
            return d, *p.span(d.start, d.end)
    head_lines = _date_line_in_head(doc)
    if head_lines is not None:
        return head_lines
    title = next((u for u in doc.units if u.kind == "title"), None)
    dated = TITLE_DATE.search(doc.text, title.start, title.end) if title is not None else None
    if dated is not None:  # "Department Press Briefing – January 6, 2022"
        found = [x for x in find(dated.group("date")) if x.kind == "date" and x.deixis == ""]
        if found and found[0].start == 0 and len(found[0].value) == 10:  # a day: "… – January 2022" is the subject's
            d = found[0]
            s = dated.start("date")
            return replace(d, start=s, end=s + d.end), s, s + d.end
    signed = signing_lines(doc)
    if signed:
        para_id, d = next(reversed(signed.items()))
        return d, *doc.paragraph(para_id).span(d.start, d.end)
    return None


def _date_line_in_head(doc) -> tuple[Timex, int, int] | None:
    """A line of the document's first paragraph, a block of lines with no blank line between them, that is only a
    date (and a time): a meeting record's head ("United Nations Security Council / 9269th meeting / Friday, 24
    February 2023, 10 a.m. / New York")."""
    if not doc.paragraphs or doc.paragraphs[0].section_id != "S00":
        return None
    p = doc.paragraphs[0]
    start, end = p.span(0, len(p.text))
    if "\n" not in doc.text[start:end]:
        return None
    at = start
    for line in doc.text[start:end].split("\n"):
        row = line.strip()
        if row and len(row) <= 80:
            found = find(row)
            if found and found[0].start == 0 and found[0].kind == "date" and found[0].deixis == "":
                d, rest = found[0], row[found[0].end :].strip()
                if (not rest or CLOCK_AFTER_DATE.fullmatch(rest)) and len(d.value) >= 7:  # not "… on\n5 May 2022."
                    s = at + line.index(row)
                    return replace(d, start=s, end=s + d.end), s, s + d.end
        at += len(line) + 1
    return None


def signing_lines(doc) -> dict[str, Timex]:
    """``para_id`` → date of every paragraph of ``doc`` that is a foot line of signing (:func:`signing_date`), in
    text order: the one definition that the document's date, the mentions (its place and languages name no actor)
    and the events (it makes none) read, wherever the line stands (an annex may follow it)."""
    out = {}
    for p in doc.paragraphs:
        d = signing_date(p.text)
        if d is not None:
            out[p.para_id] = d
    return out


def signing_date(text: str) -> Timex | None:
    """The date of a paragraph that is a foot line of signing (``signed`` rows of ``rules/boilerplate.csv``: "Done
    in Tokyo on 19 December 2024, in the Kazakh, Japanese and English languages"; a short line, the date right
    after the place), else ``None``: the day the document was signed, its own date, not a happening it reports."""
    m = SIGNING_LINE.match(text) if len(text) <= 240 else None
    if m is None:
        return None
    found = [x for x in find(text[: m.end() + 60]) if x.start == m.end("lead")]
    if not found or found[0].kind != "date" or found[0].deixis != "":
        return None
    return found[0] if SIGNING_TAIL.fullmatch(text, found[0].end) else None
