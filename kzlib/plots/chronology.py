"""Chronology figures: the timeline, events per year, narrative order against story time, actor lanes.

Periods (ranges, decades: an event whose first and last year differ) are drawn apart from dated events.
Everything here is the text's own account of when things happened, not a checked chronology.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from .. import chronology, findings
from ..labels import event_labels
from ._style import TYPE_COLORS, empty, finish, integer_axis, legend_beside, year_axis, year_range
from ._style import count as n_of


def _paragraph_rows(ax, rows, none: str) -> None:
    """One row per item, top down, labelled with its paragraph; a centred note when there is none."""
    ax.set_yticks(range(len(rows)), [r.para_id for r in rows.itertuples()], fontsize=6)
    ax.set_ylabel("paragraph")
    if len(rows):
        ax.set_ylim(len(rows) - 0.5, -0.5)
        return
    ax.set_yticks([])
    ax.text(0.5, 0.5, none, transform=ax.transAxes, ha="center", va="center", fontsize=8, color="#555555")


FLASHBACK = "#c44e52"


def _src(doc_id: str) -> str:
    return f"Source: {doc_id}, kzlib events table (the text's own dates)."


def _not_asserted(corpus, doc_id) -> list[str]:
    """The events of a document told as plans, not happenings: an action not asserted (intended, hoped,
    hypothetical), or a dated state whose text speaks of what is to come (``lexicon.FUTURE_WORD``: "will host",
    "intend to launch") where its date's own part is not told in the past ("which had lent … since 2017, said it
    would expand" is a past loan), or has an intention cue before its date (``lexicon.FUTURE_CUE``: "pledged
    to"), as ``chronology.planned`` tests the dates, or that is an item under a lead-in about what is to come ("The
    two sides will:")."""
    ev = corpus.events[corpus.events.doc_id == doc_id]
    if ev.empty:
        return []
    acts = getattr(corpus, "actions", None)
    mood = {}
    if acts is not None and "modality" in getattr(acts, "columns", []):
        mood = dict(acts[acts.doc_id == doc_id].set_index("action_id").modality)
    docs = getattr(corpus, "docs", {})
    items = chronology.future_items(docs[doc_id]) if doc_id in docs else set()
    tx = corpus.timexes[corpus.timexes.doc_id == doc_id]
    dated_at = dict(zip(tx.timex_id, zip(tx.start, tx.end)))  # where each date stands
    out = []
    for r in ev.itertuples():
        if r.kind == "action":
            planned = mood.get(r.action_id, "asserted") != "asserted"
        else:  # the test of the dates themselves (chronology.planned), in the event's text
            text = str(r.text or "")
            i, j = (max(0, min(x - r.start, len(text))) for x in dated_at.get(r.timex_id, (r.end, r.end)))
            planned = chronology.planned(text, i, j, 0, len(text)) or r.para_id in items
        if planned:
            out.append(r.event_id)
    return out


def _story(corpus, doc_id):
    ev = chronology.story(corpus, doc_id)
    return ev[ev.when.notna()].copy() if len(ev) else ev


def timeline(corpus, doc_id: str, start_year: int | None = None):
    """Top: the periods the text names (bars). Below: one row per dated event in time order, labelled with its
    date in words, who acts (or who is named with a dated state) and what happened, in the text's words."""
    title = "Timeline of the events the text dates"
    ev = _story(corpus, doc_id)
    if ev.empty:
        return empty(title, "no dated expressions found")
    if start_year is not None:
        ev = ev[ev.year_end >= start_year]
    ev = ev.sort_values(["when", "text_order"]).reset_index(drop=True)
    labels = event_labels(corpus, doc_id, width=52)
    planned = set(_not_asserted(corpus, doc_id))  # a step the text plans or intends: drawn open, not as a happening
    spans = ev[ev.year_end > ev.year_start].reset_index(drop=True)
    points = ev[ev.year_end == ev.year_start].reset_index(drop=True)
    lo = int(min(ev.year_start.min(), start_year or ev.year_start.min()))
    hi = int(ev.year_end.max()) + 1
    heights = [max(len(spans), 1) * 0.28 + 0.6, max(len(points), 1) * 0.27 + 0.6]
    fig, (ax1, ax2) = plt.subplots(
        2, 1, figsize=(11, sum(heights) + 1.6), sharex=True, gridspec_kw={"height_ratios": heights}
    )
    beside = dict(textcoords="offset points", xytext=(6, 0), va="center", fontsize=7)  # labels a fixed gap away
    for i, r in spans.iterrows():
        ax1.plot(
            [r.year_start, r.year_end + 1],
            [i, i],
            color="#8172b3",
            linewidth=5,
            alpha=0.25 if r.event_id in planned else 0.6,
            solid_capstyle="butt",
        )
        ax1.annotate(labels[r.event_id], (r.year_end + 1, i), **beside)
    _paragraph_rows(ax1, spans, "none: the text names no period")
    ax1.set_title("Periods the text names (ranges and decades: bar from first to last year)", fontsize=9, loc="left")
    for i, r in points.iterrows():
        face = "white" if r.event_id in planned else "#4c72b0"
        ax2.plot(r.when, i, "o", color="#4c72b0", markerfacecolor=face, markersize=4.5 if face == "white" else 4)
        ax2.annotate(labels[r.event_id], (r.when, i), **beside)
    _paragraph_rows(ax2, points, "none: the text dates no single event")
    ax2.set_title("Dated events: date · who acts (or is named): what happened", fontsize=9, loc="left")
    first, last = year_range(lo, hi - 0.5)  # a few whole years around the dates, however few they are
    year_axis(ax2, first, last, right=last + (last - first) * 0.9)  # the right part is room for the labels
    for ax in (ax1, ax2):
        ax.grid(axis="x", color="#eeeeee")
    ax2.set_xlabel("year")
    n_planned = int(ev.event_id.isin(planned).sum())
    if n_planned:  # a legend only when both kinds can be told apart on the figure
        legend_beside(
            ax1 if len(spans) else ax2,
            [
                plt.Line2D([], [], marker="o", linestyle="", color="#4c72b0", label="told as done"),
                plt.Line2D(
                    [],
                    [],
                    marker="o",
                    linestyle="",
                    color="#4c72b0",
                    markerfacecolor="white",
                    label="planned, intended",
                ),
            ],
            title="event",
            title_fontsize=7,
        )
    fig.suptitle(title, fontweight="bold", fontsize=11)
    planned_words = (
        f" Open dots (lighter bars): {n_of(n_planned, 'step')} the text plans or intends (an action not asserted, or "
        f"a clause about what is to come, such as 'will host'), not a happening."
        if n_planned
        else ""
    )
    return finish(
        fig,
        f"Each row one dated expression of the text: {n_of(len(spans), 'period')} (bars from first to last year) "
        f"and {n_of(len(points), 'event')} at a year or finer (dots). Label: the date in words, who acts (an action's "
        f"agents) or, for a dated state, who is named with it, and what happened in the text's words (the date "
        f"phrase left out; … marks a shortened phrase).{planned_words} These are the text's dates, not a checked "
        f"chronology. {_src(doc_id)}",
        f"Timeline from {lo} to {hi - 1} of {n_of(len(ev), 'dated event')}: {n_of(len(spans), 'period')} (bars) and "
        f"{len(points)} at a year or finer (dots), each labelled with its date, who acts and what happened"
        + (f"; {n_of(n_planned, 'step')} planned or intended, drawn open." if n_planned else "."),
    )


def per_year(corpus, doc_id: str):
    """Bars in equal one-year bins: events dated to the year, and (lighter, stacked) periods covering it."""
    title = "Dated events per year"
    ev = _story(corpus, doc_id)
    if ev.empty:
        return empty(title, "no dated expressions found")
    lo, hi = int(ev.year_start.min()), int(ev.year_end.max())
    years = np.arange(lo, hi + 1)
    point = ev[ev.year_start == ev.year_end].year_start.astype(int).value_counts()
    covering = np.zeros(len(years))
    for r in ev[ev.year_end > ev.year_start].itertuples():
        covering[(years >= r.year_start) & (years <= r.year_end)] += 1
    points = point.reindex(years, fill_value=0).values
    fig, ax = plt.subplots(figsize=(10, 3.6))
    ax.bar(years, points, color="#4c72b0", width=0.85, label="events dated to the year")
    ax.bar(years, covering, bottom=points, color="#c9c3e6", width=0.85, label="periods covering the year")
    ax.set_xlabel("year (one bar per year)")
    ax.set_ylabel("dated events and periods (count)")
    top = int((points + covering).max())
    ax.set_yticks(range(0, top + 2, max(1, (top + 1) // 6)))
    ax.legend(frameon=False, fontsize=8, loc="upper left")
    ax.set_title(title)
    return finish(
        fig,
        f"Dark: events dated to a single year (n = {int(points.sum())}); light: periods counted in every "
        f"year they cover (n = {n_of((ev.year_end > ev.year_start).sum(), 'period')}). {_src(doc_id)}",
        f"Bar chart of dated events per year from {lo} to {hi}; most in "
        + " and ".join(str(int(y)) for y in findings.leaders(dict(zip(years, points))))
        + f" ({n_of(points.max(), 'event')}"
        + (" each)." if len(findings.leaders(dict(zip(years, points)))) > 1 else ")."),
    )


def narrative_vs_story(corpus, doc_id: str, band: tuple[int, int] | None = None, gap: float = 5):
    """Events in reading order (x) against their date (y): drops are flashbacks, jumps are flash-forwards.
    ``band`` shades a period of interest (e.g. the years a text covers)."""
    title = "Narrative order against story time"
    ev = _story(corpus, doc_id)
    if ev.empty:
        return empty(title, "no dated expressions found")
    fig, ax = plt.subplots(figsize=(10, 4.4))
    back = chronology.jumps(corpus, doc_id, gap)
    flash = ev[ev.event_id.isin(back.event_id[back.direction == "flashback"])]  # the table's flashbacks
    ax.plot(ev.text_order, ev.when, "-", color="#cccccc", linewidth=1, zorder=1)
    rest = ev[~ev.index.isin(flash.index)]
    ax.scatter(rest.text_order, rest.when, s=18, color="#4c72b0", zorder=2, label="dated event")
    ax.scatter(flash.text_order, flash.when, s=26, color=FLASHBACK, zorder=3, label=f"flashback (> {gap:g} years back)")
    para_section = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id").section_id
    sections = ev.para_id.map(para_section)
    lo, hi = ev.when.min(), ev.when.max()
    ax.set_ylim(lo - 2, hi + 0.12 * (hi - lo) + 3)
    last = -10.0
    for sid in dict.fromkeys(sections):
        first = ev.text_order[sections == sid].min()
        ax.axvline(first - 0.5, color="#dddddd", linewidth=0.8, zorder=0)
        lift = 0.06 * (hi - lo + 2) if first - last < 2.5 else 0  # stagger labels of sections that start close
        ax.text(first - 0.3, hi + 1.5 + lift, sid, fontsize=7, color="#555555")
        last = first if not lift else -10.0
    for r in flash.itertuples():
        ax.annotate(
            findings.date(r.date_value, r.mod).removeprefix("the "),
            (r.text_order, r.when),
            textcoords="offset points",
            xytext=(4, -9),
            fontsize=7,
            color=FLASHBACK,
        )
    if band:
        ax.axhspan(band[0], band[1] + 1, color="#fff3cd", zorder=0)
        right = ev.text_order.max() + 1
        ax.set_xlim(right=right + 0.08 * (right - ev.text_order.min()) + 1.5)  # room for the band's label
        ax.text(
            right + 0.3, (band[0] + band[1] + 1) / 2, f"{band[0]}–{band[1]}", fontsize=7, va="center", color="#8a6d00"
        )
    ax.set_xlabel("dated event, numbered in the order the text tells it (1 = first)")
    integer_axis(ax, "x")
    ax.set_ylabel("year it refers to")
    ax.set_title(f"{title} (red dots: flashbacks of more than {gap:g} years, labelled with their date)")
    ax.legend(frameon=False, fontsize=7, loc="lower right")
    shade = f"; shaded: {band[0]}–{band[1]}, the period the text frames itself in" if band else ""
    return finish(
        fig,
        f"Each dot one dated event (n = {len(ev)}), x its place in the text, y its date (a period at "
        f"its middle); red: {n_of(len(flash), 'flashback')}, an event dated more than {gap:g} years before the one "
        f"told just before it{shade}. {_src(doc_id)}",
        f"Scatter of {n_of(len(ev), 'dated event')}, reading order against date, with {n_of(len(flash), 'flashback')}.",
    )


def actor_lanes(corpus, doc_id: str, top: int = 10, start_year: int | None = None, band: tuple[int, int] | None = None):
    """One lane per principal actor: a marker at each dated event it takes part in (same-year events side by side),
    coloured by the actor's type."""
    title = "Actor lanes: who takes part in the dated events"
    ae = chronology.actor_events(corpus, doc_id, None) if len(corpus.events) else None  # every actor, cut below
    if ae is None or ae.empty:
        return empty(title, "no dated events with actors found")
    kept, left_out = findings.top(ae.actor_id.value_counts(), top)  # never cut inside a tie
    ae = ae[ae.actor_id.isin(kept)]
    ae = ae[ae.when.notna()]
    if start_year is not None:
        ae = ae[ae.when >= start_year]
    names = findings.names(corpus)  # the codebook's names, also for an actor that only acts and is never named
    types = {
        **dict(zip(corpus.codebook.actors.actor_id, corpus.codebook.actors.type)),
        **dict(zip(corpus.actors.actor_id, corpus.actors.type)),
    }
    order = ae.actor_id.value_counts().sort_index().sort_values(ascending=False, kind="stable").index.tolist()
    fig, ax = plt.subplots(figsize=(10, 0.5 * len(order) + 1.8))
    for i, a in enumerate(order):
        rows = ae[ae.actor_id == a].sort_values("when")
        ax.axhline(i, color="#eeeeee", linewidth=0.8, zorder=0)
        year = rows.when.astype(int)
        rank = year.groupby(year).cumcount()
        count = year.map(year.value_counts())
        offset = (rank - (count - 1) / 2) * 0.22  # same-year events side by side, not on top of each other
        ax.scatter(
            rows.when,
            i + offset,
            s=28,
            color=TYPE_COLORS.get(types.get(a), "#999999"),
            edgecolor="white",
            linewidth=0.6,
            zorder=2,
        )
        ax.annotate(
            str(len(rows)),
            (rows.when.max(), i),
            textcoords="offset points",
            xytext=(8, 0),
            va="center",
            fontsize=7,
            color="#555555",
        )
    ax.set_yticks(range(len(order)), [names.get(a, a.removeprefix("other:")) for a in order], fontsize=8)
    ax.set_ylim(len(order) - 0.5, -0.7)
    lo = int(ae.when.min()) - 1
    year_axis(ax, *year_range(ae.when.min(), ae.when.max()), right=ae.when.max() + 0.5 + 0.06 * (ae.when.max() - lo))
    if band:
        ax.axvspan(band[0], band[1] + 1, color="#fff3cd", zorder=0)
    ax.set_xlabel("year")
    ax.set_ylabel("actor (most events first)")
    present = [t for t in TYPE_COLORS if t in {types.get(a) for a in order}]
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=TYPE_COLORS[t], label=t) for t in present]
    if any(types.get(a) not in TYPE_COLORS for a in order):  # people outside the codebook (other:<Name>)
        handles.append(plt.Line2D([], [], marker="o", linestyle="", color="#999999", label="outside the codebook"))
    legend_beside(ax, handles, title="actor type", title_fontsize=8)
    ax.set_title(title)
    return finish(
        fig,
        f"Each marker: an actor in a dated event, as agent or target of a dated action or named in the clause of "
        f"a dated state (n = {n_of(len(ae), 'actor–event pair')}, {n_of(ae.event_id.nunique(), 'event')}); number at the right: "
        f"events per actor. A target or a name in a state is not an actor acting."
        + (
            f" Not drawn: {n_of(len(left_out), 'actor')} with fewer events "
            f"({findings.together_at_cut('actors', 'drawn')})."
            if left_out
            else ""
        )
        + f" {_src(doc_id)}",
        f"Lane chart of {n_of(len(order), 'actor')} over time; "
        + findings.name(names, findings.leaders(ae.actor_id.value_counts()))
        + (" have" if len(findings.leaders(ae.actor_id.value_counts())) > 1 else " has")
        + f" the most dated events ({int(ae.actor_id.value_counts().max())}"
        + (" each)." if len(findings.leaders(ae.actor_id.value_counts())) > 1 else ")."),
    )
