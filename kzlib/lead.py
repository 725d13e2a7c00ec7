r"""Regexes led by a character class, so that the regex engine skips ahead to where a match can start.

Python's regex engine scans a text fast only when a pattern opens with a literal or a class of characters: it
then jumps to the next such character. A pattern that opens with a lookbehind or an optional word (``(?<!\w)(?:by\s+)?
March ...``) is instead tried at every position. :func:`led` rewrites such a pattern as the class of characters
a match can open with, followed by the plain pattern looked for from that character
(``[bBM...](?<=(?=(?<!\w)(?:by\s+)?March ...(?P<_lead_end>))[\s\S])``): the same matches at the same places, but
most positions are passed over in the engine's own loop. A led match consumes only its first character, so
:func:`finditer` keeps the matches as ``re.finditer`` of the plain pattern would (leftmost, none overlapping)
and gives each one's true end.

The class is worked out from the parsed pattern (its first characters, through optional parts, groups and
alternations; lookarounds take none), for ASCII characters one by one and every non-ASCII character at once:
a superset of the characters a match can open with, so no match is lost. Parsing a large pattern costs a fresh
process milliseconds, so the class is kept on disk beside the compiled regexes (:mod:`kzlib.rxcache`), a small
file per pattern, read in later processes run by the same code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # the regex parser's own reading of a pattern (its modules were renamed in Python 3.11)
    from re import _constants as C
    from re import _parser
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

from . import rxcache

CODE = rxcache.source_digest(__file__)  # this module's code as imported: the key of the classes kept
END = "_lead_end"
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))  # 3.11 on
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_ALL = None  # any character may open a match: no class to lead with
_ASCII = [chr(i) for i in range(128)]
_CATEGORY = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


def _ascii_matching(pattern: str, ignorecase: bool) -> set[str]:
    rx = re.compile(pattern, re.IGNORECASE if ignorecase else 0)
    return {c for c in _ASCII if rx.fullmatch(c)}


def _literal(code: int, ignorecase: bool) -> set[str]:
    c = chr(code)
    if code >= 128:
        return _ascii_matching(re.escape(c), True) if ignorecase else set()  # the Kelvin sign matches "k"
    return {c, c.swapcase()} if ignorecase else {c}


def _in(items, ignorecase: bool) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out |= _literal(av, ignorecase)
        elif op is C.RANGE:
            lo, hi = av
            out |= _ascii_matching(f"[{re.escape(chr(lo))}-{re.escape(chr(hi))}]", ignorecase)
        elif op is C.CATEGORY and av in _CATEGORY:
            out |= _ascii_matching(_CATEGORY[av], False)
        else:  # a negated class, or something this reading does not know: any character
            return _ALL
    return out


def _first(items, ignorecase: bool) -> tuple[set[str] | None, bool]:
    """The ASCII characters a match of the parsed sequence ``items`` can open with (``None``: any), and whether
    the sequence can match the empty string (then what follows it can open the match too)."""
    out: set[str] = set()
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # takes no character
        if op is C.LITERAL:
            return out | _literal(av, ignorecase), False
        if op is C.IN:
            chars = _in(av, ignorecase)
            return (None if chars is None else out | chars), False
        if op is C.CATEGORY and av in _CATEGORY:
            return out | _ascii_matching(_CATEGORY[av], False), False
        if op is C.BRANCH:
            parts = [_first(alt, ignorecase) for alt in av[1]]
            nullable = any(n for _, n in parts)
        elif op is C.SUBPATTERN:
            _, add, remove, sub = av
            case = (ignorecase or bool(add & C.SRE_FLAG_IGNORECASE)) and not remove & C.SRE_FLAG_IGNORECASE
            parts = [_first(sub, case)]
            nullable = parts[0][1]
        elif op in _REPEATS:
            lo, _, sub = av
            parts = [_first(sub, ignorecase)]
            nullable = lo == 0 or parts[0][1]
        elif op is _ATOMIC:
            parts = [_first(av, ignorecase)]
            nullable = parts[0][1]
        elif op is C.GROUPREF_EXISTS:
            _, yes, no = av
            parts = [_first(yes, ignorecase), _first(no, ignorecase) if no is not None else (set(), True)]
            nullable = any(n for _, n in parts)
        else:  # a back reference, any character, a negated literal ...: any character
            return _ALL, False
        for chars, _ in parts:
            if chars is None:
                return _ALL, False
            out |= chars
        if not nullable:
            return out, False
    return out, True


def lead_class(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of ``pattern`` can open with (every non-ASCII character
    among them), or ``None`` when any character can, or the pattern can match the empty string."""
    parsed = _parser.parse(pattern, flags)
    chars, nullable = _first(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    if chars is None or nullable:
        return None
    # written as the runs of ASCII characters that cannot open a match, negated (a range up to U+10FFFF costs the
    # regex compiler tens of milliseconds)
    runs: list[list[int]] = []
    for i in range(128):
        if chr(i) not in chars:
            if runs and runs[-1][1] == i - 1:
                runs[-1][1] = i
            else:
                runs.append([i, i])
    return "[^" + "".join(f"\\x{a:02x}" + (f"-\\x{b:02x}" if b > a else "") for a, b in runs) + "]"


def _kept_class(pattern: str, flags: int) -> str | None:
    """:func:`lead_class`, read from the cache folder of :mod:`kzlib.rxcache` when this module's code worked it out
    before (a file holds the class, the pattern, the flags and a digest of this module; used only for them)."""
    where = rxcache.folder()
    code = CODE  # a class kept by other code is worked out again
    if where is None or code is None or len(pattern) < rxcache.MIN_LENGTH:
        return lead_class(pattern, flags)
    file = rxcache.file_for(where, pattern, flags, ".lead")
    kept = rxcache.read(file)
    if kept is not None and (kept.get("pattern"), kept.get("flags"), kept.get("code")) == (pattern, flags, code):
        return kept.get("lead")
    lead = lead_class(pattern, flags)
    rxcache.save(file, dict(pattern=pattern, flags=flags, code=code, lead=lead))
    return lead


def led(pattern: str, flags: int = 0) -> re.Pattern | None:
    """``pattern`` led by the class of its first characters (see the module's note; read its matches with
    :func:`finditer`), or ``None`` when no class narrows where it can start or the pattern refers to one of its
    groups (then use the plain pattern). A pattern that ignores case does so inside: the class is exact as
    written (the regex engine leads with a class only when case matters)."""
    lead = _kept_class(pattern, flags)
    if lead is None:
        return None
    inner = f"(?i:{pattern})" if flags & re.IGNORECASE else f"(?:{pattern})"
    try:
        return rxcache.compile(rf"{lead}(?<=(?={inner}(?P<{END}>))[\s\S])", flags & ~re.IGNORECASE)
    except re.error:  # a reference to a group (``(?P=sep)``, ``(?(mod)...)``) cannot stand inside a lookbehind
        return None


def finditer(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """``(start, end, match)`` of each match of a :func:`led` pattern, as ``re.finditer`` of the plain pattern finds
    them (leftmost first, the next one looked for from the end of the last): ``match.groupdict()`` has the plain
    pattern's groups and ``END``."""
    end = -1
    for m in rx.finditer(text, pos, len(text) if endpos is None else endpos):
        start = m.start()
        if start >= end:
            end = m.start(END)
            yield start, end, m


def word_starts(text: str, words) -> set[int]:
    """Every place where one of ``words`` (literal strings) occurs in ``text``, found by ``str.find``."""
    starts = set()
    for w in words:
        i = text.find(w)
        while i != -1:
            starts.add(i)
            i = text.find(w, i + 1)
    return starts


def matches_at(rx: re.Pattern, text: str, starts) -> Iterator[re.Match]:
    """The matches of ``rx`` tried only at ``starts``, as ``re.finditer`` finds them when every match opens at one
    of them (leftmost first, the next one looked for from the end of the last)."""
    end = 0
    for i in sorted(starts):
        if i >= end:
            m = rx.match(text, i)
            if m is not None:
                end = m.end()
                yield m


def by_words(rx: re.Pattern, text: str, words) -> list[tuple[int, int]]:
    """The spans ``re.finditer`` of ``rx`` finds in ``text``, when each of its matches opens with one of ``words``
    (literal strings): the places where a word occurs are found by ``str.find`` and the pattern is tried only
    there (:func:`matches_at`). Far cheaper than the engine's scan when the words are rare and many letters open
    one of them."""
    return [m.span() for m in matches_at(rx, text, word_starts(text, words))]


def trie_alternation(words) -> str:
    """A regex alternation of the literal strings ``words`` written as a trie ("sign(?:ed|ing)?" for "sign",
    "signed", "signing"; :func:`kzlib.lexicon.alternation` writes a flat one, longest first): at each position the
    engine follows one branch per character instead of trying every word in turn. Where several words match at one
    place (each a prefix of the next), the longest that lets the rest of the pattern match is taken, as in the flat
    alternation."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            return f"(?:{'|'.join(alts)})?" if alts else ""
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return branch(trie)
