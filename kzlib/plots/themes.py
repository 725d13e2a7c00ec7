"""Theme figures: the mix, sections by theme, the flow through the text, topics against themes, actors by theme."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from .. import codebook, themes, topics
from ._style import annotated_heatmap

PALETTE = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974"]


def theme_colors() -> dict:
    return dict(zip(codebook.themes().theme_id, PALETTE))


def _labels() -> dict:
    return dict(zip(codebook.themes().theme_id, codebook.themes().label))


def mix(corpus, doc_id: str):
    """Bars: each theme's evidence per 100 words of the chapter, annotated with the paragraphs it leads."""
    m = themes.mix(corpus, doc_id)
    labels, colors = _labels(), theme_colors()
    fig, ax = plt.subplots(figsize=(8, 3.8))
    ax.barh(range(len(m)), m.per_100_words, color=[colors[t] for t in m.index])
    ax.set_yticks(range(len(m)), [labels[t] for t in m.index], fontsize=8)
    ax.invert_yaxis()
    for i, r in enumerate(m.itertuples()):
        ax.text(r.per_100_words, i, f"  {r.hits} terms, leads {r.paragraphs_led} ¶", va="center", fontsize=7)
    ax.set_xlim(0, m.per_100_words.max() * 1.45)
    ax.set_xlabel("weighted term matches per 100 words")
    ax.set_title("The chapter's theme mix")
    fig.tight_layout()
    return fig


def section_heatmap(corpus, doc_id: str):
    """Sections (rows) by themes (columns): weighted matches per 100 words."""
    table = themes.by_section(corpus, doc_id)
    labels = _labels()
    fig, ax = plt.subplots(figsize=(9, 4.2))
    im = annotated_heatmap(ax, table)
    ax.set_xticks(range(table.shape[1]), [labels[t] for t in table.columns], rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(table.shape[0]), table.index, fontsize=8)
    fig.colorbar(im, ax=ax, label="per 100 words", shrink=0.8)
    ax.set_title("Themes by section")
    fig.tight_layout()
    return fig


def flow(corpus, doc_id: str):
    """Stacked bars: each paragraph's theme shares, in reading order, with section boundaries."""
    th = corpus.themes[corpus.themes.doc_id == doc_id]
    shares = th.pivot(index="para_id", columns="theme_id", values="share")[codebook.themes().theme_id]
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id")
    x = paras.order.reindex(shares.index).values + 1
    colors, labels = theme_colors(), _labels()
    fig, ax = plt.subplots(figsize=(10, 3.8))
    bottom = np.zeros(len(shares))
    for t in shares.columns:
        ax.bar(x, shares[t].values, bottom=bottom, color=colors[t], width=0.9, label=labels[t])
        bottom += shares[t].values
    for sid, first in paras.groupby("section_id").order.min().items():
        ax.axvline(first + 0.5, color="black", linewidth=0.6)
        ax.text(first + 0.7, 1.02, sid, fontsize=7)
    ax.set_xlim(0.4, len(x) + 0.6)
    ax.set_ylim(0, 1.08)
    ax.set_xlabel("paragraph (reading order); empty bars: no theme term matched")
    ax.set_ylabel("share of paragraph's theme score")
    ax.legend(ncol=5, fontsize=7, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.2))
    ax.set_title("The flow of themes through the chapter", pad=14)
    fig.tight_layout()
    return fig


def topics_vs_codebook(corpus, doc_id: str, k: int = 6):
    """Heatmap: correlation of each NMF topic with each codebook theme over paragraphs."""
    corr = topics.correlation(corpus, doc_id, k)
    names = topics.nmf(corpus, doc_id, k)[0].set_index("topic").terms.str.split(", ").str[:3].str.join(", ")
    labels = _labels()
    fig, ax = plt.subplots(figsize=(9, 3.8))
    im = annotated_heatmap(ax, corr, fmt="{:.2f}", cmap="RdBu_r")
    im.set_clim(-1, 1)
    ax.set_xticks(range(corr.shape[1]), [labels[t] for t in corr.columns], rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(corr.shape[0]), [f"{t}: {names[t]}" for t in corr.index], fontsize=8)
    fig.colorbar(im, ax=ax, label="Pearson r over paragraphs", shrink=0.8)
    ax.set_title("NMF topics against the codebook themes")
    fig.tight_layout()
    return fig


def actor_heatmap(corpus, doc_id: str, top_actors: int = 12):
    """Actors (rows) by themes (columns): mean theme share of the paragraphs naming the actor."""
    table = themes.actor_themes(corpus, doc_id, top_actors)
    names = dict(zip(corpus.actors.actor_id, corpus.actors.name))
    labels = _labels()
    fig, ax = plt.subplots(figsize=(9, 0.36 * len(table) + 1.9))
    im = annotated_heatmap(ax, table, fmt="{:.2f}", cmap="Greens")
    ax.set_xticks(range(table.shape[1]), [labels[t] for t in table.columns], rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(table.shape[0]), [names.get(a, a) for a in table.index], fontsize=8)
    fig.colorbar(im, ax=ax, label="mean theme share", shrink=0.8)
    ax.set_title("Which themes come with which actors")
    fig.tight_layout()
    return fig
