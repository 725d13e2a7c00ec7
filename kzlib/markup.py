"""Reading text from source spans: drop extraction markup, keep a map back to the source.

Markdown emphasis (``*Atlantic Council*``), escapes (``\\$7``), footnote reference marks,
line breaks and zero-width characters are print or extraction artefacts, not words.
:func:`reading_text` removes them and returns, for every character it keeps, the offset
of that character in the source, so any stretch of clean text can be traced back.
"""
from __future__ import annotations

import re
import unicodedata

ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!$|<>~])")
EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3}|_{1,2})(?=[^\s*_])(.+?)(?<=[^\s\\*_])\1(?![\w*])")


def is_blank(ch: str) -> bool:
    """White space and invisible format characters (zero-width space, BOM, soft hyphen)."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def markup_positions(text: str, start: int, end: int) -> set[int]:
    """Source positions of escape backslashes and emphasis delimiters in ``text[start:end]``."""
    piece = text[start:end]
    drop = {start + m.start() for m in ESCAPE.finditer(piece)}
    for m in EMPHASIS.finditer(piece):
        d = len(m.group(1))
        drop.update(range(start + m.start(), start + m.start() + d))
        drop.update(range(start + m.end() - d, start + m.end()))
    return drop


_RUNS = re.compile(r"\s+|\S+")


def reading_text(text: str, segments, drop=frozenset()) -> tuple[str, list[int]]:
    """Clean text of the source ``segments`` (``(start, end)`` pairs) and its offset map.

    Runs of blank characters, and the joins between segments, become one space;
    positions in ``drop`` and markup are removed. ``offsets[i]`` is the source position
    of clean character ``i``.
    """
    chars: list[str] = []
    offsets: list[int] = []
    for start, end in segments:
        skip = markup_positions(text, start, end) | {p for p in drop if start <= p < end}
        for m in _RUNS.finditer(text, start, end):
            run, pos = m.group(0), m.start()
            if run[0].isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    offsets.append(pos)
            elif run.isascii() and not any(pos <= p < m.end() for p in skip):
                chars.extend(run)  # the common case: plain ASCII words, copied whole
                offsets.extend(range(pos, m.end()))
            else:
                for k, ch in enumerate(run, pos):
                    if k not in skip and not is_blank(ch):
                        chars.append(ch)
                        offsets.append(k)
        if chars and chars[-1] != " ":
            chars.append(" ")
            offsets.append(end)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets


def source_span(offsets: list[int], i: int, j: int) -> tuple[int, int]:
    """Source ``(start, end)`` of clean characters ``i:j`` (``j > i``)."""
    return offsets[i], offsets[j - 1] + 1
