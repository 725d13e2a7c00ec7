"""Theme figures: the mix, sections by theme, the flow through the text, topics against themes, actors by theme.

Theme scores count weighted matches of the theme codebook's terms (no actor names among them) per 100 words.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from .. import findings, themes, topics
from ._style import count, empty, finish, integer_axis, theme_heatmap

PALETTE = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974"]


def theme_colors(cb) -> dict:
    """A colour for each theme of codebook ``cb``, in its order."""
    return dict(zip(cb.themes.theme_id, PALETTE))


def _labels(cb) -> dict:
    return dict(zip(cb.themes.theme_id, cb.themes.label))


def _src(doc_id: str) -> str:
    return f"Source: {doc_id}, kzlib themes and theme_evidence tables."


def _has_evidence(corpus, doc_id: str) -> bool:
    return bool(len(corpus.theme_evidence[corpus.theme_evidence.doc_id == doc_id]))


def mix(corpus, doc_id: str):
    """Bars: each theme's evidence per 100 words of the text, annotated with the paragraphs it leads."""
    title = "The theme mix"
    if not _has_evidence(corpus, doc_id):
        return empty(title, "no theme terms found")
    m = themes.mix(corpus, doc_id)
    labels, colors = _labels(corpus.codebook), theme_colors(corpus.codebook)
    fig, ax = plt.subplots(figsize=(8, 4.2))
    ax.barh(range(len(m)), m.per_100_words, color=[colors.get(t, "#999999") for t in m.index])
    ax.set_yticks(range(len(m)), [labels.get(t, t) for t in m.index], fontsize=8)
    ax.invert_yaxis()
    for i, r in enumerate(m.itertuples()):
        ax.text(
            r.per_100_words,
            i,
            f"  {count(r.hits, 'match', 'matches')}, leads {r.paragraphs_led} ¶"
            + (f" (+{r.paragraphs_tied} tied)" if r.paragraphs_tied else ""),
            va="center",
            fontsize=7,
        )
    ax.set_xlim(0, m.per_100_words.max() * 1.5)
    ax.set_xlabel("weighted term matches per 100 words")
    ax.set_ylabel("theme")
    ax.set_title(title)
    n = int(m.hits.sum())
    return finish(
        fig,
        f"Weighted theme-term matches per 100 words of the whole text; n = {count(n, 'match', 'matches')} in "
        f"{count((corpus.paragraphs.doc_id == doc_id).sum(), 'paragraph')}. 'Leads': paragraphs where the "
        f"theme alone has the highest score; 'tied': where it shares the highest score with another theme. "
        f"{_src(doc_id)}",
        f"Horizontal bar chart of {count(len(m), 'theme')}; "
        + " and ".join(labels.get(t, t) for t in findings.leaders(m.per_100_words))
        + (" have" if len(findings.leaders(m.per_100_words)) > 1 else " has")
        + f" the most evidence ({m.per_100_words.max():.2f} per 100 words).",
    )


def section_heatmap(corpus, doc_id: str):
    """Sections (rows) by themes (columns): weighted matches per 100 words."""
    title = "Themes by section"
    if not _has_evidence(corpus, doc_id):
        return empty(title, "no theme terms found")
    table = themes.by_section(corpus, doc_id)
    labels = _labels(corpus.codebook)
    fig, ax = plt.subplots(figsize=(9, 0.32 * len(table) + 2.6))
    ev = corpus.theme_evidence[corpus.theme_evidence.doc_id == doc_id]
    sections = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id").section_id
    matches = ev.para_id.map(sections).value_counts()  # the n behind a section's rates
    words = themes.section_words(corpus, doc_id)
    rows = [
        f"{s} ({count(matches.get(s, 0), 'match', 'matches')}, {int(words.get(s, 0)):,} words)" for s in table.index
    ]
    theme_heatmap(
        ax,
        table,
        labels,
        rows,
        ylabel="section (theme-term matches, words)",
        scale="weighted matches per 100 words",
        title=title,
    )

    def lead(row) -> str:  # a tie is said as one, never one of it picked silently
        first = [labels.get(t, t) for t in findings.leaders(row)]
        return findings.tied(first) or "none"

    return finish(
        fig,
        f"Weighted theme-term matches per 100 words of each section; blank = below 0.05. Each section's matches "
        f"and words are beside its id: a short section's rate can rest on one match. "
        f"{count(len(table), 'section')} × {count(table.shape[1], 'theme')}. {_src(doc_id)}",
        "Heatmap of theme scores by section; leading theme per section: "
        + "; ".join(f"{s} {lead(row)}" for s, row in table.iterrows())
        + ".",
    )


def flow(corpus, doc_id: str):
    """Stacked bars: each paragraph's theme scores (per 100 words), in reading order, with section boundaries."""
    title = "The flow of themes through the text"
    if not _has_evidence(corpus, doc_id):
        return empty(title, "no theme terms found")
    th = corpus.themes[corpus.themes.doc_id == doc_id]
    order = corpus.codebook.theme_ids
    scores = th.pivot(index="para_id", columns="theme_id", values="score").reindex(columns=order).fillna(0)
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id")
    scores = scores.reindex(paras.index).fillna(0)
    x = paras.order.values + 1
    colors, labels = theme_colors(corpus.codebook), _labels(corpus.codebook)
    fig, ax = plt.subplots(figsize=(10, 4.4))
    bottom = np.zeros(len(scores))
    for t in scores.columns:
        if scores[t].any():
            ax.bar(
                x, scores[t].values, bottom=bottom, color=colors.get(t, "#999999"), width=0.9, label=labels.get(t, t)
            )
        bottom += scores[t].values
    top = bottom.max() * 1.12 if bottom.max() else 1
    for sid, first in paras.groupby("section_id").order.min().items():
        ax.axvline(first + 0.5, color="black", linewidth=0.6)
        ax.text(first + 0.7, top * 0.99, sid, fontsize=7, va="top")
    none = [int(v) for v, b in zip(x, bottom) if b == 0]
    for v in none:
        ax.text(v, 0, "∅", ha="center", va="bottom", fontsize=7, color="#888888")
    ax.set_xlim(0.4, len(x) + 0.6)
    ax.set_ylim(0, top)
    ax.set_xlabel("paragraph number in reading order (1 = first); ∅: no theme term matched")
    integer_axis(ax, "x")
    ax.set_ylabel("weighted matches per 100 words")
    ax.legend(ncol=5, fontsize=7, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.2))
    ax.set_title(title)
    return finish(
        fig,
        f"Each bar: one paragraph's theme scores (weighted matches per 100 words), stacked by theme; "
        f"n = {count(len(x), 'paragraph')}, {len(none)} with no match. {_src(doc_id)}",
        f"Stacked bar chart of theme scores for {count(len(x), 'paragraph')} in reading order, with section "
        f"boundaries; {len(none)} {'paragraph has' if len(none) == 1 else 'paragraphs have'} no theme term.",
    )


def topics_vs_codebook(corpus, doc_id: str, k: int = 6):
    """Heatmap: correlation of each NMF topic (reference fit) with each codebook theme over paragraphs, with the
    topic's stability over refits in its label."""
    title = "NMF topics against the codebook themes"
    if not topics.feasible(corpus, doc_id, k):
        return empty(title, f"too few paragraphs or shared words for a {k}-topic model")
    corr = topics.correlation(corpus, doc_id, k)
    stab = topics.stability(corpus, doc_id, k).set_index("topic")
    names = stab.terms.str.split(", ").str[:3].str.join(", ")
    labels = _labels(corpus.codebook)
    fig, ax = plt.subplots(figsize=(9.5, 0.4 * k + 2.8))
    theme_heatmap(
        ax,
        corr,
        labels,
        [f"{t}: {names[t]} (stability {stab.cosine_mean[t]:.2f})" for t in corr.index],
        xlabel="codebook theme",
        ylabel="NMF topic (top terms)",
        scale="Pearson r over paragraphs",
        title=title,
        fmt="{:.2f}",
        cmap="RdBu_r",
        vmin=-1,
        vmax=1,
    )
    n = int((corpus.paragraphs.doc_id == doc_id).sum())
    return finish(
        fig,
        f"Cell: Pearson r between a topic's paragraph weights and a theme's paragraph shares "
        f"(n = {count(n, 'paragraph')}); blank = 0.00. Stability: mean cosine similarity of the topic to its "
        f"closest match in {int(stab.fits.iloc[0])} refits from random starts. {_src(doc_id)}",
        f"Heatmap of correlations between {k} NMF topics and {corr.shape[1]} codebook themes; "
        + "; ".join(
            f"{t} best matches {labels.get(corr.loc[t].idxmax(), '')} (r {corr.loc[t].max():.2f})" for t in corr.index
        )
        + ".",
    )


def actor_heatmap(corpus, doc_id: str, top_actors: int = 12):
    """Actors (rows) by themes (columns): mean theme share of the paragraphs naming the actor."""
    title = "Themes of the paragraphs that name each actor"
    table = themes.actor_themes(corpus, doc_id, top_actors)
    if table.empty or not _has_evidence(corpus, doc_id):
        return empty(title, "no actors or no theme terms found")
    names = dict(zip(corpus.actors.actor_id, corpus.actors.name))
    labels = _labels(corpus.codebook)
    fig, ax = plt.subplots(figsize=(9, 0.36 * len(table) + 2.4))
    m = corpus.mentions[corpus.mentions.doc_id == doc_id]
    n_par = m.groupby("actor_id").para_id.nunique()
    theme_heatmap(
        ax,
        table,
        labels,
        [f"{names.get(a, a)} ({int(n_par.get(a, 0))} ¶)" for a in table.index],
        ylabel="actor (paragraphs naming it)",
        scale="mean theme share (0–1)",
        title=title,
        fmt="{:.2f}",
        cmap="Greens",
    )
    return finish(
        fig,
        f"Cell: mean share of the theme in the paragraphs naming the actor; blank = 0.00. "
        f"{count(len(table), 'most-named actor')} ({findings.together_at_cut('actors')}), with the number "
        f"of paragraphs behind each row (¶). No term inside an actor's name counts. The paragraphs an actor is named in, "
        f"not what it does. {_src(doc_id)}",
        f"Heatmap of mean theme shares for {count(len(table), 'actor')}; "
        + "; ".join(
            f"{names.get(a, a)} leans to "
            + (findings.tied(labels.get(t, t) for t in findings.leaders(table.loc[a])) or "no theme")
            for a in table.index[:6]
        )
        + ".",
    )
