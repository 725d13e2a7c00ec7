"""Author–date citations in running text: "(Cooley 2012; Laruelle 2018)", "(e.g., Mankoff 2013: 88)", "Laruelle
(2018, p. 45) argues". The year of one is the publication date of a source, like a footnote's date, not a date of
what the text tells, so it dates no action and makes no event (:mod:`kzlib.chronology` reads :func:`find` and
:func:`kept`, and takes only a bare year inside one for a source's date: "(Early 2022; Cooley 2012)" keeps 2022).

A "(Name 2017)" may be a label ("the Expo (Astana 2017)"), so a parenthesis holding names and years only counts
in a text that holds a citation with a citation's own marks, or when it has them itself: several sources separated by
semicolons, "et al.", a page, or a lead such as "e.g." or "see". A name before a parenthesised year counts with "et
al.", a page or a verb of saying after it (``kzlib/data/rules/saying_verbs.csv``: "Laruelle (2018) argues").
"""

from __future__ import annotations

import re

from . import rxcache
from .lexicon import ANY_MONTH, SAYING_VERBS, WEEKDAY_NAMES
from .timex import SEASONS

# a surname: capitalised, with its particles ("van der Berg", "al-Farabi", "O'Neill", "McGlinchey")
_SURNAME = r"(?:(?:van|von|de|der|den|del|da|di|du|la|le|al|el)[ -])*[A-Z][\w'’-]*"
_AUTHORS = (
    rf"{_SURNAME}(?:[ \t]+{_SURNAME}){{0,3}}"  # "Cooley", "World Bank"
    rf"(?:(?:,[ \t]+{_SURNAME})*,?[ \t]+(?:and|&)[ \t]+{_SURNAME}(?:[ \t]+{_SURNAME}){{0,2}}|[ \t]+et[ \t]+al\.?)?"
)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
_YEARS = rf"{_YEAR}(?:,[ \t]*{_YEAR})*"  # "Cooley 2012, 2015"
_PAGE = r"(?:,[ \t]*|:[ \t]*)(?:pp?\.[ \t]*)?\d+(?:[–-]\d+)?"  # ", p. 45", ": 88", ", 17–19"
_LEAD = r"(?:(?:e\.g\.|i\.e\.|see(?:[ \t]+also)?|cf\.|for[ \t]+example|quoted[ \t]+in)[ \t]*,?[ \t]+)"
# no month, season or weekday opens the names: "(May 2019)", "(Spring 2020)" are dates
_NO_DATE = rf"(?!(?:{ANY_MONTH}|{'|'.join(WEEKDAY_NAMES)}|(?i:{'|'.join(SEASONS)}))(?![\w'’-]))"
_ONE = rf"{_LEAD}?{_NO_DATE}{_AUTHORS},?[ \t]+{_YEARS}(?:{_PAGE})?"
# a parenthesis of sources: "(Cooley 2012; Laruelle 2018)" (led by its bracket: the engine skips to one)
PARENTHETICAL = rxcache.compile(rf"\({_ONE}(?:;[ \t]*{_ONE})*\)")
MARKS = rxcache.compile(rf";|\bet[ \t]+al\b|{_PAGE}\)|\({_LEAD}")  # what makes one a citation on its own
# a parenthesised year and its page ("(2018, p. 45)"), and the authors right before it
YEAR_IN_BRACKETS = rxcache.compile(rf"\(({_YEARS})({_PAGE})?\)")
AUTHORS_BEFORE = rxcache.compile(rf"(?<![\w'’-]){_NO_DATE}{_AUTHORS}[ \t]+\Z")
WORD_AFTER = re.compile(r",?[ \t]+(\w+)")
NAME_REACH = 80  # characters: the longest authors' names looked for before a parenthesised year


def find(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, alone)`` of each author–date citation ``text`` may hold (the parenthesis, or the name and its
    parenthesised year), in text order; ``alone``: it has the marks of a citation on its own (see the module's
    docstring), else it counts only in a text that holds one with them (:func:`kept`)."""
    if "(" not in text:
        return []
    found = [(m.start(), m.end(), bool(MARKS.search(text, m.start(), m.end()))) for m in PARENTHETICAL.finditer(text)]
    for m in YEAR_IN_BRACKETS.finditer(text):
        name = AUTHORS_BEFORE.search(text, max(0, m.start() - NAME_REACH), m.start())
        if name is None:
            continue
        after = WORD_AFTER.match(text, m.end())
        if m.group(2) or "et al" in name.group(0) or (after and after.group(1).lower() in SAYING_VERBS):
            found.append((name.start(), m.end(), True))
    return sorted(found)


def kept(found: list[list[tuple[int, int, bool]]]) -> list[list[tuple[int, int]]]:
    """The citations of a text's pieces (``find`` of each): all of them when one is a citation on its own (the text
    cites so), else none: two labels of the same shape ("(Astana 2017)", "(Astana 2010)") are no evidence."""
    cites = any(alone for piece in found for _, _, alone in piece)
    return [[(s, e) for s, e, _ in piece] if cites else [] for piece in found]
