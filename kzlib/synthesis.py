"""A text's argument as data: blocs across time, each side's adjustments, dyads, themes by actor and period."""

from __future__ import annotations

import pandas as pd

from . import chronology, presence


def span(corpus, doc_id: str) -> tuple[int, int] | None:
    """The years a document is about: the range that frames it (``chronology.frames``: "in the years
    2010-2014" in a text whose other dates mostly fall inside), else the first and last year of its dated
    events; ``None`` when it has neither."""
    rows = corpus.timexes[corpus.timexes.doc_id == doc_id]
    rows = rows.astype(object).where(rows.notna(), None).to_dict("records")
    framing = [t for t in rows if t["timex_id"] in chronology.frames(rows)]
    if framing:
        first = min(framing, key=lambda t: t["start"])
        return int(first["year_start"]), int(first["year_end"])
    years = corpus.events[corpus.events.doc_id == doc_id].year_start.dropna()
    return (int(years.min()), int(years.max())) if len(years) else None


def equal_periods(corpus, doc_id: str, width: int = 5) -> list[tuple[int, int, str]]:
    """Periods of ``width`` years over the document's dated events, as ``(first, last, label)``: aligned so that
    one begins with the first year of its :func:`span` (the range the text frames itself in), reaching back to
    the earliest dated year; the last ends at the last dated year, so it may be shorter. A notebook may pass
    its own (for example eras the text names) to :func:`blocs_over_time`."""
    years = corpus.events[corpus.events.doc_id == doc_id].year_start.dropna().astype(int)
    if not len(years):
        return []
    lo, hi = int(years.min()), int(years.max())
    first = (span(corpus, doc_id) or (lo, hi))[0]
    start = first - width * -(-(first - lo) // width)
    out = []
    for a in range(start, hi + 1, width):
        b = min(a + width - 1, hi)
        out.append((a, b, str(a) if a == b else f"{a}–{b}"))
    return out


def period(year, periods) -> str:
    """The label of the period (``(first, last, label)``) holding a year; "" when none does."""
    return next((label for lo, hi, label in periods if lo <= int(year) <= hi), "")


def event_blocs(corpus, doc_id: str, periods=None) -> pd.DataFrame:
    """One row per (event, bloc) for every bloc (great powers and the region) taking part in the event, with the
    period of its first year (``periods``: ``(first, last, label)`` tuples; default :func:`equal_periods`)."""
    return _event_blocs(corpus, doc_id, periods, presence.blocs(group=None, corpus=corpus, doc_id=doc_id))


def _event_blocs(corpus, doc_id: str, periods, members: pd.DataFrame) -> pd.DataFrame:
    """:func:`event_blocs` with the blocs' ``members`` (:func:`kzlib.presence.blocs`) given, for a caller that
    needs them too."""
    spans = equal_periods(corpus, doc_id) if periods is None else periods
    ev = chronology.story(corpus, doc_id)
    long = ev.assign(actor_id=ev.actors.str.split(";")).explode("actor_id")
    long = long.merge(members, on="actor_id")
    long = long.drop_duplicates(["event_id", "bloc"])
    long["period"] = long.year_start.map(lambda y: period(y, spans))
    return long[["event_id", "para_id", "bloc", "date_value", "year_start", "when", "period", "label"]]


def blocs_over_time(corpus, doc_id: str, periods=None) -> pd.DataFrame:
    """Events involving each bloc, by period (rows periods in order, columns blocs); ``periods`` as in
    :func:`event_blocs`."""
    spans = equal_periods(corpus, doc_id) if periods is None else periods
    members = presence.blocs(group=None, corpus=corpus, doc_id=doc_id)
    eb = _event_blocs(corpus, doc_id, spans, members)
    order = [label for *_, label in spans]
    cols = list(dict.fromkeys(members.bloc))
    return pd.crosstab(eb.period, eb.bloc).reindex(index=order, columns=cols, fill_value=0)


def adjustments(corpus, doc_id: str, bloc: str, years=None) -> pd.DataFrame:
    """The dated events of ``years`` (first, last; default: the document's :func:`span`) in which ``bloc``
    takes part, where the text tells them."""
    eb = event_blocs(corpus, doc_id)
    years = span(corpus, doc_id) if years is None else years
    ids = eb[(eb.bloc == bloc) & eb.year_start.between(*years)].event_id if years else eb.event_id[:0]
    ev = corpus.events[(corpus.events.doc_id == doc_id) & corpus.events.event_id.isin(ids)]
    sections = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id").section_id
    out = ev.assign(section_id=ev.para_id.map(sections))
    return out[["event_id", "section_id", "date_value", "actors", "label"]].reset_index(drop=True)


def bloc_eras(corpus, doc_id: str, split: int | None = None, members: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`event_blocs` with the ``era`` of each row: "before <split>" or "from <split>" (``split`` defaults to the
    first year of the document's :func:`span`; ``members`` as :func:`kzlib.presence.blocs` gives them)."""
    members = presence.blocs(group=None, corpus=corpus, doc_id=doc_id) if members is None else members
    eb = _event_blocs(corpus, doc_id, None, members)
    if split is None:
        split = (span(corpus, doc_id) or (0, 0))[0]
    eb["era"] = [f"from {int(split)}" if y >= split else f"before {int(split)}" for y in eb.year_start]
    return eb


def themes_by_bloc_and_period(corpus, doc_id: str, split: int | None = None) -> pd.DataFrame:
    """Mean theme share of the paragraphs holding each bloc's events, before ``split`` and from it on
    (default: the first year of the document's :func:`span`)."""
    members = presence.blocs(group=None, corpus=corpus, doc_id=doc_id)
    eb = bloc_eras(corpus, doc_id, split, members)
    th = corpus.themes[corpus.themes.doc_id == doc_id][["para_id", "theme_id", "share"]]
    joined = eb.merge(th, on="para_id")
    table = joined.pivot_table(index=["bloc", "era"], columns="theme_id", values="share", aggfunc="mean", fill_value=0)
    order = list(dict.fromkeys(members.bloc))
    table = table.reindex(columns=corpus.codebook.theme_ids, fill_value=0)
    if table.empty:  # no dated event names a bloc: an empty table with the same shape, not an error
        return table.reindex(pd.MultiIndex.from_arrays([[], []], names=["bloc", "era"])).round(2)
    table = table.reindex(pd.MultiIndex.from_tuples(sorted(table.index, key=lambda k: (order.index(k[0]), k[1]))))
    return table.round(2)


def active_sides(corpus, doc_id: str, n: int = 2, examples: int = 5) -> pd.DataFrame:
    """What the sides that act most do: the ``n`` sides that are agents of the most actions of the document (a
    leader, ministry or firm counts for its side, as :func:`kzlib.actions.by_side` counts; a tie at the cut is kept,
    :func:`kzlib.ranking.top`), taken from the tables, not named in advance. One row per side: its actions, how
    many are asserted and not negated, how many are cooperation and conflict (CAMEO quad class), its ``examples``
    most frequent actions (lemmas) and the sides it acts on most often, each with its count (never cut inside a
    tie: how many more is said)."""
    from . import actions, ranking
    from .findings import name, names

    cols = ["side", "name", "actions", "asserted", "cooperation", "conflict", "most often", "towards"]
    acts = corpus.actions[corpus.actions.doc_id == doc_id]
    raise_to = corpus.codebook.sides()
    candidates = sorted({raise_to.get(a, a) for cell in acts.agents for a in cell.split(";") if a} - {""})
    candidates = [s for s in candidates if not s.startswith("other:")]
    mine = {s: actions.by_side(corpus, s, doc_id) for s in candidates}
    kept, _ = ranking.top({s: len(a) for s, a in mine.items() if len(a)}, n)
    shown = names(corpus)

    def counted(values) -> str:  # the most frequent, never cut inside a tie; how many more there are
        counts = pd.Series(list(values), dtype=object).value_counts()
        first, rest = ranking.top(counts, examples)
        more = f" (+{len(rest)} more)" if rest else ""
        return ", ".join(f"{name(shown, v)} {counts[v]}" for v in first) + more

    rows = []
    for s in kept:
        a = mine[s]
        targets = [raise_to.get(t, t) for cell in a.targets for t in cell.split(";") if t]
        rows.append(
            {
                "side": s,
                "name": name(shown, s),
                "actions": len(a),
                "asserted": int((a.modality.eq("asserted") & ~a.negated).sum()),
                "cooperation": int(a.quad_class.str.endswith("cooperation").sum()),
                "conflict": int(a.quad_class.str.endswith("conflict").sum()),
                "most often": counted(a.lemma),
                "towards": counted(t for t in targets if t != s),
            }
        )
    return pd.DataFrame(rows, columns=cols)
