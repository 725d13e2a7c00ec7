"""Many phrases, one regex: a trie of regex fragments, so that matching runs in the regex engine.

Each phrase is a list of regex fragments (one per character or word, already escaped or made
flexible by the caller). The fragments are merged into a trie and written as nested alternations,
longer continuations first, with an empty named group marking where each phrase ends. Wrapped in a
lookahead, the regex reports at every position where a phrase starts the longest phrase starting
there, and which one it is, without consuming text: so overlapping candidates are all seen.
"""

from __future__ import annotations

import re


def _trie(phrases: list[list[str]]) -> dict:
    root: dict = {}
    for k, fragments in enumerate(phrases):
        node = root
        for f in fragments:
            node = node.setdefault(f, {})
        node.setdefault(None, k)  # the first phrase wins a tie (identical fragment lists)
    return root


def _write(node: dict, end: str) -> tuple[str, int]:
    """The regex of a trie node and the length of its longest continuation (longest branches first)."""
    written = sorted(((f,) + _write(child, end) for f, child in node.items() if f is not None), key=lambda w: -w[2])
    branches = [f + rx for f, rx, _ in written]
    if None in node:
        branches.append(f"{end}(?P<p{node[None]}>)")
    regex = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return regex, 1 + max((d for *_, d in written), default=0)


def compile_phrases(phrases: list[list[str]], end: str = r"(?!\w)", flags: int = 0) -> re.Pattern:
    """A pattern matching, at each word start, the longest of ``phrases`` (see :func:`starts`)."""
    return re.compile(rf"(?<!\w)(?={_write(_trie(phrases), end)[0]})", flags)


def starts(pattern: re.Pattern, text: str):
    """``(start, end, phrase index)`` of the longest phrase at every position where one starts."""
    for m in pattern.finditer(text):
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
