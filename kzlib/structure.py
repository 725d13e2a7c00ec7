"""The printed page as units: title, headings, paragraphs, footnotes, and what fits none.

Rules are general, for texts extracted from print: a block is a run of non-blank
lines; a short, title-like block standing alone is a heading; a block opening with a
footnote number is a footnote, and a following URL-only block belongs to it; a
paragraph broken by a page break resumes with a lower-case block and is joined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .markup import EMPHASIS, is_blank

SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPT, "0123456789")
SUP_NOTE = re.compile(rf"[{SUPERSCRIPT}]+")
PLAIN_NOTE = re.compile(r"(\d{1,3})[.)]?[ \t]+\S")
# a plain-digit reference mark: digits glued to a word's closing punctuation ("authoritarianism.53")
PLAIN_REF = re.compile(r"[.,;:!?\"”’)](\d{1,3})(?![\w.,])")  # and a letter before the punctuation
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\").,;:⁾\]]")
URL_BLOCK = re.compile(r"^[(\[<⁽]?\s*(?:https?://|www\.)\S+?\s*[)\]>⁾]?[.]?$")
SEPARATOR = re.compile(r"^(?:[\W_]+|\d{1,4}|[ivxlcdm]{1,6})$", re.IGNORECASE)
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(rf"\b{MONTH}\s+\d{{1,2}}\b|\b{MONTH}\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b")
SMALL_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "vs", "via", "into", "onto", "over", "under", "between", "about", "against", "toward", "towards", "per", "than", "upon", "within", "without", "amid", "amidst"]
)
TERMINAL = ".!?:;\"”’)…"


class Spanned:
    """Something made of source ``spans``; ``start``/``end`` run from its first to its last character."""

    spans: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class Unit(Spanned):
    """One placed piece of a document: ``spans`` are ``(start, end)`` source offsets."""

    kind: str  # title, heading, paragraph, footnote, unassigned
    spans: list[tuple[int, int]]
    number: int | None = None  # footnotes only
    url_span: tuple[int, int] | None = None  # footnotes only
    reason: str = ""  # unassigned only
    refs: list[tuple[int, int, int]] = field(default_factory=list)  # (number, start, end) marks inside


def note_number(marker: str) -> int:
    """``'⁵²'`` or ``'52'`` to ``52``."""
    return int(marker.translate(_SUP_TO_DIGIT))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and is_blank(text[start]):
        start += 1
    while end > start and is_blank(text[end - 1]):
        end -= 1
    return start, end


def lines(text: str):
    """``(start, end)`` of every line's non-blank content; ``None`` for a blank line."""
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if m.start() == m.end() == len(text) and m.start() > 0:
            break
        s, e = _trimmed(text, m.start(), m.end())
        yield (s, e) if e > s else None


def blocks(text: str) -> list[tuple[int, int]]:
    """Runs of non-blank lines; a footnote-number line or a URL-only line starts its own run."""
    out: list[list[int]] = []
    open_block = False
    for span in lines(text):
        if span is None:
            open_block = False
            continue
        if open_block and not SUP_NOTE.match(text, span[0]) and not URL_BLOCK.match(text[span[0]:span[1]]):
            out[-1][1] = span[1]
        else:
            out.append([span[0], span[1]])
        open_block = True
    return [(s, e) for s, e in out]


def plain(text: str) -> str:
    """A block's words without emphasis markers, for the shape tests below."""
    words = " ".join(text.split())
    return EMPHASIS.sub(lambda m: m.group(2), words) if "*" in words or "_" in words else words


def is_title_like(line: str, max_words: int = 15) -> bool:
    """A short, title-cased line of one sentence at most: a heading or a title."""
    words = line.split()
    if not words or len(words) > max_words or len(line) > 120 or "\n" in line:
        return False
    if not (line[0].isupper() or line[0].isdigit()) or line[-1] in ",;-–—":
        return False
    if re.search(r"[a-z]{2}[.!?]\s+\S", line) or DATELINE.search(line) or URL.search(line):
        return False
    content = [w for w in words if re.search(r"[^\W\d_]", w) and w.lower().strip("\"'“‘(") not in SMALL_WORDS]
    if not content:
        return False
    capital = sum(1 for w in content if re.search(r"[^\W\d_]", w).group(0).isupper())
    if line.endswith("."):  # a heading with a closing period is fully title-cased
        return capital == len(content)
    return capital >= 0.75 * len(content)


def _note_refs(text: str, start: int, end: int):
    """Candidate reference marks ``(number, start, end)`` in a body block."""
    piece = text[start:end]
    for m in SUP_NOTE.finditer(piece):
        yield note_number(m.group(0)), start + m.start(), start + m.end()
    for m in PLAIN_REF.finditer(piece):
        if m.start() > 0 and piece[m.start() - 1].isalpha():
            yield int(m.group(1)), start + m.start(1), start + m.end(1)


def parse(text: str) -> list[Unit]:
    """Place every block of ``text`` as a title, heading, paragraph, footnote or unassigned unit."""
    spans = blocks(text)
    kinds: list[str] = []
    numbers: list[int | None] = []
    seen_refs: set[int] = set()
    for i, (s, e) in enumerate(spans):
        words = plain(text[s:e])
        sup = SUP_NOTE.match(text, s)
        num = PLAIN_NOTE.match(words)
        if sup:
            kind, n = "footnote", note_number(sup.group(0))
        elif num and int(num.group(1)) in seen_refs and kinds and kinds[-1] != "title":
            kind, n = "footnote", int(num.group(1))
        elif URL_BLOCK.match(words) and kinds and kinds[-1] in ("footnote", "footnote_url"):
            kind, n = "footnote_url", None
        elif SEPARATOR.match(words):
            kind, n = "unassigned", None
        elif i == 0 and is_title_like(words, max_words=20):
            kind, n = "title", None
        elif is_title_like(words):
            kind, n = "heading", None
        else:
            kind, n = "body", None
            seen_refs.update(r[0] for r in _note_refs(text, s, e))
        kinds.append(kind)
        numbers.append(n)
    # a title or heading needs body text after it; a trailing title-like line is a paragraph
    seen_body = False
    for i in reversed(range(len(kinds))):
        if kinds[i] in ("heading", "title") and not seen_body:
            kinds[i] = "body"
        seen_body = seen_body or kinds[i] == "body"

    units: list[Unit] = []
    para: Unit | None = None  # the paragraph a lower-case fragment may continue
    for (s, e), kind, n in zip(spans, kinds, numbers):
        if kind == "footnote_url":
            units[-1].spans.append((s, e))
            units[-1].url_span = (s, e)
            continue
        if kind == "footnote":
            units.append(Unit("footnote", [(s, e)], number=n))
            continue
        if kind == "body":
            first = plain(text[s:e])[0]
            if para is not None and first.islower():
                para.spans.append((s, e))
                continue
            para = Unit("paragraph", [(s, e)])
            units.append(para)
            continue
        para = None
        reason = "separator or page number" if kind == "unassigned" else ""
        units.append(Unit(kind, [(s, e)], reason=reason))
    _attach_refs(text, units)
    return units


def _attach_refs(text: str, units: list[Unit]) -> None:
    """Keep the reference marks whose number has a footnote; record them on their unit."""
    notes = {u.number for u in units if u.kind == "footnote"}
    for u in units:
        if u.kind in ("paragraph", "heading"):
            u.refs = sorted(r for s, e in u.spans for r in _note_refs(text, s, e) if r[0] in notes)
            u.refs.sort(key=lambda r: r[1])
