"""Findings rendered from computed values, so a changed number changes an output (and fails nbval).

A notebook's closing *Findings* are a code cell::

    findings.render('''
    1. **Shape.** {paragraphs} paragraphs and {sentences} sentences.
    ''', paragraphs=len(corpus.paragraphs), sentences=len(corpus.sentences))

The output is Markdown (rendered in Jupyter and in the HTML report) and its plain-text form is the same
text, so nbval compares every number, and the project's number test finds them in the outputs.
"""

from __future__ import annotations

import textwrap
from numbers import Integral, Real

__all__ = ["Findings", "of", "render", "share", "times"]


class Findings:
    """Markdown text that displays as Markdown in Jupyter and compares as text under nbval."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    def __eq__(self, other) -> bool:
        return isinstance(other, Findings) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


def _plain(value):
    """Numbers as a reader writes them: integers with thousands separators, floats unchanged."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Integral):
        return int(value)
    if isinstance(value, Real):
        return float(value)
    return value


def render(template: str, /, **values) -> Findings:
    """Fill ``template`` (``str.format`` fields) with ``values`` and return it as Markdown.

    A field missing from ``values`` raises ``KeyError``: a template cannot silently show a stale number.
    A value given but not used raises ``ValueError`` too, so the code and the text stay in step.
    """
    import string

    text = textwrap.dedent(template).strip()
    used = {name for _, name, _, _ in string.Formatter().parse(text) if name}
    used = {n.split(".")[0].split("[")[0] for n in used}
    unused = set(values) - used
    if unused:
        raise ValueError(f"values not used by the template: {', '.join(sorted(unused))}")
    return Findings(text.format(**{k: _plain(v) for k, v in values.items()}))


def times(a: float, b: float) -> str:
    """``a`` as a multiple of ``b`` in words a reader can check: '1.9 times', 'about as many as'."""
    if not b:
        return "—"
    r = a / b
    return f"{r:.1f} times"


def share(part: int, whole: int, digits: int = 0) -> str:
    """A share with its n: '62% (231 of 374)'; for fewer than three items only the count ('1 of 2')."""
    if not whole:
        return "0 of 0"
    if whole < 3:
        return f"{part} of {whole}"
    return f"{100 * part / whole:.{digits}f}% ({part} of {whole})"


def of(part: int, whole: int) -> str:
    """'31 of 35'."""
    return f"{part} of {whole}"
