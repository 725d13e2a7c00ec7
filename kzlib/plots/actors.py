"""Actor figures: who is named, where in the text, in which sections, with whom, and the bloc balance."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from .. import presence
from ._style import TYPE_COLORS, annotated_heatmap, grouped_bars


def _names(corpus) -> dict:
    return dict(zip(corpus.actors.actor_id, corpus.actors.name))


def mentions_by_type(corpus, top: int = 20):
    """Left: mentions per actor type. Right: the most-named actors, coloured by type."""
    types = presence.by_type(corpus)
    acts = corpus.actors.head(top)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 5.5), gridspec_kw={"width_ratios": [1, 2]})
    ax1.bar(types.index, types.mentions, color=[TYPE_COLORS[t] for t in types.index])
    for i, r in enumerate(types.itertuples()):
        ax1.text(i, r.mentions, f"{r.mentions}\n({r.actors} actors)", ha="center", va="bottom", fontsize=7)
    ax1.set_ylabel("mentions")
    ax1.tick_params(axis="x", rotation=45)
    ax1.set_ylim(0, types.mentions.max() * 1.2)
    ax1.set_title("Mentions by actor type")
    ax2.barh(range(len(acts)), acts.mentions, color=[TYPE_COLORS[t] for t in acts.type])
    ax2.set_yticks(range(len(acts)), acts.name, fontsize=8)
    ax2.invert_yaxis()
    ax2.set_xlabel("mentions")
    ax2.set_title(f"The {top} most-named actors")
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for t, c in TYPE_COLORS.items() if t in set(acts.type)]
    ax2.legend(handles, [t for t in TYPE_COLORS if t in set(acts.type)], loc="lower right", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def dispersion(corpus, doc_id: str, actor_ids: list[str]):
    """Lexical dispersion (x-ray) plot: one row per actor, a tick at each mention's place in the text."""
    d = presence.dispersion(corpus, doc_id, actor_ids)
    names = _names(corpus)
    fig, ax = plt.subplots(figsize=(10, 0.38 * len(actor_ids) + 1.3))
    for i, a in enumerate(actor_ids):
        x = d.position[d.actor_id == a]
        ax.plot(x, [i] * len(x), "|", markersize=12, color="#4c72b0")
    ax.set_yticks(range(len(actor_ids)), [names.get(a, a) for a in actor_ids], fontsize=8)
    ax.invert_yaxis()
    src_len = len(corpus.source(doc_id))
    secs = corpus.sections[corpus.sections.doc_id == doc_id]
    for r in secs.itertuples():
        ax.axvline(r.start / src_len, color="#bbbbbb", linewidth=0.7, zorder=0)
        ax.text(r.start / src_len + 0.003, -0.9, r.section_id, fontsize=7, color="#555555")
    ax.set_xlim(0, 1)
    ax.set_ylim(len(actor_ids) - 0.5, -1.3)
    ax.set_xlabel("position in the chapter (share of characters); grey lines mark section starts")
    ax.set_title("Where each actor is named")
    fig.tight_layout()
    return fig


def section_heatmap(corpus, doc_id: str, top: int = 15):
    """Actors (rows) by section (columns): mention counts, annotated."""
    table = presence.by_section(corpus, doc_id, top)
    names = _names(corpus)
    fig, ax = plt.subplots(figsize=(9, 0.36 * len(table) + 1.6))
    im = annotated_heatmap(ax, table, fmt="{:d}", cmap="Blues")
    ax.set_xticks(range(table.shape[1]), table.columns, fontsize=8)
    ax.set_yticks(range(table.shape[0]), [names.get(a, a) for a in table.index], fontsize=8)
    fig.colorbar(im, ax=ax, label="mentions", shrink=0.8)
    ax.set_title("Actors by section")
    fig.tight_layout()
    return fig


def network(corpus, doc_id: str, top: int = 20, min_weight: int = 2):
    """Co-occurrence network of the most-named actors: edges are paragraphs shared (at least ``min_weight``)."""
    import networkx as nx

    from ..network import graph

    keep = corpus.actors.actor_id.head(top).tolist()
    pairs = corpus.cooccurrence[corpus.cooccurrence.doc_id == doc_id]
    g = graph(pairs, corpus.mentions[corpus.mentions.doc_id == doc_id], weight="paragraphs",
              min_weight=min_weight, actors=keep)
    types = dict(zip(corpus.actors.actor_id, corpus.actors.type))
    names = _names(corpus)
    for u, v in g.edges:
        g.edges[u, v]["distance"] = 1 / np.sqrt(g.edges[u, v]["weight"])
    pos = nx.kamada_kawai_layout(g, weight="distance")  # deterministic: no random start
    fig, ax = plt.subplots(figsize=(10, 7.5))
    widths = [0.4 + 0.35 * g.edges[e]["weight"] for e in g.edges]
    nx.draw_networkx_edges(g, pos, ax=ax, width=widths, edge_color="#999999", alpha=0.6)
    sizes = [60 + 12 * g.nodes[n]["mentions"] for n in g.nodes]
    nx.draw_networkx_nodes(g, pos, ax=ax, node_size=sizes, node_color=[TYPE_COLORS[types[n]] for n in g.nodes],
                           alpha=0.9)
    for n, (x, y) in pos.items():
        ax.text(x, y + 0.03 + 0.0012 * g.nodes[n]["mentions"], names.get(n, n), ha="center", va="bottom", fontsize=8,
                bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.75))
    ax.set_axis_off()
    ax.set_title(f"Actors named in the same paragraphs (top {top} actors, edges of {min_weight}+ shared paragraphs)")
    fig.tight_layout()
    return fig


def balance(corpus, doc_id: str):
    """Grouped bars: the great-power blocs by section, mentions per 1,000 words."""
    table = presence.balance(corpus, doc_id)
    fig, ax = plt.subplots(figsize=(10, 4))
    grouped_bars(ax, table, ["#4c72b0", "#c44e52", "#dd8452", "#55a868"])
    ax.set_ylabel("mentions per 1,000 words")
    ax.set_xlabel("section")
    ax.set_title("The great-power balance, section by section", pad=28)
    fig.tight_layout()
    return fig
