"""Sentence boundaries, from the sentencex segmenter (rule-based, compiled, fast).

Measured on the chapter: sentencex ~1 ms, blingfire ~3 ms, syntok ~35 ms, pySBD ~210 ms;
sentencex keeps ``U.S.``, ``S. Frederick Starr``, ``W.W. Norton``, ``(a) ... (b)`` and ``eg.``
inside their sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, pairwise

import sentencex

from . import rxcache
from .lexicon import ENGLISH_MONTHS, MONTH_ABBR, NUMERAL_ABBR, ORDINAL_DAY_MONTH

ORDINAL_END = re.compile(r"\d\.\s*$")  # a sentence that seems to end with an ordinal day ("am 3.")


# a quotation in straight or curly marks, with a sentence end and a capital inside it
QUOTATION = rxcache.compile(r"[\"“]([^\"“”\n]*?[.!?]\s+[A-Z][^\"“”\n]*)[\"”]")
# a month name or its abbreviation ("May.", "Sept.") before a full stop and a capitalised word: sentencex reads
# "May." as an abbreviation and goes on, but before a word that opens a sentence (not a day or a year) it ends one;
# so does a number's abbreviation ("No. Kazakhstan asked", an answer) before a word that is no numeral or code
MONTH_WORDS = frozenset(ENGLISH_MONTHS) | frozenset(MONTH_ABBR)
STOP_WORDS = MONTH_WORDS | NUMERAL_ABBR
# a full stop before a capital, and the word that ends right before it (checked against STOP_WORDS): found from the
# full stop, which is rarer than a capital (the same matches as the word led by its first letter and followed by the
# stop, ``([A-Za-z][a-z]{1,8})\.\s+(?=…)``: a lower-case run has one letter before it)
STOP_BEFORE_CAPITAL = re.compile(r"\.\s+(?=[\"“‘'(]?[A-Z])")
STOP_WORD_END = re.compile(r"[A-Za-z][a-z]{1,8}\Z")  # \Z, not $: "May\n." is no "May."
# after a number's abbreviation, the word that opens a sentence: capitalised, then lower-case letters only, no code
# ("No. Kazakhstan asked"; not "No. 14", "No. IV", "No. KZ-2019", "No. C111", "No. L-5")
SENTENCE_WORD = re.compile(r"[\"“‘'(]?[A-Z][a-z]+(?![\w-])")
WORD_BEFORE = re.compile(r"[\w.]")
TITLE_MAX = 200  # characters: a quoted title ('"What Next? A Plan"') closes within them, or it is no title


def _title(text: str, m: re.Match) -> bool:
    """The quotation ``m`` is a title ('The report "What Next? A Plan" came out'): its words do not end a sentence
    ('"… good for Uzbekistan."', '"…, we trade," he said' do), it is short, and its marks open and close where
    they stand (an opening mark after a space or the start, a closing one before a space, punctuation or the
    end), so a straight quote left unclosed does not pair with one far away."""
    i, j = m.start(), m.end() - 1
    return (
        j - i <= TITLE_MAX
        and text[j - 1] not in ".!?…,;:"
        and not text[j - 1].isspace()
        and not text[i + 1].isspace()
        and (i == 0 or text[i - 1] in " \t([–—-")
        and (j + 1 == len(text) or not text[j + 1].isalnum())
    )


def _quoted(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence ``text[s:e]`` cut where a quotation inside it holds several sentences ('"We are not choosing
    between East and West. We are choosing what is good for Uzbekistan."' is two): sentencex leaves a quotation
    whole, so the quotation's words are segmented on their own and their sentences kept; a quoted title is whole."""
    cuts = []
    for m in QUOTATION.finditer(text, s, e):
        if _title(text, m):
            continue
        inner = m.group(1)
        cuts += [m.start(1) + b["start_index"] for b in sentencex.get_sentence_boundaries("en", inner)][1:]
    if not cuts:
        return [(s, e)]
    edges = [s, *cuts, e]
    return list(pairwise(edges))


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at``, after a number's abbreviation, opens a sentence: no numeral or code."""
    return bool(SENTENCE_WORD.match(text, at))


def _abbreviation_stops(text: str) -> list[int]:
    """Where a sentence starts after a month's or a number's full stop ("… in May. Tokayev visited …", "No. Russia
    sent …"): the end of each full stop and its spaces that follow a whole word of ``STOP_WORDS`` (not part of a
    longer word or an abbreviation); after a number's, only before a word that opens a sentence (not "No. IV",
    "No. KZ-2019")."""
    stops = []
    for m in STOP_BEFORE_CAPITAL.finditer(text):
        w = STOP_WORD_END.search(text, max(0, m.start() - 9), m.start())
        if w and w.group(0) in STOP_WORDS and not (w.start() and WORD_BEFORE.match(text, w.start() - 1)):
            if w.group(0) in NUMERAL_ABBR and not _opens_sentence(text, m.end()):
                continue
            stops.append(m.end())
    return stops


def split(text: str, keep=()) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text``, white space trimmed, covering every word.

    ``keep`` lists spans (known names such as ``US. Chamber of Commerce``) that no boundary may cut; an ordinal
    day with a period before a month name ("am 3. März 2022", months from ``kzlib/data/rules/months.csv``) is
    never cut either.
    """
    bounds = [(b["start_index"], b["end_index"]) for b in sentencex.get_sentence_boundaries("en", text)]
    if '"' in text or "“" in text:
        bounds = [b for s, e in bounds for b in _quoted(text, s, e)]
    stops = _abbreviation_stops(text)
    if stops:  # "… in May. Tokayev visited …", "No. Russia sent …": cut after the full stop (each sentence finds its own stops)
        bounds = [
            (a, b)
            for s, e in bounds
            for a, b in pairwise([s, *stops[bisect_right(stops, s) : bisect_left(stops, e)], e])
        ]
    for (_, e), (s, _) in pairwise(bounds):  # a cut right after "3." before a month: look closer
        if text[s - 1 : s].isspace() and ORDINAL_END.search(text, max(0, e - 6), e):
            m = ORDINAL_DAY_MONTH.search(text, max(0, e - 6), min(len(text), s + 20))
            keep = [*keep, m.span()] if m else keep
    keep = sorted(keep)
    keep_starts = [ks for ks, _ in keep]
    reach = list(accumulate((ke for _, ke in keep), max))  # the furthest end of the spans starting so far
    merged: list[tuple[int, int]] = []
    for s, e in bounds:
        k = bisect_left(keep_starts, s) - 1  # the spans starting before s
        if merged and k >= 0 and reach[k] > s:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    out = []
    for s, e in merged:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
