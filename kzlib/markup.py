"""Reading text from source spans: drop extraction markup, keep a map back to the source.

Markdown emphasis (``*Atlantic Council*``), escapes (``\\$7``), blockquote markers (``> ``), link syntax
(``[text](url)`` reads ``text``), a list item's marker (``- ``, ``1. ``; see :func:`list_marker`), footnote
reference marks, line breaks and zero-width characters are print or extraction artefacts, not words.
:func:`reading_text` removes them and returns, for every character it keeps, the offset
of that character in the source, so any stretch of clean text can be traced back.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from . import rxcache
from .lexicon import ORDINAL_DAY_MONTH

MD_LEAD = re.compile(r"[ \t]*(#{1,6})[ \t]+\S")  # a markdown heading's marker, and its closing hashes
MD_TRAIL = rxcache.compile(r"(?<=\S)[ \t]+(#+)[ \t]*$")
ESCAPE = rxcache.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!$|<>~])")
# a blockquote's markers at the start of a line ("> ", "> > "), and an inline link or image: "[text](url)",
# '![alt](src "title")'; the text stays, the rest is markup
QUOTE = rxcache.compile(r"(?:^|(?<=[\r\n]))[ \t]*((?:>[ \t]?)+)")
LINK = rxcache.compile(r"(!?)\[([^\[\]\r\n]+)\](\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\r\n]*\")?\))")
# a list item's marker: a bullet, or a number with a period or parenthesis, or a letter or roman numeral in
# parentheses ("(a) ", "(iv) "; a bare "A. " may be an initial), before the item's words
LIST_MARKER = rxcache.compile(r"([-*+•–·▪‣◦●○■□]|\d{1,3}[.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\))[ \t]+(?=\S)")
EMPHASIS = rxcache.compile(r"(?<![\w*\\])(\*{1,3}|_{1,2})(?=[^\s*_])(.+?)(?<=[^\s\\*_])\1(?![\w*])", re.DOTALL)


def is_blank(ch: str) -> bool:
    """White space and invisible format characters (zero-width space, BOM, soft hyphen)."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def visible(text: str) -> str:
    """``text`` without its invisible format characters (zero-width spaces, soft hyphens, direction marks)."""
    return "".join(ch for ch in text if ch.isascii() or unicodedata.category(ch) != "Cf")


def list_marker(text: str, start: int, end: int) -> range:
    """Source positions of the list marker opening ``text[start:end]`` (``- ``, ``* ``, ``1. ``, ``(2) ``, ``(b) ``), if
    any; for a paragraph that is a list item, whose marker is markup and not words."""
    m = LIST_MARKER.match(text, start, end)
    if m and m.group(1)[0].isdigit() and ORDINAL_DAY_MONTH.match(text, start, end):
        return range(start, start)  # "3. März 2022 war ...": an ordinal day, not an item's number
    return range(start, m.end(1) if m else start)  # the space after it reads as any space


def markup_positions(text: str, start: int, end: int) -> set[int]:
    """Source positions of escape backslashes, emphasis delimiters, blockquote markers and link syntax in
    ``text[start:end]``."""
    piece = text[start:end]
    drop = {start + m.start() for m in ESCAPE.finditer(piece)} if "\\" in piece else set()
    if ">" in piece:
        for m in QUOTE.finditer(piece):  # the ">"s only: a space dropped here could hide a line break after it
            drop.update(start + k for k in range(m.start(1), m.end(1)) if piece[k] == ">")
    if "](" in piece:
        for m in LINK.finditer(piece):
            drop.update(range(start + m.start(), start + m.start(2)))  # "![" or "["
            drop.update(range(start + m.end(2), start + m.end()))  # "](url)"
    lead = MD_LEAD.match(piece) if piece[:1] in "# \t" else None
    if lead:
        drop.update(range(start + lead.start(1), start + lead.end(1)))
        trail = MD_TRAIL.search(piece)
        if trail:
            drop.update(range(start + trail.start(1), start + trail.end(1)))
    for m in EMPHASIS.finditer(piece) if ("*" in piece or "_" in piece) else ():
        d = len(m.group(1))
        drop.update(range(start + m.start(), start + m.start() + d))
        drop.update(range(start + m.end() - d, start + m.end()))
    return drop


class OffsetMap:
    """Source position of every character of a clean text, stored as contiguous pieces.

    ``m[i]`` is the source offset of clean character ``i``; ``m.index(pos)`` the clean index of source
    offset ``pos``. A clean paragraph is mostly one or a few pieces, so this costs little memory.
    """

    def __init__(self):
        self.clean_starts: list[int] = []
        self.source_starts: list[int] = []
        self.length = 0
        self._next_source = -1

    def add(self, n: int, source: int) -> None:
        """Map the next ``n`` clean characters to ``source, source + 1, ...``."""
        if source != self._next_source:
            self.clean_starts.append(self.length)
            self.source_starts.append(source)
        self.length += n
        self._next_source = source + n

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError(i)
        k = bisect_right(self.clean_starts, i) - 1
        return self.source_starts[k] + i - self.clean_starts[k]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """``(self[i], self[j - 1] + 1)``: the source span of clean ``text[i:j]``, with one lookup when both ends lie
        in one piece (most spans: a word, a name, a sentence without a page break)."""
        if 0 <= i < j <= self.length:
            starts = self.clean_starts
            k = bisect_right(starts, i) - 1
            base = self.source_starts[k] - starts[k]
            if k + 1 == len(starts) or j <= starts[k + 1]:
                return base + i, base + j
            return base + i, self[j - 1] + 1
        return self[i], self[j - 1] + 1

    def __iter__(self):
        ends = self.clean_starts[1:] + [self.length]
        for c, s, e in zip(self.clean_starts, self.source_starts, ends):
            yield from range(s, s + e - c)

    def count_below(self, pos: int) -> int:
        """How many clean characters have a source offset below ``pos`` (offsets increase along the text, so
        ``text[count_below(a):count_below(b)]`` is the clean text of source ``a:b``)."""
        k = bisect_right(self.source_starts, pos) - 1
        if k < 0:
            return 0
        end = self.clean_starts[k + 1] if k + 1 < len(self.clean_starts) else self.length
        return min(self.clean_starts[k] + pos - self.source_starts[k], end, self.length)

    def index(self, pos: int) -> int:
        """The clean index whose source offset is ``pos``; ``ValueError`` when none is."""
        k = bisect_right(self.source_starts, pos) - 1
        if k >= 0:
            i = self.clean_starts[k] + pos - self.source_starts[k]
            end = self.clean_starts[k + 1] if k + 1 < len(self.clean_starts) else self.length
            if i < end:
                return i
        raise ValueError(f"source offset {pos} has no clean character")


# what is not copied verbatim: a run of white space, white space other than a space, a non-ASCII character
# (``\s{2,}|[^\S ]|[^\x00-\x7f]``), written led by the class of its first character so that the regex engine skips
# the plain ASCII between them instead of trying the three alternatives at every position (the same matches). The
# class is white space or not ASCII, ``[\s\x80-\U0010ffff]``, written as "not ASCII other than white space": the
# same characters, compiled in a fraction of a millisecond instead of about 15 ms per process (the compiler
# builds a table of the 65,536 characters of a range that leaves Latin-1)
_SPECIAL = rxcache.compile(r"[^\x00-\x08\x0e-\x1b\x21-\x7f](?:(?<=\s)\s+|(?<=[^\S ])|(?<=[^\x00-\x7f]))")


def plain_ascii(piece: str) -> bool:
    """Whether ``piece`` is printable ASCII with single spaces (most lines of most texts): ``_SPECIAL`` finds nothing
    in it, so it is kept as it stands (checked by three scans in C instead of the regex engine's)."""
    return piece.isascii() and piece.isprintable() and "  " not in piece


def reading_text(text: str, segments, drop=frozenset()) -> tuple[str, OffsetMap]:
    """Clean text of the source ``segments`` (``(start, end)`` pairs) and its offset map.

    Runs of blank characters, and the joins between segments, become one space;
    positions in ``drop`` and markup are removed. ``offsets[i]`` is the source position
    of clean character ``i``.
    """
    parts: list[str] = []
    offsets = OffsetMap()
    last = " "  # the last character kept; a leading space is never kept

    def copy(lo: int, hi: int) -> None:  # plain ASCII with single spaces: kept as it stands
        nonlocal last
        if lo < hi and text[lo] == " " and last == " ":
            lo += 1
        if lo < hi:
            parts.append(text[lo:hi])
            offsets.add(hi - lo, lo)
            last = text[hi - 1]

    for start, end in segments:
        skip = markup_positions(text, start, end) | {p for p in drop if start <= p < end}
        plain = plain_ascii(text[start:end])
        found = [] if plain else [(m.start(), m.end()) for m in _SPECIAL.finditer(text, start, end)]
        stops = sorted(found + [(p, p + 1) for p in skip])
        pos = start
        for lo, hi in stops:
            if lo < pos:  # a skipped position inside a special run already handled
                continue
            copy(pos, lo)
            pos = hi
            if lo in skip:
                continue
            run = text[lo:hi]
            if run.isspace():
                if last != " ":
                    parts.append(" ")
                    offsets.add(1, lo)
                    last = " "
            elif not is_blank(run):  # one non-ASCII character
                parts.append(run)
                offsets.add(1, lo)
                last = run
        copy(pos, end)
        if last != " ":
            parts.append(" ")
            offsets.add(1, end)
            last = " "
    clean = "".join(parts)
    stripped = clean.rstrip(" ")
    offsets.length = len(stripped)
    return stripped, offsets
