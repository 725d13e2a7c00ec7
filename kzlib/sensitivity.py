"""Findings against other coding choices: recompute headline findings under each alternative of
:class:`kzlib.Options` and say which hold and which flip.

A finding is a named measure of a document (the two most-named actors, the leading theme, the sections
a bloc leads, ...) with the notebook that states it. Each is computed once with the default options and
once under each alternative (one switch flipped at a time); a finding **holds** when its value under the
alternative equals its default value (for a rate with a stated floor, when it stays on the same side of
the floor). Everything here is general: which findings a notebook quotes about its text is the notebook's
business, the measures are computed the same way for any document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Finding:
    """One headline measure: ``measure(corpus, doc_id)`` returns a value that prints plainly."""

    key: str
    notebook: str
    claim: str
    measure: Callable
    floor: float | None = None  # for rates: the finding is "at or above the floor"
    gold: bool = False  # measured against the hand annotations, so only for the text they describe

    def holds(self, default, value) -> bool:
        if self.floor is not None:
            return (value >= self.floor) == (default >= self.floor)
        return value == default


def _doc_mentions(corpus, doc_id):
    return corpus.mentions[corpus.mentions.doc_id == doc_id]


def _tie(labels) -> str:
    """One leader as it is, a tie as every tied label joined by ' = ' (sorted), so a tie shows and a changed tie
    flips."""
    return " = ".join(sorted(map(str, labels)))


def _first(counts) -> str:
    """The label with the largest count, or every label of a tie at the top (:func:`_tie`)."""
    from .findings import leaders

    return _tie(leaders(counts))


def _ranked(counts, n) -> list[str]:
    """The first ``n`` labels by count; the last place, when tied with the labels after it, is the tie (``a = b``)."""
    order = sorted(counts.index, key=lambda a: (-counts[a], a))
    out = order[: n - 1]
    if len(order) >= n:
        out.append(_tie([a for a in order[n - 1 :] if counts[a] == counts[order[n - 1]]]))
    return out


def _top_actors(corpus, doc_id, n):
    return _ranked(_doc_mentions(corpus, doc_id).actor_id.value_counts(), n)


def state_share(corpus, doc_id) -> float:
    m = _doc_mentions(corpus, doc_id)
    from . import codebook

    table = corpus.codebook.actors if hasattr(corpus, "codebook") else codebook.actors()
    types = dict(zip(table.actor_id, table.type))
    return round(float(m.actor_id.map(types).eq("state").mean()), 2) if len(m) else 0.0


def two_most_named(corpus, doc_id) -> str:
    return " + ".join(sorted(_top_actors(corpus, doc_id, 2)))


def third_most_named(corpus, doc_id) -> str:
    top = _top_actors(corpus, doc_id, 3)
    return top[2] if len(top) > 2 else ""


def most_named_bloc(corpus, doc_id) -> str:
    from . import presence

    totals = presence.bloc_totals(corpus, doc_id)
    return _first(totals.mentions) if len(totals) else ""


def sections_led_by_top_bloc(corpus, doc_id) -> str:
    from . import presence

    table = presence.balance(corpus, doc_id)
    if table.empty:
        return ""
    top = most_named_bloc(corpus, doc_id)
    from .findings import leaders

    led = []
    for s, row in table.iterrows():  # a section where the bloc ties with another is led by both: said so
        first = leaders(row)
        if top in first:
            led.append(s if len(first) == 1 else f"{s} (tied with {_tie(b for b in first if b != top)})")
    return ", ".join(led)


def closest_pair(corpus, doc_id, n: int = 14) -> str:
    from . import association
    from .findings import top

    ids = top(_doc_mentions(corpus, doc_id).actor_id.value_counts(), n)[0]  # actors tied at the cut: together
    pairs = association.strongest_pairs(corpus, doc_id, ids, n=len(ids) ** 2)
    if not len(pairs):
        return ""
    best = pairs[(pairs.jaccard == pairs.jaccard.iloc[0]) & (pairs.shared == pairs.shared.iloc[0])]  # a tie: all
    return _tie(" + ".join(sorted([r.actor_a, r.actor_b])) for r in best.itertuples())


def actor_in_most_events(corpus, doc_id) -> str:
    ev = corpus.events[corpus.events.doc_id == doc_id]
    ids = ev.actors.fillna("").str.split(";").explode()
    ids = ids[ids != ""]
    counts = ids.value_counts()
    return _first(counts)


def leading_theme(corpus, doc_id) -> str:
    from . import themes

    m = themes.mix(corpus, doc_id)
    return _first(m.weight) if len(m) else ""


def leading_theme_per_section(corpus, doc_id) -> str:
    from . import themes

    table = themes.by_section(corpus, doc_id)
    return "; ".join(f"{s} {_first(row) or 'none'}" for s, row in table.iterrows()) if len(table) else ""


def top2_agreement_clear(corpus, doc_id) -> float:
    from . import evaluate, themes

    a = themes.agreement(corpus, evaluate.gold("themes_primary"), doc_id)
    clear = a[a.clarity == "clear"]
    return round(float(clear.agrees.mean()), 3) if len(clear) else float("nan")


def bloc_in_most_events(corpus, doc_id) -> str:
    from . import synthesis

    table = synthesis.blocs_over_time(corpus, doc_id)
    return _first(table.sum()) if len(table) else ""


def most_frequent_agent(corpus, doc_id) -> str:
    table = getattr(corpus, "actions", None)
    if table is None or "agents" not in getattr(table, "columns", []):
        return ""
    ids = table[table.doc_id == doc_id].agents.fillna("").str.split(";").explode()
    return _first(ids[ids != ""].value_counts())


def most_frequent_quad_class(corpus, doc_id) -> str:
    table = getattr(corpus, "actions", None)
    if table is None or "quad_class" not in getattr(table, "columns", []):
        table = corpus.dyads
    q = table[(table.doc_id == doc_id) & (table.quad_class.fillna("") != "")].quad_class.value_counts()
    return _first(q)


FINDINGS = [
    Finding("state_share", "02", "states take most mentions (share at or above 0.5)", state_share, floor=0.5),
    Finding("two_most_named", "02", "the two most-named actors", two_most_named),
    Finding("third_most_named", "02", "the third most-named actor", third_most_named),
    Finding("most_named_bloc", "02", "the most-named great-power bloc", most_named_bloc),
    Finding("sections_led", "02", "the sections the most-named bloc leads (per 1,000 words)", sections_led_by_top_bloc),
    Finding("closest_pair", "02", "the most closely associated pair (Jaccard, top 14 actors)", closest_pair),
    Finding("actor_in_most_events", "03", "the actor named in most dated events", actor_in_most_events),
    Finding("leading_theme", "04", "the leading theme by weighted evidence", leading_theme),
    Finding("theme_per_section", "04", "the leading theme of each section", leading_theme_per_section),
    Finding(
        "top2_clear",
        "04",
        "top-2 theme agreement on clear paragraphs, at or above 0.8",
        top2_agreement_clear,
        floor=0.8,
        gold=True,
    ),
    Finding("most_frequent_agent", "05", "the actor that acts most often (agent of most actions)", most_frequent_agent),
    Finding("bloc_in_most_events", "05", "the bloc named in most dated events", bloc_in_most_events),
    Finding("quad_class", "05", "the most frequent CAMEO quad class of actions", most_frequent_quad_class),
]


def for_notebook(notebook: str) -> list[Finding]:
    """The findings a notebook states (``"02"`` ...)."""
    return [f for f in FINDINGS if f.notebook == notebook]


def flips_per_alternative(table: pd.DataFrame) -> pd.Series:
    """How many findings flip under each alternative (columns of :func:`table`), most first."""
    alternatives = [c for c in table.columns if "=" in c]
    counts = pd.Series({c: int(table[c].astype(str).str.startswith("flips").sum()) for c in alternatives})
    return counts.sort_values(ascending=False, kind="stable")


def report(table: pd.DataFrame, names: dict | None = None):
    """The verdicts of :func:`table` as Markdown: what holds, and what flips under which alternative.
    ``names`` (e.g. :func:`kzlib.findings.names`) shows ids in values as display names."""
    import re

    from .findings import Findings

    def show(value) -> str:
        text = str(value)
        if names:
            text = re.sub(r"[a-z][a-z0-9_]*", lambda m: names.get(m.group(0), m.group(0)), text)
        return text

    alternatives = [c for c in table.columns if "=" in c]
    rows = [r for _, r in table.iterrows()]
    holds = [r.finding for r in rows if r.verdict.startswith("holds")]
    lines = [f"- **Holds under every alternative:** {'; '.join(holds) or 'none'}."]
    for r in rows:
        if r.verdict.startswith("holds"):
            continue
        how = "; ".join(
            f"`{c}` gives {show(str(r[c]).removeprefix('flips: '))}"
            for c in alternatives
            if str(r[c]).startswith("flips")
        )
        lines.append(f"- **Flips:** {r.finding} (default {show(r.default)}): {how}.")
    return Findings("\n".join(lines))


def applicable(findings: list[Finding], doc_id: str) -> list[Finding]:
    """The findings that can be measured on ``doc_id``: one scored against the hand annotations only for the text
    they describe, and only where they are at hand (a checkout; see :func:`kzlib.evaluate.has_gold`)."""
    from .evaluate import has_gold

    return [f for f in findings if not f.gold or has_gold(doc_id)]


def measure(corpus, doc_id: str, findings: list[Finding] | None = None) -> dict:
    """Every finding's value for one document of one corpus (those :func:`applicable` to it)."""
    return _values(corpus, doc_id, applicable(FINDINGS if findings is None else findings, doc_id))


def _values(corpus, doc_id: str, findings: list[Finding]) -> dict:
    return {f.key: f.measure(corpus, doc_id) for f in findings}


def _values_and_reads(corpus, doc_id: str, findings: list[Finding]):
    """``(values, reads, measured)``: :func:`_values` on a copy of ``corpus`` (``measured``, which keeps every table
    the findings computed), and for each finding the names of the copy's attributes it read, through any function it
    called: its value depends on the corpus only through them."""
    from functools import cached_property

    from .corpus import Corpus

    tables = {name for name, v in vars(Corpus).items() if isinstance(v, cached_property)}
    read: set = set()
    building = []  # a table being computed: what it reads is its own business (under() shares it or not)

    class Reading(Corpus):
        def __getattribute__(self, name):
            if building:
                return super().__getattribute__(name)
            read.add(name)
            if name not in tables:
                return super().__getattribute__(name)
            building.append(name)
            try:
                return super().__getattribute__(name)
            finally:
                building.pop()

    watched = under(corpus, corpus.options)
    watched.__class__ = Reading
    values, reads = {}, {}
    for f in findings:
        read.clear()
        values[f.key] = f.measure(watched, doc_id)
        reads[f.key] = frozenset(read)
    watched.__class__ = Corpus  # the tables it computed are kept: the alternatives share them
    return values, reads, watched


def _same_reading(a, b, names) -> bool:
    """Whether every attribute in ``names`` is the same object on both corpora (a method, or a table shared)."""
    missing = object()
    return all(vars(a).get(n, missing) is vars(b).get(n, missing) for n in names)


def table(
    sources, doc_id: str, options=None, findings: list[Finding] | None = None, load: Callable | None = None
) -> pd.DataFrame:
    """One row per finding: its default value, and for each alternative of ``options`` (each switch flipped
    on its own) the value and whether the finding holds. ``sources`` go to :func:`kzlib.load` (``load``
    replaces it, for tests), or are a corpus loaded already, whose tables are used as they are (``options``
    default to its own). The text is parsed once: each alternative shares the parsed documents, the codebook
    and every table its flipped switch leaves as it is (see :func:`under`)."""
    import kzlib

    loaded = isinstance(sources, kzlib.Corpus)
    options = options or (sources.options if loaded else kzlib.Options())
    findings = applicable(FINDINGS if findings is None else findings, doc_id)
    if load is not None:
        corpora = lambda alt: load(options=alt)  # noqa: E731
        default, reads, base = _values(corpora(options), doc_id, findings), None, None
    else:
        if loaded:
            base = sources if options == sources.options else under(sources, options)
        else:
            base = kzlib.load(
                *([sources] if isinstance(sources, str | bytes) or not hasattr(sources, "__iter__") else sources),
                options=options,
            )
        default, reads, base = _values_and_reads(base, doc_id, findings)  # applicable already: gold looked for once
        corpora = lambda alt: under(base, alt)  # noqa: E731
    rows = [dict(notebook=f.notebook, finding=f.claim, default=_show(default[f.key])) for f in findings]
    flips = {f.key: [] for f in findings}
    for label, alt in options.alternatives():
        other = corpora(alt)
        # a finding that read only what the alternative shares with the default keeps its value: not measured again
        kept = {f.key: default[f.key] for f in findings if reads and _same_reading(base, other, reads[f.key])}
        values = kept | _values(other, doc_id, [f for f in findings if f.key not in kept])
        for row, f in zip(rows, findings):
            same = f.holds(default[f.key], values[f.key])
            row[label] = "holds" if same else f"flips: {_show(values[f.key])}"
            if not same:
                flips[f.key].append(label)
    out = pd.DataFrame(
        rows, columns=["notebook", "finding", "default", *(label for label, _ in options.alternatives())]
    )
    out.insert(
        3,
        "verdict",
        [
            "holds under every alternative" if not flips[f.key] else "flips under " + ", ".join(flips[f.key])
            for f in findings
        ],
    )
    return out


_MENTIONS = frozenset({"metonyms", "demonyms"})
# The switches of Options that can change each table of a Corpus (directly, or through a table it is built
# from); a table not listed here counts as changed by every switch. tests/test_sensitivity.py checks every
# entry against a fresh load under each alternative.
CHANGED_BY = {
    **dict.fromkeys(
        (
            "documents",
            "sections",
            "paragraphs",
            "sentences",
            "footnotes",
            "unassigned",
            "candidates",
            "_timex_rows",
            "timexes",
        ),
        frozenset(),
    ),
    # theme_evidence leaves out the terms inside the mentions' names, which metonyms and demonyms change
    **dict.fromkeys(("mentions", "actors", "cooccurrence", "_action_rows", "actions", "theme_evidence"), _MENTIONS),
    **dict.fromkeys(("events", "dyads"), _MENTIONS | {"action_scope"}),
    "themes": _MENTIONS | {"theme_weights"},
}


def under(corpus, options):
    """``corpus`` under other ``options``, without parsing it again: the same documents and codebook, and each
    table ``corpus`` has already computed that no changed switch affects (:data:`CHANGED_BY`); every other
    table is computed afresh on first use, as :func:`kzlib.load` with those options would."""
    from dataclasses import fields
    from functools import cached_property

    from .corpus import Corpus

    changed = {f.name for f in fields(options) if getattr(options, f.name) != getattr(corpus.options, f.name)}
    every = {f.name for f in fields(options)}
    tables = {name for name, v in vars(Corpus).items() if isinstance(v, cached_property)}
    alt = Corpus.__new__(Corpus)
    alt.__dict__.update(
        {k: v for k, v in corpus.__dict__.items() if k not in tables or not CHANGED_BY.get(k, every) & changed}
    )
    alt.options = options
    return alt


def _show(value) -> str:
    return f"{value:.3g}" if isinstance(value, float) else str(value)
