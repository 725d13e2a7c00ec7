"""The printed page as units: title, headings, paragraphs, footnotes, and what fits none.

Rules are general, for texts extracted from print or written in plain text and markdown:

- a block is a run of non-blank lines; a list item (``- ``, ``• ``, ``1. `` after a list item or a line
  ending with a colon), a markdown heading (``# ...``), a note opening with ``[n]`` or with the number
  after the previous note's, a footnote-number line and a URL-only line each start a block of their own;
- a short block standing alone and followed by body text is a heading: title-cased (small words such as
  "of" or "through" may stay lower case), or in sentence case (also in other scripts) when it has no
  closing punctuation; a markdown ``#`` line always is; a byline ("By ...") or a "Source: ..." line never,
  nor a place line in a dateline's position ("Washington, D.C.", after the title, a heading, a date or a
  time, or after another such line under the title: "Ned Price, Department Spokesperson / Washington, D.C."), nor a list item that continues a list ("1." after a bullet, "3." after "2.");
  the first such block of a document is its title (after any press-release furniture, a date or time line
  or a byline above it);
- a speaker's turn in a transcript ("Q: ...?", "MODERATOR: ...", "THE PRESIDENT: ...") starts a block of its
  own and is a paragraph, never a heading; so is a signatory's line ("For Japan: Ishiba Shigeru, Prime Minister",
  ``signature`` rows of ``boilerplate.csv``) after a finished sentence or another signatory's line;
- a line of press-release furniture ("FOR IMMEDIATE RELEASE", from ``kzlib/data/rules/boilerplate.csv``) is
  a block of its own, unassigned; with a date after it on its line it is the document's date line; a line that
  opens with a contact or embargo label is body text;
- a block opening with a footnote number is a footnote when the body refers to that number (a
  superscript, a digit glued to a word's or a year's closing punctuation, or ``[n]``); a numbered heading
  ("2. Energy Cooperation") is not; every block after a "Notes" or "References" heading is a note;
- a following URL-only block belongs to its footnote; a paragraph broken by a page break resumes with a
  lower-case block and is joined, but only when the evidence is real: the paragraph before stops mid-sentence
  (no closing punctuation, or a hyphen), so "iPhone sales rose." after a finished paragraph stays apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from . import lead, rxcache
from .lexicon import (
    ANY_MONTH,
    BOILERPLATE_BEFORE_DATE,
    BOILERPLATE_LINE,
    BOILERPLATE_PREFIX,
    BYLINE,
    ENGLISH_MONTHS,
    MONTH_ABBR,
    NOTES_HEADINGS,
    OPENING_WORDS,
    SIGNATURE_LINE,
    SMALL_WORDS,
    SPEAKER_TURN,
    WEEKDAY_LEAD,
    alternation,
)
from .markup import EMPHASIS, is_blank

SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = str.maketrans(SUPERSCRIPT, "0123456789")
SUP_NOTE = rxcache.compile(rf"[{SUPERSCRIPT}]+")
PLAIN_NOTE = rxcache.compile(r"(\d{1,3})[.)]?[ \t]+\S")
# a plain-digit reference mark: digits glued to a word's closing punctuation ("authoritarianism.53"), a sentence
# mark and a closing quote or bracket in either order included ('cooperation."6', 'cooperation".6')
PLAIN_REF = rxcache.compile(r"(?:[.,;:!?]?[\"”’)]|[\"”’)]?[.,;:!?])(\d{1,3})(?![\w.,])")  # and a letter before it
PLAIN_REF_LED = lead.led(PLAIN_REF.pattern)  # the same matches, the engine skipping to a mark (kzlib.lead)
REF_MARKS = frozenset('.,;:!?"”’)')  # the marks PLAIN_REF opens with (either of its first two characters)
URL = rxcache.compile(r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\").,;:⁾\]]")
URL_BLOCK = rxcache.compile(r"^[(\[<⁽]?\s*(?:https?://|www\.)\S+?\s*[)\]>⁾]?[.]?$")
SEPARATOR = rxcache.compile(r"^(?:[\W_]+|\d{1,4}|[ivxlcdm]{1,6})$", re.IGNORECASE)
MONTH = rf"(?:{'|'.join(sorted({m[:3] for m in ENGLISH_MONTHS} | set(MONTH_ABBR)))})[a-z]*\.?"  # "Sept.", "January"
DATELINE = rxcache.compile(
    rf"\b{MONTH}\s+\d{{1,2}}\b|\b{MONTH}\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
)
MD_HEADING = rxcache.compile(r"#{1,6}[ \t]+\S")
UNORDERED = rxcache.compile(r"[-*+•–·▪‣◦●○■□][ \t]+\S")
ORDERED = rxcache.compile(r"(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)][ \t]+\S|\((?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)[ \t]+\S")
ITEM_NUMBER = rxcache.compile(r"\(?(\d{1,2})[.)][ \t]+\S")
# a place: capitalised names (or initials such as "D.C.") before and after a comma, nothing else
_CAP = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"  # a capital of Latin (with accents: "Élysée Palace, Paris") or Cyrillic script
_WORD = rf"[{_CAP}][\w'’.-]*"
_NAME = rf"(?:{_WORD}|[A-Z]\.(?:[A-Z]\.)+)(?:[ \t]+(?:{_WORD}|de|des|du|del|di|da|of|on|upon|am|la|le)){{0,5}}"
PLACE = rxcache.compile(rf"{_NAME}(?:,[ \t]+{_NAME}){{1,2}}\.?")
VENUE = rxcache.compile(_NAME)
BRACKET_NOTE = rxcache.compile(r"\[(\d{1,3})\][ \t]+\S")
BRACKET_REF = rxcache.compile(r"\[(\d{1,3})\]")
NOTE_START = rxcache.compile(r"(?:\[(\d{1,3})\]|(\d{1,3})[.)]?)[ \t]+\S")
# a reference mark after a year: "since 1993.3"
YEAR_REF = rxcache.compile(
    r"(?:1[89]|20)(?<![\d.,]..)\d\d[.,;:](\d{1,3})(?![\w.,%])"
)  # no digit, . or , before the year
YEAR_OPENERS = ("18", "19", "20")  # what every match of YEAR_REF opens with
ENDS_WITH_REF = rxcache.compile(rf"[.!?][\"”’)]*(?:\d{{1,3}}|[{SUPERSCRIPT}]+|\[\d{{1,3}}\])$")
# a line that is only a date ("November 16, 2022", "16 Nov. 2022", "2022-11-16"), or a time stamp ("2:57 P.M. EDT"),
# or a place and a date ("Tokyo, 19 December 2024", "Geneva, Switzerland, 3 March 2020": PLACE_DATE)
_DATE = (
    rf"{WEEKDAY_LEAD}(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d|{MONTH}\s+\d{{4}})"
    rf"|\d{{1,2}}\.\s+(?:{ANY_MONTH})\s+\d{{4}}"  # "3. März 2022"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}"  # "13.03.2024", "03/13/2024"
)
PLACE_DATE = rxcache.compile(rf"{_NAME}(?:,[ \t]+{_NAME}){{0,2}},[ \t]+(?:{_DATE})\.?")
DATE_LINE = rxcache.compile(rf"{_DATE}|{PLACE_DATE.pattern}")
# a title that ends with its date after a dash ("Department Press Briefing – January 6, 2022"): the first title-like
# line only (a line so shaped further down stays what it was); a day is the document's own date (group ``date``)
TITLE_DATE = rxcache.compile(rf"[ \t]+[–—-][ \t]+(?P<date>{_DATE})\.?$")
DAY_IN_DATE = rxcache.compile(r"(?<!\d)\d{1,2}(?!\d)")  # a day's number in a date ("January 6, 2022", "6.1.2022")
# an entry of a timeline or chronology: a line that opens with a date or a year (or years), then a dash or a colon
# and a capitalised word ("1993 – The two governments sign …", "December 25, 1991: The United States recognizes …")
DATED_ENTRY = rxcache.compile(rf"(?:{_DATE}|\d{{4}}(?:[–-]\d{{2,4}})?)[ \t]*[–—:-][ \t]+[\"“]?[A-Z]")
TIME_LINE = rxcache.compile(r"\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?")
ENTRY_YEAR = rxcache.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|\bn\.d\.")  # a reference's year ("2012", "n.d.")
ENTRY_START = rxcache.compile(r"(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*[,.(]")  # "Cooley,", "World Bank."
ENTRY_YEAR_REACH = 120  # characters: a reference entry gives its year within them (after its authors)
NOTES_HEADING = rxcache.compile(rf"(?i)(?:{alternation(NOTES_HEADINGS)})")  # rules/notes_headings.csv
# a block's closing: sentence-final punctuation, then closing quotes or brackets and reference marks
SENTENCE_END = rxcache.compile(rf"[.!?…][\"”’'»)\]*_]*(?:\d{{1,3}}|[{SUPERSCRIPT}]+|\[\d{{1,3}}\])?[\"”’'»)\]*_]*$")


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


LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")  # a line and its break


def lines(text: str):
    """``(start, end)`` of every line's non-blank content; ``None`` for a blank line."""
    for start, end in _line_spans(text):
        s, e = _trimmed(text, start, end)
        yield (s, e) if e > s else None


def _line_spans(text: str):
    """``(start, end)`` of each match of :data:`LINE` (its break included), but the empty one at the end of a text
    that is not empty. A text without ``\r`` is cut at each ``\n`` by ``str.find`` (the same spans: a scan of
    memory, not the engine's test of every character against the class)."""
    if "\r" in text:
        for m in LINE.finditer(text):
            if m.start() == m.end() == len(text) and m.start() > 0:
                break
            yield m.span()
        return
    n, start = len(text), 0
    while True:
        nl = text.find("\n", start)
        end = n if nl == -1 else nl + 1
        if start == end == n and start > 0:
            return
        yield start, end
        if nl == -1:
            return
        start = end


def _note_start(line: str) -> int | None:
    m = NOTE_START.match(line)
    return int(m.group(1) or m.group(2)) if m else None


def blocks(text: str) -> list[tuple[int, int]]:
    """Runs of non-blank lines. A footnote-number line, a URL-only line, a markdown heading, a list item, an entry
    of a timeline (:data:`DATED_ENTRY`), a ``[n]`` note and a note numbered one after the note before each start a
    run of their own."""
    out: list[list[int]] = []
    open_block = False
    prev_item = prev_colon = prev_heading = prev_date = False  # what the line before was
    prev_line = None  # the line before, in the same run of lines
    signed = False  # the open block opens with a signatory's line ("For Japan: Ishiba Shigeru, Prime Minister")
    note = None  # the number of the note the open block starts with
    for span in lines(text):
        if span is None:
            open_block = False
            prev_line = None
            continue
        line = text[span[0] : span[1]]
        n = _note_start(line)
        unordered, ordered = bool(UNORDERED.match(line)), bool(ORDERED.match(line))
        date_line = bool(DATE_LINE.fullmatch(line)) or bool(BOILERPLATE_LINE.fullmatch(line))
        starts = (
            SUP_NOTE.match(line)
            or URL_BLOCK.match(line)
            or MD_HEADING.match(line)
            or prev_heading
            or date_line
            or prev_date
            or unordered
            or (DATED_ENTRY.match(line) and _may_start(prev_line, DATED_ENTRY, colon=True))
            or (ordered and (prev_item or prev_colon))
            or (SPEAKER_TURN.match(line) and _may_start(prev_line, SPEAKER_TURN))
            or (SIGNATURE_LINE.match(line) and (signed or _may_start(prev_line, SPEAKER_TURN)))
            or BRACKET_NOTE.match(line)
            or (n is not None and note is not None and n == note + 1)
        )
        if open_block and not starts:
            out[-1][1] = span[1]
        else:
            out.append([span[0], span[1]])
            note = n
            signed = bool(SIGNATURE_LINE.match(line))  # the next signatory's line starts a block of its own
        open_block = True
        prev_item = unordered or ordered or (prev_item and not starts and open_block)
        prev_colon = line.endswith(":")
        prev_heading = bool(MD_HEADING.match(line))
        prev_date = date_line
        prev_line = line
    return [(s, e) for s, e in out]


def _may_start(before: str | None, kind, colon: bool = False) -> bool:
    """A line of ``kind`` (a speaker's turn, a timeline's entry) starts a block after a blank line, a finished
    sentence, another of its kind or, with ``colon``, a lead-in's colon; not after a line broken mid-sentence (a
    wrapped line that opens "EU: ...", or "May 5, 2019: The two presidents …" after "… in Moscow on", goes on)."""
    if before is None or SENTENCE_END.search(before) or kind.match(before):
        return True
    return colon and before.rstrip().endswith(":")


def plain(text: str) -> str:
    """A block's words without emphasis markers, for the shape tests below."""
    words = " ".join(text.split())
    return EMPHASIS.sub(lambda m: m.group(2), words) if "*" in words or "_" in words else words


# the last words of a list's lead-in before its colon ("The two sides will:", "Kazakhstan agreed to:"): never a heading
LEAD_IN_ENDS = frozenset(
    [
        "will",
        "shall",
        "would",
        "could",
        "can",
        "cannot",
        "should",
        "must",
        "may",
        "might",
        "won't",
        "won’t",
        "wouldn't",
        "wouldn’t",
        "can't",
        "can’t",
        "to",
        "not",
        "longer",
    ]
)
TITLE_MAX_WORDS = 40  # a document's title may run long (a treaty's: "Agreement between the Government of ...")


def is_title_like(line: str, max_words: int = 15) -> bool:
    """A short, title-cased line of one sentence at most: a heading or a title."""
    if len(line) > 8 * max_words:  # too long, whatever its words (tested before a long paragraph is split)
        return False
    words = line.split()
    if not words or len(words) > max_words or "\n" in line:
        return False
    if not (line[0].isupper() or line[0].isdigit()) or line[-1] in ",;-–—" or words[-1] in OPENING_WORDS:
        return False
    if line[-1] == ":" and words[-1][:-1].lower() in LEAD_IN_ENDS:  # "Kazakhstan and the United States will:"
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


def is_sentence_heading(line: str, max_words: int = 12) -> bool:
    """A short line in sentence case (or in a script without case) with no closing punctuation."""
    if len(line) > 100:  # too long, whatever its words (tested before a long paragraph is split)
        return False
    words = line.split()
    if not words or len(words) > max_words or line[-1] in ".,;:!-–—\"”'’" or "  " in line:
        return False
    if words[-1] in OPENING_WORDS:  # "… in 2012; and": the line goes on
        return False
    first = line[0]
    if not first.isalpha() or first.islower() or BYLINE.match(line) or ENDS_WITH_REF.search(line):
        return False
    return not (re.search(r"\w[.!?]\S*\s", line) or DATELINE.search(line) or URL.search(line))


def _title_before_day(words: str) -> bool:
    """A title-like line that ends with a day after a dash ("Department Press Briefing – January 6, 2022"); a month
    or year there ("The Tragedy of Almaty – January 2022") may be the subject's, and such a line stays body text."""
    dated = TITLE_DATE.search(words)
    return (
        dated is not None
        and DAY_IN_DATE.search(dated.group("date")) is not None
        and is_title_like(words[: dated.start()], max_words=TITLE_MAX_WORDS)
    )


def _heading_text(words: str) -> str:
    """A block's words without a markdown ``#`` marker."""
    if "#" not in words:
        return words
    return re.sub(r"^#{1,6}\s+|\s+#+$", "", words)


def _note_refs(text: str, start: int, end: int):
    """Candidate reference marks ``(number, start, end)`` in a body block."""
    piece = text[start:end]
    for m in () if piece.isascii() else SUP_NOTE.finditer(piece):
        yield note_number(m.group(0)), start + m.start(), start + m.end()
    for s, m in _plain_refs(piece):
        if s > 0 and piece[s - 1].isalpha():
            yield int(m.group(1)), start + m.start(1), start + m.end(1)
    if "[" in piece:
        for m in BRACKET_REF.finditer(piece):
            yield int(m.group(1)), start + m.start(), start + m.end()
    for m in _year_refs(piece):
        yield int(m.group(1)), start + m.start(1), start + m.end(1)


def _plain_refs(piece: str):
    """``(start, match)`` of each match of ``PLAIN_REF.finditer(piece)``. In ASCII text a match's digits follow its
    one or two marks, so the regex is tried only one and two characters before a digit that follows a mark (each
    digit found by ``str.find``; leftmost first, the next one from the end of the last): most blocks hold few or no
    digits, and the led scan tests every character against the class of the marks."""
    if not piece.isascii():  # a digit of another script is a digit to the regex too
        for s, _, m in lead.finditer(PLAIN_REF_LED, piece):
            yield s, m
        return
    at = set()
    for digit in "0123456789":
        i = piece.find(digit, 1)
        while i != -1:
            if piece[i - 1] in REF_MARKS:
                at.add(i - 1)
                if i > 1 and piece[i - 2] in REF_MARKS:
                    at.add(i - 2)
            i = piece.find(digit, i + 1)
    for m in lead.matches_at(PLAIN_REF, piece, at):
        yield m.start(), m


def _year_refs(piece: str):
    """The matches of ``YEAR_REF.finditer(piece)``: every match opens with "18", "19" or "20", so the regex is tried
    only where ``str.find`` finds one (leftmost first, the next one from the end of the last) instead of the
    engine testing every character against the class of its first digits."""
    yield from lead.matches_at(YEAR_REF, piece, lead.word_starts(piece, YEAR_OPENERS))


def parse(text: str) -> list[Unit]:
    """Place every block of ``text`` as a title, heading, paragraph, footnote or unassigned unit."""
    spans = blocks(text)
    plains = [plain(text[s:e]) for s, e in spans]  # each block's words, for the shape tests (found once)
    kinds: list[str] = []
    numbers: list[int | None] = []
    seen_refs: set[int] = set()
    refs: dict[tuple[int, int], list] = {}  # the reference marks of each body block, found once
    in_notes = False
    front = True  # only furniture so far (press-release lines, date or time lines, bylines): the title may follow

    def runs_on(i: int) -> bool:
        """The block after block ``i`` opens in lower case: ``i`` is a sentence broken off, not a heading."""
        if i + 1 >= len(spans):
            return False
        nxt = plains[i + 1]
        return bool(nxt) and nxt[0].islower()

    for i, (s, e) in enumerate(spans):
        words = plains[i]
        sup = SUP_NOTE.match(text, s)
        num = PLAIN_NOTE.match(words)
        bracket = BRACKET_NOTE.match(words)
        one_line = "\n" not in text[s:e] and "\r" not in text[s:e]
        md = MD_HEADING.match(words) and one_line
        heading = _heading_text(words)
        if md:
            kind, n = ("title" if i == 0 else "heading"), None
            in_notes = bool(NOTES_HEADING.fullmatch(heading.rstrip(":. ")))
        elif sup:
            kind, n = "footnote", note_number(sup.group(0))
        elif bracket and (int(bracket.group(1)) in seen_refs or in_notes):
            kind, n = "footnote", int(bracket.group(1))
        elif (
            num
            and (int(num.group(1)) in seen_refs or in_notes)
            and kinds
            and kinds[-1] != "title"
            and not (one_line and not in_notes and _numbered_heading(words))
        ):
            kind, n = "footnote", int(num.group(1))
        elif URL_BLOCK.match(words) and kinds and kinds[-1] in ("footnote", "footnote_url"):
            kind, n = "footnote_url", None
        elif SEPARATOR.match(words):
            kind, n = "unassigned", None
        elif BOILERPLATE_LINE.fullmatch(words):
            kind, n = "boilerplate", None
        elif in_notes and not is_title_like(words):
            kind, n = "footnote", None
        elif (
            BYLINE.match(words)
            or TIME_LINE.fullmatch(words)
            or DATE_LINE.fullmatch(words)
            or _dated_furniture(words)
            or BOILERPLATE_PREFIX.match(words)
            or SPEAKER_TURN.match(words)
            or SIGNATURE_LINE.match(words)
            or (_place(text[s:e]) and (kinds[-1:] in (["title"], ["heading"]) or _dateline_near(text, spans, i)))
            or (_place(text[s:e]) and kinds[-2:-1] in (["title"], ["heading"]) and _place(text[slice(*spans[i - 1])]))
            or (kinds and kinds[-1] == "body" and _next_item(plains[i - 1], words))
        ):
            kind, n = "body", None
        elif front and (
            is_title_like(words, max_words=TITLE_MAX_WORDS)
            or _title_before_day(words)  # "Department Press Briefing – January 6, 2022"
            or (one_line and is_sentence_heading(words, 20) and not runs_on(i))
        ):
            kind, n = "title", None
        elif (
            is_title_like(words)
            or (one_line and is_sentence_heading(words) and not runs_on(i))
            or (one_line and _numbered_heading(words))
        ):
            kind, n = "heading", None
            in_notes = bool(NOTES_HEADING.fullmatch(words.rstrip(":. ")))
        else:
            kind, n = "body", None
            refs[s, e] = list(_note_refs(text, s, e))
            seen_refs.update(r[0] for r in refs[s, e])
        front = front and (
            kind in ("boilerplate", "unassigned")
            or (kind == "body" and bool(BYLINE.match(words) or _date_or_time(words)))
        )
        kinds.append(kind)
        numbers.append(n)
    # a title or heading needs body text after it; a trailing title-like line is a paragraph
    seen_body = seen_notes = False
    for i in reversed(range(len(kinds))):
        notes_heading = kinds[i] == "heading" and NOTES_HEADING.fullmatch(_heading_text(plains[i]).rstrip(":. "))
        if kinds[i] in ("heading", "title") and not seen_body and not (notes_heading and seen_notes):
            kinds[i] = "body"
        seen_body = seen_body or kinds[i] == "body"
        seen_notes = seen_notes or kinds[i] == "footnote"

    units: list[Unit] = []
    para: Unit | None = None  # the paragraph a lower-case fragment may continue
    for (s, e), kind, n, words in zip(spans, kinds, numbers, plains):
        if kind == "footnote_url":
            units[-1].spans.append((s, e))
            units[-1].url_span = (s, e)
            continue
        if kind == "footnote":
            units += [
                Unit("footnote", [span], number=n) for span in ([(s, e)] if n is not None else _entries(text, s, e))
            ]
            continue
        if kind == "body":
            first = words[0]
            if para is not None and first.islower() and not _ends_sentence(text, para.spans[-1]):
                para.spans.append((s, e))
                continue
            para = Unit("paragraph", [(s, e)])
            units.append(para)
            continue
        if kind == "boilerplate":  # furniture above or below the text: not a page break inside a paragraph
            units.append(Unit("unassigned", [(s, e)], reason="press-release boilerplate"))
            para = None
            continue
        para = None
        reason = "separator or page number" if kind == "unassigned" else ""
        units.append(Unit(kind, [(s, e)], reason=reason))
    _attach_refs(text, units, refs)
    return units


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entries of an unnumbered note block ``text[start:end]``, a reference list's: a line opens a new entry
    when the line before finished a sentence and it opens with a name and a comma, full stop or bracket and gives a
    year early on ("Cooley, A. 2012. Great Games …", "World Bank. 2020. …"), not a wrapped line ("Lanham: Lexington
    Books, 2018.")."""
    spans = [sp for sp in lines(text[start:end]) if sp is not None]
    out = [[start + spans[0][0], start + spans[0][1]]]
    for (s0, e0), (s, e) in pairwise(spans):
        before, line = text[start + s0 : start + e0], text[start + s : start + e]
        if ENTRY_START.match(line) and ENTRY_YEAR.search(line, 0, ENTRY_YEAR_REACH) and SENTENCE_END.search(before):
            out.append([start + s, start + e])
        else:
            out[-1][1] = start + e
    return [(s, e) for s, e in out]


def _date_or_time(words: str) -> bool:
    return bool(TIME_LINE.fullmatch(words) or DATE_LINE.fullmatch(words) or _dated_furniture(words))


def _dated_furniture(words: str) -> bool:
    """A press-release line with the date after it: "FOR IMMEDIATE RELEASE: March 5, 2024"."""
    m = BOILERPLATE_BEFORE_DATE.match(words)
    return bool(m) and bool(DATE_LINE.fullmatch(words[m.end() :].strip()))


def _ends_sentence(text: str, span: tuple[int, int]) -> bool:
    """Whether the block ``text[span]`` ends a sentence. A page break (or a footnote block) inside a paragraph
    leaves the paragraph's last block mid-sentence; a lower-case block after a finished one is a paragraph of
    its own ("iPhone sales rose.", "eBay said ...")."""
    return bool(SENTENCE_END.search(text, *span))


def _place(block: str) -> bool:
    """A place line ("Washington, D.C."; "Palais des Nations Geneva, Switzerland": capitalised names before and
    after a comma, no other words), alone or with a venue line before it, a date or time line and other lines of
    that shape (a byline's "Ned Price, Department Spokesperson" above "Washington, D.C.")."""
    if "\n" not in block and "\r" not in block:  # one row: not split (most blocks, long paragraphs included)
        row = block.strip()
        return bool(row) and bool(PLACE.fullmatch(row) or PLACE_DATE.fullmatch(row))
    rows = [r.strip() for r in re.split(r"\r\n|\r|\n", block) if r.strip()]
    if len(rows) > 3:
        return False
    places = [bool(PLACE.fullmatch(r) or PLACE_DATE.fullmatch(r)) for r in rows]
    if not any(places):
        return False
    at = places.index(True)
    dated = [DATE_LINE.fullmatch(r) or TIME_LINE.fullmatch(r) for r in rows]
    return all(places[k] or dated[k] or (k < at and VENUE.fullmatch(r)) for k, r in enumerate(rows))


def _dateline_near(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Block ``i``, or the block before or after it, holds a date or time line (a dateline's other parts)."""
    near = [spans[k] for k in (i - 1, i, i + 1) if 0 <= k < len(spans)]
    rows = (r.strip() for s, e in near for r in re.split(r"\r\n|\r|\n", text[s:e]))
    return any(DATE_LINE.fullmatch(r) or TIME_LINE.fullmatch(r) for r in rows)


def _next_item(before: str, words: str) -> bool:
    """``words`` continue a list that ``before`` holds or opens: the next number of a numbered item, or a
    first item ("1.") after a bullet item or a line ending with a colon. Not a numbered heading, then."""
    m = ITEM_NUMBER.match(words)
    if not m:
        return False
    prev = ITEM_NUMBER.match(before)
    if prev:
        return int(m.group(1)) == int(prev.group(1)) + 1
    return int(m.group(1)) == 1 and bool(UNORDERED.match(before) or before.rstrip().endswith(":"))


def _numbered_heading(words: str) -> bool:
    """``2. Energy Cooperation`` or ``3.1 Upstream views``: a section number before a heading-shaped line."""
    m = re.match(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+(\S.*)$", words)
    return (
        bool(m)
        and not m.group(1).endswith(".")
        and (is_title_like(m.group(1), 10) or is_sentence_heading(m.group(1), 10))
    )


def _attach_refs(text: str, units: list[Unit], found: dict) -> None:
    """Keep the reference marks whose number has a footnote; record them on their unit. ``found`` holds the marks
    of the blocks already searched."""
    notes = {u.number for u in units if u.kind == "footnote"}
    for u in units:
        if u.kind in ("paragraph", "heading"):
            marks = (r for s, e in u.spans for r in (found[s, e] if (s, e) in found else _note_refs(text, s, e)))
            u.refs = sorted(r for r in marks if r[0] in notes)
            u.refs.sort(key=lambda r: r[1])
