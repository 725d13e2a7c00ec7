"""Synthesis figures: blocs across time, dyad timelines of cooperation and conflict, themes by bloc and era."""
from __future__ import annotations

import matplotlib.pyplot as plt

from .. import chronology, dyads, synthesis
from ._style import annotated_heatmap, grouped_bars
from .themes import _labels

QUAD_STYLE = {"verbal cooperation": ("#4c72b0", "o"), "material cooperation": ("#55a868", "s"),
              "verbal conflict": ("#dd8452", "^"), "material conflict": ("#c44e52", "D")}
BLOC_COLORS = ["#4c72b0", "#c44e52", "#dd8452", "#55a868", "#8172b3", "#937860"]


def blocs_over_time(corpus, doc_id: str):
    """Grouped bars: dated events involving each bloc, by period."""
    table = synthesis.blocs_over_time(corpus, doc_id)
    fig, ax = plt.subplots(figsize=(10, 3.8))
    grouped_bars(ax, table, BLOC_COLORS)
    ax.set_ylabel("dated events involving the bloc")
    ax.set_title("Who takes part in the dated events, period by period", pad=28)
    fig.tight_layout()
    return fig


def dyad_timeline(corpus, doc_id: str, top: int = 10):
    """One row per dyad (most active first): each coded event at its date, coloured by CAMEO quad class."""
    d = corpus.dyads[corpus.dyads.doc_id == doc_id]
    order = dyads.summary(d).index[:top].tolist()
    when = chronology.story(corpus, doc_id).set_index("event_id").when
    d = d.assign(dyad=d.actor_a + " – " + d.actor_b, when=d.event_id.map(when))
    names = dict(zip(corpus.actors.actor_id, corpus.actors.name))
    fig, ax = plt.subplots(figsize=(10, 0.42 * len(order) + 1.6))
    for i, dy in enumerate(order):
        ax.axhline(i, color="#eeeeee", linewidth=0.8, zorder=0)
        for q, (color, marker) in QUAD_STYLE.items():
            x = d[(d.dyad == dy) & (d.quad_class == q)].when
            ax.scatter(x, [i] * len(x), color=color, marker=marker, s=40, zorder=2)
    labels = [" – ".join(names.get(a, a) for a in dy.split(" – ")) for dy in order]
    ax.set_yticks(range(len(order)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(1990, 2023)
    handles = [plt.Line2D([], [], color=c, marker=m, linestyle="", label=q) for q, (c, m) in QUAD_STYLE.items()]
    ax.legend(handles=handles, frameon=False, ncol=4, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.1))
    ax.set_title("Dyads in the dated events: cooperation and conflict (CAMEO quad classes)")
    fig.tight_layout()
    return fig


def themes_by_bloc(corpus, doc_id: str, split: int = 2015):
    """Heatmap: blocs before and after ``split`` (rows) by theme (columns), mean theme share of their events."""
    table = synthesis.themes_by_bloc_and_period(corpus, doc_id, split)
    labels = _labels()
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(table) + 2))
    im = annotated_heatmap(ax, table, fmt="{:.2f}", cmap="Oranges")
    ax.set_xticks(range(table.shape[1]), [labels[t] for t in table.columns], rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(table.shape[0]), [f"{b}, {e}" for b, e in table.index], fontsize=8)
    fig.colorbar(im, ax=ax, label="mean theme share", shrink=0.8)
    ax.set_title("Which themes travel with which bloc, before and after 2015")
    fig.tight_layout()
    return fig
