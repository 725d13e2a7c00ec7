"""Findings rendered from computed values, so a changed number changes an output (and fails nbval).

A notebook's closing *Findings* are a code cell::

    findings.render('''
    1. **Shape.** {paragraphs} paragraphs and {sentences} sentences.
    ''', paragraphs=len(corpus.paragraphs), sentences=len(corpus.sentences))

The output is Markdown (rendered in Jupyter and in the HTML report) and its plain-text form is the same
text, so nbval compares every number, and the project's number test finds them in the outputs.
"""

from __future__ import annotations

import re
import textwrap
from numbers import Integral, Real

from . import timex
from .lexicon import THE_WORDS, whole_words
from .ranking import leaders, top  # re-exported: whatever picks a "most" or cuts a ranking uses these

__all__ = [
    "Findings",
    "date",
    "event_labels",
    "leaders",
    "name",
    "names",
    "of",
    "render",
    "share",
    "tied",
    "times",
    "together_at_cut",
    "top",
]


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


def tied(labels) -> str:
    """Labels that share first place (:func:`leaders`) said as one, in every caption and Finding alike: 'Geopolitics
    and Security (tied)'; a single label as it is; '' for none."""
    labels = list(labels)
    return " and ".join(labels) + (" (tied)" if len(labels) > 1 else "")


def together_at_cut(things: str, verb: str = "kept") -> str:
    """What a ranking cut (:func:`top`) does with a tie, in the same words in every caption: 'actors tied at the cut
    are kept or left out together' (``verb``: 'drawn' for a figure's rows)."""
    return f"{things} tied at the cut are {verb} or left out together"


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


SEASON_WORDS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PART_WORDS = {
    "H1": "the first half of",
    "H2": "the second half of",
    "Q1": "the first quarter of",
    "Q2": "the second quarter of",
    "Q3": "the third quarter of",
    "Q4": "the fourth quarter of",
}
MONTHS = list(timex.MONTHS)  # the date grammar's month names, in calendar order


MOD_PART_WORDS = {"EARLY": "early ", "MID": "mid-", "LATE": "late "}  # a mod that names a part of a period
RELATION_WORDS = {
    "ON_OR_BEFORE": "by {}",
    "ON_OR_AFTER": "from {} on",
    "BEFORE": "before {}",
    "AFTER": "after {}",
}


def date(value, mod: str = "") -> str:
    """A TIMEX3 value in words a reader expects: ``1999-FA`` → 'autumn 1999', ``1999-03-19`` → '19 March 1999',
    ``1999-03`` → 'March 1999', ``1999-H1`` → 'the first half of 1999', ``199X`` → 'the 1990s',
    ``1990/1999`` → '1990–1999', ``2024-W11`` → 'week 11 of 2024'; anything else (a year, a duration) as it is.
    ``mod`` (the timex's modifier, e.g. ``LATE`` or ``MID+ON_OR_BEFORE``) is said in words too: ``199X`` with
    ``LATE`` → 'the late 1990s', ``201X`` with ``MID+ON_OR_BEFORE`` → 'by the mid-2010s', ``2016`` with
    ``LATE+ON_OR_AFTER`` → 'from late 2016 on', ``2018`` with ``APPROX+ON_OR_AFTER`` → 'from around 2018 on'."""
    words = _date(value)
    if not words or (words == str(value or "").strip() and not re.match(r"\d{4}$", words)):
        return words  # a duration or an unknown value: its modifier is no part of a date
    parts = [m for m in str(mod or "").split("+") if m]
    part = next((MOD_PART_WORDS[m] for m in parts if m in MOD_PART_WORDS), "")
    if part and "–" not in words:  # 'the 1990s' -> 'the late 1990s', '2016' -> 'late 2016'
        words = f"the {part}{words[4:]}" if words.startswith("the ") else f"{part}{words}"
    if "APPROX" in parts:
        words = f"around {words}"
    relation = next((RELATION_WORDS[m] for m in parts if m in RELATION_WORDS), "{}")
    return relation.format(words)


def _date(value) -> str:
    value = str(value or "").strip()
    if "/" in value:
        return "–".join(_date(v) for v in value.split("/", 1))
    m = re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", value)
    if m and 1 <= int(m.group(2)) <= 12:
        month = MONTHS[int(m.group(2)) - 1]
        return f"{int(m.group(3))} {month} {m.group(1)}" if m.group(3) else f"{month} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI|H[12]|Q[1-4])", value)
    if m:
        part = m.group(2)
        return f"{SEASON_WORDS[part]} {m.group(1)}" if part in SEASON_WORDS else f"{PART_WORDS[part]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if m:
        return f"week {int(m.group(2))} of {m.group(1)}"
    m = re.fullmatch(r"(\d{3})X", value)
    if m:
        return f"the {m.group(1)}0s"
    m = re.fullmatch(r"(\d{2})XX", value)
    if m:
        return f"the {m.group(1)}00s"
    return value


def names(corpus) -> dict:
    """Display names for ids: every codebook actor's ``name`` (also for an actor the text's ``actors`` table lacks,
    as one found only as an agent or a target) and every theme's ``label``."""
    cb = getattr(corpus, "codebook", None)
    out = {}
    themes = getattr(cb, "themes", None)
    if themes is not None and len(themes):
        out.update(zip(themes.theme_id, themes.label))
    for actors in (getattr(cb, "actors", None), getattr(corpus, "actors", None)):  # the codebook's, then the text's
        if actors is not None and len(actors):  # (an actor that only acts, never named, is in the codebook only)
            out.update(zip(actors.actor_id, actors.name))
    return out


_THE = re.compile(whole_words(THE_WORDS))  # a name that takes "the": rules/the_words.csv


def name(corpus_or_names, ids, sep: str = " and ", the: bool = False) -> str:
    """Display names for one id or several (a ``;``-joined cell or a list): 'United States', 'Russia and China'.
    ``corpus_or_names`` is a corpus or the dict of :func:`names`; an id the codebook lacks stays as it is, but
    for the ``other:`` prefix of a party named outside the codebook ('other:American investors' shows as
    'American investors').
    ``the=True`` puts 'the' before names that take it in running prose ('the United States', 'the European
    Union')."""
    table = corpus_or_names if isinstance(corpus_or_names, dict) else names(corpus_or_names)
    if isinstance(ids, str):
        ids = [i for i in re.split(r"\s*;\s*", ids) if i]
    shown = [table.get(i, i.removeprefix("other:")) for i in ids]
    if the:
        shown = [f"the {s}" if _THE.search(s) and not s.lower().startswith("the ") else s for s in shown]
    if len(shown) > 2 and sep == " and ":
        return ", ".join(shown[:-1]) + " and " + shown[-1]
    return sep.join(shown)


def event_labels(corpus, doc_id: str, width: int = 60):
    """A readable label for every event of a document, as the timeline writes it ('date · who: what
    happened', the date in words and the date phrase left out of the text's words), indexed by ``event_id``."""
    from .labels import event_labels as labels

    return labels(corpus, doc_id, width)
