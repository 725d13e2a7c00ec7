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


def _depth(node: dict) -> int:
    return max((1 + _depth(child) for f, child in node.items() if f is not None), default=0)


def _write(node: dict, end: str) -> str:
    children = sorted((f for f in node if f is not None), key=lambda f: -_depth(node[f]))  # longest first
    branches = [f + _write(node[f], end) for f in children]
    if None in node:
        branches.append(f"{end}(?P<p{node[None]}>)")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def compile_phrases(phrases: list[list[str]], end: str = r"(?!\w)", flags: int = 0) -> re.Pattern:
    """A pattern matching, at each word start, the longest of ``phrases`` (see :func:`starts`)."""
    return re.compile(rf"(?<!\w)(?={_write(_trie(phrases), end)})", flags)


def starts(pattern: re.Pattern, text: str):
    """``(start, end, phrase index)`` of the longest phrase at every position where one starts."""
    for m in pattern.finditer(text):
        name = m.lastgroup
        yield m.start(), m.start(name), int(name[1:])
