"""Chronology figures: the timeline, events per year, narrative order against story time, actor lanes."""
from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np

from .. import chronology


def _short(label: str, width: int = 48) -> str:
    return textwrap.shorten(label, width, placeholder="…")


def timeline(corpus, doc_id: str, start_year: int = 1990):
    """One row per event in story order: a dot (or a bar for spans) at its date and its label beside it."""
    ev = chronology.story(corpus, doc_id).sort_values(["when", "text_order"]).reset_index(drop=True)
    ev = ev[ev.year_end >= start_year].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(10, 0.27 * len(ev) + 1.2))
    for i, r in ev.iterrows():
        if r.year_end > r.year_start:
            ax.plot([r.year_start, r.year_end + 1], [i, i], color="#4c72b0", linewidth=4, alpha=0.45,
                    solid_capstyle="butt")
        ax.plot(r.when, i, "o", color="#4c72b0", markersize=4)
        ax.text(r.year_end + 1.3 if r.year_end > r.year_start else r.when + 0.4, i,
                f"{r.date_value}  {_short(r.label)}", va="center", fontsize=7)
    ax.set_yticks(range(len(ev)), ev.event_id, fontsize=6)
    ax.invert_yaxis()
    ax.set_xlim(start_year, 2040)
    ax.set_xticks(range(start_year, 2025, 5))
    ax.grid(axis="x", color="#eeeeee")
    ax.set_xlabel("year (bars: spans such as ranges and decades)")
    ax.set_title("Timeline of the events the chapter dates")
    fig.tight_layout()
    return fig


def per_year(corpus, doc_id: str):
    """Bars: events per year."""
    counts = chronology.per_year(corpus, doc_id)
    fig, ax = plt.subplots(figsize=(9, 3))
    ax.bar(counts.index, counts.values, color="#55a868", width=0.8)
    ax.set_xlabel("year (a span counted at its start)")
    ax.set_ylabel("events")
    ax.set_title("Dated events per year")
    ax.set_yticks(range(0, int(counts.max()) + 2, 2))
    fig.tight_layout()
    return fig


def narrative_vs_story(corpus, doc_id: str):
    """Events in reading order (x) against their date (y): drops are flashbacks, jumps are flash-forwards."""
    ev = chronology.story(corpus, doc_id)
    fig, ax = plt.subplots(figsize=(10, 4.2))
    ax.plot(ev.text_order, ev.when, "-", color="#cccccc", linewidth=1, zorder=1)
    ax.scatter(ev.text_order, ev.when, s=18, color="#4c72b0", zorder=2)
    para_section = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id").section_id
    sections = ev.para_id.map(para_section)
    for sid in dict.fromkeys(sections):
        first = ev.text_order[sections == sid].min()
        ax.axvline(first - 0.5, color="#dddddd", linewidth=0.8, zorder=0)
        ax.text(first - 0.3, ev.when.min() - 1.5, sid, fontsize=7, color="#555555")
    flash = ev[ev.when < ev.when.shift(1) - 5]  # as in chronology.jumps
    for r in flash.itertuples():
        ax.annotate(r.date_value, (r.text_order, r.when), textcoords="offset points", xytext=(4, -9), fontsize=7,
                    color="#c44e52")
    ax.axhspan(2015, 2022, color="#fff3cd", zorder=0)
    ax.text(ev.text_order.max() + 0.5, 2018.5, "2015–2021", fontsize=7, va="center", ha="right", color="#8a6d00")
    ax.set_xlabel("event, in the order the text tells it")
    ax.set_ylabel("year the event happened")
    ax.set_title("Narrative order against story time (red: flashbacks of more than five years)")
    fig.tight_layout()
    return fig


def actor_lanes(corpus, doc_id: str, top: int = 10, start_year: int = 1990):
    """One lane per principal actor: a dot at each dated event it takes part in."""
    ae = chronology.actor_events(corpus, doc_id, top)
    names = dict(zip(corpus.actors.actor_id, corpus.actors.name))
    order = ae.actor_id.value_counts().sort_index().sort_values(ascending=False, kind="stable").index.tolist()
    fig, ax = plt.subplots(figsize=(10, 0.45 * len(order) + 1.2))
    for i, a in enumerate(order):
        x = ae.when[ae.actor_id == a]
        ax.axhline(i, color="#eeeeee", linewidth=0.8, zorder=0)
        ax.scatter(x, np.full(len(x), i), s=30, color="#dd8452", edgecolor="white", zorder=2)
    ax.set_yticks(range(len(order)), [names.get(a, a) for a in order], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(start_year, 2023)
    ax.axvspan(2015, 2022, color="#fff3cd", zorder=0)
    ax.set_xlabel("year")
    ax.set_title(f"Actor lanes: the {len(order)} actors with most dated events")
    fig.tight_layout()
    return fig
