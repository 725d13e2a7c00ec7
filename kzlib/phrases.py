"""Many phrases, one regex: a trie of regex fragments, so that matching runs in the regex engine.

Each phrase is a list of regex fragments (one per character or word, already escaped or made
flexible by the caller). The fragments are merged into a trie and written as nested alternations,
longer continuations first, with an empty named group marking where each phrase ends. Wrapped in a
lookahead, the regex reports at every position where a phrase starts the longest phrase starting
there, and which one it is, without consuming text: so overlapping candidates are all seen.
"""

from __future__ import annotations

import re
from string import ascii_lowercase
from typing import NamedTuple

from . import rxcache

try:  # the regex parser's own reading of a pattern (its modules were renamed in Python 3.11)
    from re import _constants as C
    from re import _parser
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

CODE = rxcache.source_digest(__file__)  # this module's code as imported: the key of the regex texts kept


def _trie(phrases: list[list[str]]) -> dict:
    root: dict = {}
    for k, fragments in enumerate(phrases):
        node = root
        for f in fragments:
            node = node.setdefault(f, {})
        node.setdefault(None, k)  # the first phrase wins a tie (identical fragment lists)
    return root


def _write(node: dict, end: str, marked: bool = True) -> tuple[str, int]:
    """The regex of a trie node and the length of its longest continuation (longest branches first). A run of
    nodes with one child each is written in one step (most of a trie: the rest of each name). ``marked``: each
    phrase's end is marked by its empty named group (else by ``end`` alone: see :func:`_unmarked`)."""
    chain = []
    while len(node) == 1 and None not in node:
        ((f, node),) = node.items()
        chain.append(f)
    written = sorted(
        ((f,) + _write(child, end, marked) for f, child in node.items() if f is not None), key=lambda w: -w[2]
    )
    branches = [f + rx for f, rx, _ in written]
    if None in node:
        branches.append(f"{end}(?P<p{node[None]}>)" if marked else end)
    regex = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "".join(chain) + regex, len(chain) + 1 + max((d for *_, d in written), default=0)


def _plain(root: dict, end: str = r"(?!\w)") -> str:
    """The regex of a trie (:func:`_trie`) in its plain form: at a word start, look ahead for the longest phrase."""
    return rf"(?<!\w)(?={_write(root, end)[0]})"


def _bounded(root: dict, end: str) -> str | None:
    r"""The regex of a trie led by the character before a word start (``\W(?=...)``), for :func:`starts` to run on
    the text after one space: the regex engine skips ahead over the letters to the next character that is not one,
    instead of trying a lookbehind at every letter. The same matches as :func:`_plain` when every phrase opens
    with a letter or digit (then a word start is where such a character follows one that is not); else ``None``."""
    if None in root or not all((_chars(f) or ["-"])[0][-1:].isalnum() for f in root):
        return None
    return rf"\W(?={_write(root, end)[0]})"


_END_GROUP = re.compile(r"\(\?P<p(\d+)>\)")  # where a phrase ends, in a written trie
_CHARS = re.compile(r"\[\w+\]")  # a class of letters and digits, such as "[tT]"


def _chars(fragment: str) -> list[str] | None:
    """The characters a fragment matches, one at a time, when it matches exactly one literal character (an
    escaped character, or a class of letters and digits); else ``None``."""
    if len(fragment) == 1 and fragment not in ".^$*+?{}[]\\|()":
        return [fragment]
    if len(fragment) == 2 and fragment[0] == "\\" and not fragment[1].isalnum():
        return [fragment]
    if _CHARS.fullmatch(fragment):
        return list(fragment[1:-1])
    return None


def _led(root: dict, end: str) -> str | None:
    r"""The regex of a trie led by the first character of each phrase, the word-start lookbehind after it and the
    rest looked ahead for (``K(?<!\w[\s\S])(?=azakh...)``): a match consumes just that character, so every
    start is still tried, but the regex engine skips ahead to a character that opens a phrase instead of trying
    the lookbehind and the alternation at every position. The same matches (starts, ends, phrases) as
    :func:`_plain`; ``None`` where a phrase opens with a fragment that is not one character (then the plain form
    is used)."""
    if None in root:
        return None
    written = sorted(((f,) + _write(child, end) for f, child in root.items()), key=lambda w: -w[2])  # as _write
    branches = []
    for f, rx, _ in written:
        chars = _chars(f)
        if chars is None or len(chars) > 11:
            return None
        for j, c in enumerate(chars):  # a class ("[tT]"): one branch per character, group names kept apart
            copy = _END_GROUP.sub(rf"(?P<{chr(ord('p') + j)}\1>)", rx) if j else rx  # q3 is phrase 3 as p3 is
            branches.append(rf"{c}(?<!\w[\s\S])(?={copy})")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _consuming(fragments) -> bool:
    """Whether every fragment only consumes characters: no lookaround, anchor, group or reference, so that whether a
    phrase's fragments match a stretch of text depends on that stretch alone (see :func:`_unmarked`)."""
    repeats = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))  # 3.11 on

    def plain(items) -> bool:
        for op, av in items:
            if op in (C.ASSERT, C.ASSERT_NOT, C.AT, C.GROUPREF, C.GROUPREF_EXISTS):
                return False
            if op is C.SUBPATTERN and (av[0] is not None or not plain(av[3])):
                return False
            if op is C.BRANCH and not all(plain(alt) for alt in av[1]):
                return False
            if op in repeats and not plain(av[2]):
                return False
            if op is getattr(C, "ATOMIC_GROUP", None) and not plain(av):
                return False
        return True

    try:
        return all(plain(_parser.parse(f).data) for f in {f for p in fragments for f in p})
    except re.error:
        return False


def _unmarked(root: dict, end: str, form: str) -> str:
    r"""The trie of ``form`` ("led", "bounded" or "plain") without a group per phrase: one group holds the whole
    phrase (``(?=(...))``). Python's regex engine clears and copies every group of a pattern at each match (about
    10,000 instructions for the hundreds of the actor names); this form finds the same starts and ends, and the
    phrase is looked up by its text (:func:`starts`). Led: the class of the phrases' first characters (a match
    consumes that one), the word-start lookbehind, then the phrase looked for from its start."""
    trie = _write(root, end, marked=False)[0]
    if form == "plain":
        return rf"(?<!\w)(?=({trie}))"
    if form == "bounded":
        return rf"\W(?=({trie}))"
    chars = "".join(re.escape(c[-1]) for f in root for c in _chars(f))  # "\-" is "-"; "[tT]" is "t" and "T"
    return rf"[{chars}](?<!\w[\s\S])(?<=(?=({trie}))[\s\S])"


class PhraseRegex(NamedTuple):
    """A compiled phrase trie (:func:`compile_phrases`) and how :func:`starts` reads its matches."""

    regex: re.Pattern
    bounded: bool = False  # the bounded form (:func:`_bounded`): run on the text after one space, and a match opens
    # one character before its phrase; else a match starts where its phrase starts (the led and the plain forms)
    unmarked: re.Pattern | None = None  # the same trie without a group per phrase (:func:`_unmarked`), or None
    seen: dict | None = None  # the unmarked form's phrases by their text (filled by :func:`starts`)
    ascii: PhraseRegex | None = None  # the same trie compiled with re.ASCII, for plain ASCII text (:func:`plain_ascii`)


# the only ASCII characters whose class differs between Unicode and ASCII matching: Unicode reads them as white space
# (``\s``), ASCII matching does not (``\w`` and ``\d`` agree on every ASCII character)
_UNICODE_SPACES = "\x1c\x1d\x1e\x1f"


def plain_ascii(text: str) -> bool:
    r"""Whether ``text`` is ASCII without the characters ``\x1c``-``\x1f``: then a pattern that reads no character
    outside ASCII case-blind (:func:`_twin_safe`) finds the same matches compiled with ``re.ASCII`` as without,
    and the engine tests ``\w``, ``\W`` and ``\s`` by a table instead of the Unicode database."""
    return text.isascii() and not any(map(text.__contains__, _UNICODE_SPACES))  # a memchr each: no regex scan


def _twin_safe(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` (with ``flags``) may have a ``re.ASCII`` twin for :func:`plain_ascii` text: no character
    outside ASCII is read case-blind (Unicode case folding may match it with an ASCII letter: the Kelvin sign and
    "k"); a case-sensitive literal outside ASCII matches no ASCII text either way."""
    if flags & (re.ASCII | re.LOCALE):
        return False
    repeats = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))

    def ok(items, case: bool) -> bool:
        for op, av in items:
            if op in (C.LITERAL, C.NOT_LITERAL):
                chars = [av]
            elif op is C.IN:
                chars = [a if o is C.LITERAL else a[1] for o, a in av if o in (C.LITERAL, C.RANGE)]
            else:
                chars = []
            if case and any(c >= 128 for c in chars):
                return False
            subs = []  # the sequences inside this item, each with its own case rule
            if op is C.SUBPATTERN:
                _, add, remove, sub = av
                subs = [(sub, (case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)]
            elif op is C.BRANCH:
                subs = [(alt, case) for alt in av[1]]
            elif op in repeats:
                subs = [(av[2], case)]
            elif op in (C.ASSERT, C.ASSERT_NOT):
                subs = [(av[1], case)]
            elif op is getattr(C, "ATOMIC_GROUP", None):
                subs = [(av, case)]
            elif op is C.GROUPREF_EXISTS:
                subs = [(av[1], case)] + ([(av[2], case)] if av[2] is not None else [])
            if not all(ok(sub, c) for sub, c in subs):
                return False
        return True

    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return False
    return ok(parsed.data, bool((flags | parsed.state.flags) & re.IGNORECASE))


def compile_phrases(phrases: list[list[str]], end: str = r"(?!\w)", flags: int = 0) -> PhraseRegex:
    """A regex matching, at each word start, the longest of ``phrases`` (see :func:`starts`): led by a character
    (:func:`_led`) where fewer than half the lower-case letters can open a phrase (names: the engine then skips
    most of a text's letters), else led by the character before a word (:func:`_bounded`: where nearly any letter
    opens one, the engine skips the letters inside words), else the plain form. The regex's text is kept in
    :mod:`kzlib.rxcache`'s folder for these phrases, ``end`` and ``flags`` (and this module's code): a later
    process reads it instead of writing the trie again (tens of milliseconds for the actor names)."""
    flags = int(flags)
    pattern, bounded, unmarked, twin = rxcache.kept(
        ".phrases", repr((phrases, end, flags)), CODE, lambda: _pattern(phrases, end, flags)
    )

    def compiled(flags: int, ascii=None) -> PhraseRegex:
        return PhraseRegex(
            rxcache.compile(pattern, flags), bounded, rxcache.compile(unmarked, flags) if unmarked else None, {}, ascii
        )

    return compiled(flags, compiled(flags | re.ASCII) if twin else None)


def _pattern(phrases: list[list[str]], end: str, flags: int) -> tuple[str, bool, str | None, bool]:
    """The text of :func:`compile_phrases`'s regex, whether it is the bounded form, the text of its unmarked
    form (:func:`_unmarked`; ``None`` where a fragment does more than consume characters), and whether both may have
    a ``re.ASCII`` twin (:func:`_twin_safe`)."""
    root = _trie(phrases)
    openers = {c for f in root if f is not None for c in (_chars(f) or "")}
    if not flags & re.IGNORECASE and len(openers & set(ascii_lowercase)) < 13:
        led = _led(root, end)
        pattern, form, bounded = led or _plain(root, end), "led" if led else "plain", False
    else:
        pattern = _bounded(root, end)
        bounded = pattern is not None
        pattern, form = (pattern, "bounded") if bounded else (_plain(root, end), "plain")
    unmarked = _unmarked(root, end, form) if root and _consuming(phrases) else None
    twin = _twin_safe(pattern, flags) and (unmarked is None or _twin_safe(unmarked, flags))
    return pattern, bounded, unmarked, twin


SEEN_MAX = 50_000  # phrase texts kept per regex (white space inside a phrase may vary without bound)


def starts(phrases: PhraseRegex, text: str):
    """``(start, end, phrase index)`` of the longest phrase at every position where one starts.

    With an unmarked form, the phrase of a match is looked up by its text: the regex tries the phrases in a fixed
    order and takes the first that matches, and whether one matches up to a given end reads that stretch of text
    alone (its fragments only consume; the ``end`` test at that place is the same for every phrase ending there).
    So a text found once, found again ending at the same place, is the same phrase; a new one is read with the
    marked regex. Plain ASCII text (:func:`plain_ascii`) is read with the ``re.ASCII`` twin, where there is one."""
    if phrases.ascii is not None and plain_ascii(text):
        phrases = phrases.ascii
    if phrases.unmarked is not None:
        seen = phrases.seen
        spaced = " " + text if phrases.bounded else text
        shift = 1 if phrases.bounded else 0
        for m in phrases.unmarked.finditer(spaced):
            s, e = m.end() - 1 if shift else m.start(), m.end(1) - shift
            said = text[s:e]
            k = seen.get(said)
            if k is None:
                k = int(phrases.regex.match(spaced, m.start()).lastgroup[1:])
                if len(seen) >= SEEN_MAX:
                    seen.clear()
                seen[said] = k
            yield s, e, k
        return
    if phrases.bounded:
        for m in phrases.regex.finditer(" " + text):
            name = m.lastgroup
            yield m.end() - 1, m.start(name) - 1, int(name[1:])
        return
    for m in phrases.regex.finditer(text):
        name = m.lastgroup
        yield m.start(), m.start(name), int(name[1:])


def led_alternation(titles, not_before: str) -> str:
    """``(?<![not_before])(?:t1|t2|...)`` (each title's words joined by ``\\s+``) written with each alternative led
    by its first character and the lookbehind after it (``T(?<![not_before].)itle``): the same matches, but the
    regex engine skips ahead to a character that opens a title instead of trying the lookbehind everywhere."""
    alts = []
    for t in titles:
        if not t.split():  # a blank title: the lookbehind alone, as in the plain form
            alts.append(rf"(?<![{not_before}])")
            continue
        first, *rest = t.split()
        words = [re.escape(first[1:])] + [re.escape(w) for w in rest]
        alts.append(re.escape(first[0]) + rf"(?<![{not_before}].)" + r"\s+".join(words))
    return "(?:" + "|".join(alts) + ")"
