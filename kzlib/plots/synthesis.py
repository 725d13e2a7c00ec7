"""Synthesis figures: blocs across time, dyad timelines of cooperation and conflict, themes by bloc and era."""

from __future__ import annotations

import matplotlib.pyplot as plt

from .. import chronology, findings, synthesis
from ._style import (
    count,
    empty,
    finish,
    grouped_bars,
    integer_axis,
    legend_beside,
    theme_heatmap,
    year_axis,
    year_range,
)
from .themes import _labels

QUAD_STYLE = {
    "verbal cooperation": ("#4c72b0", "o"),
    "material cooperation": ("#55a868", "s"),
    "verbal conflict": ("#dd8452", "^"),
    "material conflict": ("#c44e52", "D"),
}
BLOC_COLORS = ["#4c72b0", "#c44e52", "#dd8452", "#55a868", "#8172b3", "#937860"]


def _src(doc_id: str, table: str) -> str:
    return f"Source: {doc_id}, kzlib {table} table."


def blocs_over_time(corpus, doc_id: str, periods=None):
    """Grouped bars: dated events involving each bloc, by period (``periods``: ``(first, last, label)`` tuples;
    default: equal-width periods over the document's dated years, :func:`kzlib.synthesis.equal_periods`)."""
    title = "Who takes part in the dated events, period by period"
    if periods is None and len(corpus.events):
        periods = synthesis.equal_periods(corpus, doc_id)
    table = synthesis.blocs_over_time(corpus, doc_id, periods) if len(corpus.events) else None
    if table is None or table.empty or not table.values.any():
        return empty(title, "no dated events with bloc members found")
    drawn = [k for k, b in enumerate(table.columns) if table[b].any()]  # a bloc with no event gets no legend entry
    absent = [b for b in table.columns if not table[b].any()]
    fig, ax = plt.subplots(figsize=(10, 4.2))
    grouped_bars(ax, table.iloc[:, drawn], [BLOC_COLORS[k % len(BLOC_COLORS)] for k in drawn])
    ax.set_ylabel("dated events with a bloc member")
    integer_axis(ax, "y")
    ax.set_xlabel("period")
    ax.set_title(title, pad=28)
    widths = [hi - lo + 1 for lo, hi, _ in periods]
    if len(set(widths[:-1])) > 1 or widths[-1] > widths[0]:
        lengths = "periods differ in length"
    else:
        lengths = f"periods of {widths[0]} year{'s' if widths[0] > 1 else ''}" + (
            ", the last shorter" if widths[-1] < widths[0] else ""
        )
    return finish(
        fig,
        f"Dated events with a member of the bloc taking part: among the agents or targets of a dated action, or "
        f"named in the clause of a dated state (else its sentence); by period of the event's first year ({lengths}); "
        f"an event counts once per bloc. n = {count(table.values.sum(), 'event–bloc pair')}. "
        f"{'No event, not drawn: ' + ', '.join(absent) + '. ' if absent else ''}"
        f"{_src(doc_id, 'events')}",
        "Grouped bar chart of events per bloc and period: "
        + "; ".join(f"{b} {int(table[b].sum())}" for b in table.columns)
        + ".",
    )


def dyad_timeline(corpus, doc_id: str, top: int = 10):
    """One row per dyad (most active first): each dated action at its date, coloured by CAMEO quad class."""
    title = "Dyads in the dated actions (CAMEO quad classes)"
    d = corpus.dyads[corpus.dyads.doc_id == doc_id]
    if d.empty:
        return empty(title, "no dyads found")
    a_col, b_col = ("source", "target") if {"source", "target"} <= set(d.columns) else ("actor_a", "actor_b")
    when = [chronology.when(v, a, b) for v, a, b in zip(d.date_value, d.year_start, d.year_end)]
    d = d.assign(dyad=[" → ".join(p) for p in zip(d[a_col], d[b_col])], when=when)  # directed: source → target
    undated = int(d.when.isna().sum())
    d = d[d.when.notna()]
    if d.empty:
        return empty(title, "no dated dyads found")
    absent = [q.replace(" ", "-") for q in QUAD_STYLE if not (d.quad_class == q).any()]  # said, not left to the legend
    counts = d.groupby("dyad").size()  # the most active dyads among the dated rows, never cut inside a tie
    order, left_out = findings.top(counts, top)
    omitted = int((~d.dyad.isin(order)).sum())
    d = d[d.dyad.isin(order)]
    names = findings.names(corpus)  # the codebook's names, also for a side the text's actors table lacks
    fig, ax = plt.subplots(figsize=(10, max(0.42 * len(order) + 2.0, 3.6)))  # room for the y-axis title
    present = [q for q in QUAD_STYLE if (d.quad_class == q).any()]  # the legend lists only classes drawn
    for i, dy in enumerate(order):
        ax.axhline(i, color="#eeeeee", linewidth=0.8, zorder=0)
        for q in present:
            color, marker = QUAD_STYLE[q]
            x = d[(d.dyad == dy) & (d.quad_class == q)].when
            ax.scatter(x, [i] * len(x), color=color, marker=marker, s=40, zorder=2)
    labels = [findings.name(names, str(dy).split(" → "), " → ") for dy in order]
    ax.set_yticks(range(len(order)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("year")
    ax.set_ylabel("dyad (source → target)", fontsize=9)  # short: fits the one-row axis of the least height
    handles = [
        plt.Line2D([], [], color=QUAD_STYLE[q][0], marker=QUAD_STYLE[q][1], linestyle="", label=q) for q in present
    ]
    legend_beside(ax, handles, title="CAMEO quad class", title_fontsize=8)
    year_axis(ax, *year_range(d.when.min(), d.when.max()))
    ax.set_title(title)
    return finish(
        fig,
        f"Each marker one dyad row (source side → target side of one dated, asserted action; the two "
        f"directions of a pair are drawn as two dyads); "
        f"n = {count(len(d), 'dated row')} of {count(d.action_id.nunique(), 'action')} drawn; not drawn: "
        f"{count(undated, 'undated row')}"
        f"{' and ' + count(omitted, 'dated row') + ' of ' + count(len(left_out), 'less active dyad') if omitted else ''}. "
        f"{'No dated ' + ' or '.join(absent) + ' row. ' if absent else ''}"
        f"Dyads are ranked by dated rows; {findings.together_at_cut('dyads')}, never split. "
        f"{_src(doc_id, 'dyads')}",
        f"Dyad timeline of {count(len(order), 'dyad')}; classes present: {', '.join(present) or 'none'}.",
    )


def themes_by_bloc(corpus, doc_id: str, split: int | None = None):
    """Heatmap: blocs before and after ``split`` (rows) by theme (columns), mean theme share of their events;
    ``split`` defaults to the first year of the document's :func:`kzlib.synthesis.span`."""
    if split is None:
        split = (synthesis.span(corpus, doc_id) or (None,))[0]
    title = f"Which themes travel with which bloc, before and from {split}"
    table = synthesis.themes_by_bloc_and_period(corpus, doc_id, split) if len(corpus.events) else None
    if table is None or table.empty:
        return empty(title, "no dated events with bloc members found")
    labels = _labels(corpus.codebook)
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(table) + 2.4))
    n = synthesis.bloc_eras(corpus, doc_id, split).groupby(["bloc", "era"]).event_id.nunique()
    rows = [f"{b}, {e} ({int(n.get((b, e), 0))} event{'s' if n.get((b, e), 0) != 1 else ''})" for b, e in table.index]
    theme_heatmap(
        ax,
        table,
        labels,
        rows,
        ylabel="bloc, era (dated events)",
        scale="mean theme share (0–1)",
        title=title,
        fmt="{:.2f}",
        cmap="Oranges",
    )
    return finish(
        fig,
        f"Cell: mean theme share of the paragraphs holding the bloc's dated events; blank = 0.00. "
        f"{count(len(table), 'bloc–era row')}, {count(n.sum(), 'event–bloc pair')}; the number of events behind each row is in "
        f"brackets (a row of one or two events is an instance, not a pattern). {_src(doc_id, 'events and themes')}",
        f"Heatmap of mean theme shares for {count(len(table), 'bloc and era row', 'bloc and era rows')} by "
        f"{count(table.shape[1], 'theme')}.",
    )
