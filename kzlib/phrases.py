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

CODE = rxcache.source_digest(__file__)  # this module's code as imported: the key of the regex texts kept


def _trie(phrases: list[list[str]]) -> dict:
    root: dict = {}
    for k, fragments in enumerate(phrases):
        node = root
        for f in fragments:
            node = node.setdefault(f, {})
        node.setdefault(None, k)  # the first phrase wins a tie (identical fragment lists)
    return root


def _write(node: dict, end: str) -> tuple[str, int]:
    """The regex of a trie node and the length of its longest continuation (longest branches first). A run of
    nodes with one child each is written in one step (most of a trie: the rest of each name)."""
    chain = []
    while len(node) == 1 and None not in node:
        ((f, node),) = node.items()
        chain.append(f)
    written = sorted(((f,) + _write(child, end) for f, child in node.items() if f is not None), key=lambda w: -w[2])
    branches = [f + rx for f, rx, _ in written]
    if None in node:
        branches.append(f"{end}(?P<p{node[None]}>)")
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


class PhraseRegex(NamedTuple):
    """A compiled phrase trie (:func:`compile_phrases`) and how :func:`starts` reads its matches."""

    regex: re.Pattern
    bounded: bool = False  # the bounded form (:func:`_bounded`): run on the text after one space, and a match opens
    # one character before its phrase; else a match starts where its phrase starts (the led and the plain forms)


def compile_phrases(phrases: list[list[str]], end: str = r"(?!\w)", flags: int = 0) -> PhraseRegex:
    """A regex matching, at each word start, the longest of ``phrases`` (see :func:`starts`): led by a character
    (:func:`_led`) where fewer than half the lower-case letters can open a phrase (names: the engine then skips
    most of a text's letters), else led by the character before a word (:func:`_bounded`: where nearly any letter
    opens one, the engine skips the letters inside words), else the plain form. The regex's text is kept in
    :mod:`kzlib.rxcache`'s folder for these phrases, ``end`` and ``flags`` (and this module's code): a later
    process reads it instead of writing the trie again (tens of milliseconds for the actor names)."""
    flags = int(flags)
    pattern, bounded = rxcache.kept(
        ".phrases", repr((phrases, end, flags)), CODE, lambda: _pattern(phrases, end, flags)
    )
    return PhraseRegex(rxcache.compile(pattern, flags), bounded)


def _pattern(phrases: list[list[str]], end: str, flags: int) -> tuple[str, bool]:
    """The text of :func:`compile_phrases`'s regex, and whether it is the bounded form."""
    root = _trie(phrases)
    openers = {c for f in root if f is not None for c in (_chars(f) or "")}
    if not flags & re.IGNORECASE and len(openers & set(ascii_lowercase)) < 13:
        return _led(root, end) or _plain(root, end), False
    bounded = _bounded(root, end)
    return bounded or _plain(root, end), bounded is not None


def starts(phrases: PhraseRegex, text: str):
    """``(start, end, phrase index)`` of the longest phrase at every position where one starts."""
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
