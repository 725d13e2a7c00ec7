"""Actor figures: who is named, where in the text, in which sections, with whom, and the bloc balance.

What these figures count are mentions (names in the text), not actions.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from .. import association as assoc
from .. import findings, presence, themes
from ._style import TYPE_COLORS, annotated_heatmap, count, empty, finish, grouped_bars, integer_axis


def _names(corpus) -> dict:
    return dict(zip(corpus.actors.actor_id, corpus.actors.name))


def _src(doc_id: str | None = None) -> str:
    return f"Source: {doc_id}, kzlib mentions table." if doc_id else "Source: kzlib mentions table."


def mentions_by_type(corpus, top: int = 20):
    """Left: mentions per actor type. Right: the most-named actors, coloured by type."""
    title = "Who is named: mentions by actor type and the most-named actors"
    if corpus.mentions.empty:
        return empty(title, "no actor mentions found")
    types = presence.by_type(corpus)
    kept = set(findings.top(corpus.actors.set_index("actor_id").mentions, top)[0])  # ties at the cut: together
    acts = corpus.actors[corpus.actors.actor_id.isin(kept)]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 0.24 * len(acts) + 2.2), gridspec_kw={"width_ratios": [1, 1.6]})
    ax1.barh(range(len(types)), types.mentions, color=[TYPE_COLORS.get(t, "#999999") for t in types.index])
    ax1.set_yticks(range(len(types)), types.index, fontsize=8)
    ax1.invert_yaxis()
    for i, r in enumerate(types.itertuples()):
        ax1.text(r.mentions, i, f" {r.mentions} ({count(r.actors, 'actor')})", va="center", fontsize=7)
    ax1.set_xlim(0, types.mentions.max() * 1.6)
    ax1.set_xlabel("mentions")
    integer_axis(ax1, "x")
    ax1.set_ylabel("actor type")
    ax1.set_title("Mentions by actor type", fontsize=10)
    ax2.barh(range(len(acts)), acts.mentions, color=[TYPE_COLORS.get(t, "#999999") for t in acts.type])
    for i, r in enumerate(acts.itertuples()):
        ax2.text(r.mentions, i, f" {r.mentions}", va="center", fontsize=7)
    ax2.set_yticks(range(len(acts)), acts.name, fontsize=8)
    ax2.invert_yaxis()
    ax2.set_xlim(0, acts.mentions.max() * 1.12)
    ax2.set_xlabel("mentions")
    integer_axis(ax2, "x")
    ax2.set_title("The most-named actor" if len(acts) == 1 else f"The {len(acts)} most-named actors", fontsize=10)
    present = [t for t in TYPE_COLORS if t in set(acts.type)]
    handles = [plt.Rectangle((0, 0), 1, 1, color=TYPE_COLORS[t]) for t in present]
    ax2.legend(handles, present, loc="lower right", fontsize=8, frameon=False, title="type", title_fontsize=8)
    fig.suptitle(title, fontweight="bold", fontsize=11)
    lead = acts.iloc[0]
    return finish(
        fig,
        f"Counted: actor mentions in paragraph text (footnotes excluded); n = {count(len(corpus.mentions), 'mention')} "
        f"of {count(len(corpus.actors), 'actor')}. Right: the {top} most-named actors"
        + (f" and {count(len(acts) - top, 'more', 'more')} tied with the last of them" if len(acts) > top else "")
        + (f" ({count(len(corpus.actors) - len(acts), 'actor')} left out)" if len(corpus.actors) > len(acts) else "")
        + f". {_src()}",
        f"Two bar charts. Mentions by type: {', '.join(f'{t} {n}' for t, n in types.mentions.items())}. "
        f"Most named: {lead['name']} with {count(lead.mentions, 'mention')}.",
    )


def dispersion(corpus, doc_id: str, actor_ids: list[str]):
    """Lexical dispersion (x-ray) plot: one row per actor, a tick at each mention's place in the text."""
    title = "Where each actor is named"
    d = presence.dispersion(corpus, doc_id, actor_ids) if actor_ids else None
    if d is None or d.empty:
        return empty(title, "no actor mentions found")
    names = _names(corpus)
    fig, ax = plt.subplots(figsize=(10, 0.38 * len(actor_ids) + 1.6))
    for i, a in enumerate(actor_ids):
        x = d.position[d.actor_id == a]
        ax.plot(x, [i] * len(x), "|", markersize=12, color="#4c72b0")
    ax.set_yticks(range(len(actor_ids)), [names.get(a, a) for a in actor_ids], fontsize=8)
    src_len = len(corpus.source(doc_id))
    secs = corpus.sections[corpus.sections.doc_id == doc_id]
    for r in secs.itertuples():
        ax.axvline(r.start / src_len, color="#bbbbbb", linewidth=0.7, zorder=0)
        ax.text(r.start / src_len + 0.003, -0.9, r.section_id, fontsize=7, color="#555555")
    ax.set_xlim(0, 1)
    ax.set_ylim(len(actor_ids) - 0.5, -1.3)
    ax.set_xlabel("position in the text (share of characters, 0 = start, 1 = end)")
    ax.set_ylabel("actor")
    ax.set_title(title)
    return finish(
        fig,
        f"Each tick is one mention (n = {len(d)}) of the {count(len(actor_ids), 'most-named actor')}; grey lines "
        f"mark section starts. {_src(doc_id)}",
        f"Dispersion plot of {count(len(d), 'mention')} of {count(len(actor_ids), 'actor')} across the text, one row per "
        f"actor, with section boundaries.",
    )


def section_heatmap(corpus, doc_id: str, top: int = 15):
    """Actors (rows) by section (columns): mention counts, annotated."""
    title = "Actors by section: mentions"
    table = presence.by_section(corpus, doc_id, top)
    if table.empty:
        return empty(title, "no actor mentions found")
    names = _names(corpus)
    fig, ax = plt.subplots(figsize=(9, 0.36 * len(table) + 2.0))
    im = annotated_heatmap(ax, table, fmt="{:d}", cmap="Blues")
    ax.set_xticks(range(table.shape[1]), table.columns, fontsize=8)
    ax.set_yticks(range(table.shape[0]), [names.get(a, a) for a in table.index], fontsize=8)
    ax.set_xlabel("section")
    ax.set_ylabel("actor")
    integer_axis(fig.colorbar(im, ax=ax, label="mentions", shrink=0.8).ax, "y")
    ax.set_title(title)
    return finish(
        fig,
        f"Mentions of the {count(len(table), 'most-named actor')} in each section "
        f"({findings.together_at_cut('actors')}); blank = none. "
        f"n = {count(table.values.sum(), 'mention')}. {_src(doc_id)}",
        f"Heatmap of mention counts, {count(len(table), 'actor')} by {count(table.shape[1], 'section')}; the largest "
        + ("cells, tied, are " if len(findings.leaders(table.stack())) > 1 else "cell is ")
        + " and ".join(f"{names.get(a, a)} in {s}" for a, s in findings.leaders(table.stack()))
        + f" ({int(table.values.max())}).",
    )


def association(corpus, doc_id: str, actor_ids: list[str]):
    """Lower-triangle matrix: Jaccard index of the paragraphs naming each pair of actors, shared count beside it."""
    title = "Who is named with whom: Jaccard index over paragraphs"
    if len(actor_ids) < 2 or corpus.mentions[corpus.mentions.doc_id == doc_id].empty:
        return empty(title, "fewer than two actors named")
    index, shared = assoc.jaccard(corpus, doc_id, actor_ids)
    names = _names(corpus)
    n = len(actor_ids)
    masked = index.values.astype(float).copy()
    masked[np.triu_indices(n)] = np.nan
    fig, ax = plt.subplots(figsize=(9, 0.42 * n + 2.4))
    im = ax.imshow(masked, cmap="Purples", vmin=0, vmax=1, aspect="auto")
    for i in range(n):
        for j in range(i):
            if shared.values[i, j]:
                v = index.values[i, j]
                ax.text(
                    j,
                    i,
                    f"{v:.2f}\n({shared.values[i, j]})",
                    ha="center",
                    va="center",
                    fontsize=6,
                    color="white" if v > 0.45 else "black",
                )
    labels = [f"{names.get(a, a)} ({shared.values[k, k]})" for k, a in enumerate(actor_ids)]
    ax.set_xticks(range(n), labels, rotation=40, ha="right", fontsize=7)
    ax.set_yticks(range(n), labels, fontsize=7)
    ax.set_xlabel("actor (paragraphs naming it)")
    ax.set_ylabel("actor (paragraphs naming it)")
    fig.colorbar(im, ax=ax, label="Jaccard index (shared ÷ either)", shrink=0.8)
    ax.set_title(title)
    pairs = assoc.strongest_pairs(corpus, doc_id, actor_ids, n=1)
    best = pairs.iloc[0] if len(pairs) else None
    best_text = (
        (
            f"The strongest pair is {names.get(best.actor_a)} and {names.get(best.actor_b)} "
            f"({best.jaccard:.2f}, {count(best.shared, 'shared paragraph')})."
        )
        if best is not None
        else ""
    )
    return finish(
        fig,
        f"Cell: Jaccard index of the two actors' paragraph sets, shared paragraphs in brackets; blank = "
        f"never named together. Pairs of names, not joint events. {n} most-named actors. "
        f"{_src(doc_id)}",
        f"Lower-triangle matrix of Jaccard indices for {n} actors. {best_text}",
    )


network = association  # the co-occurrence hairball was replaced by the association matrix


def balance(corpus, doc_id: str):
    """Grouped bars: the great-power blocs by section, mentions per 1,000 words."""
    title = "The great-power balance, section by section"
    counts = presence.balance(corpus, doc_id, per=None)  # the n behind each rate, and the rates from them
    if counts.empty or not counts.values.any():
        return empty(title, "no bloc members named")
    words = themes.section_words(corpus, doc_id)
    table = presence.per_words(counts, words)
    fig, ax = plt.subplots(figsize=(10, 4.4))
    grouped_bars(ax, table, ["#4c72b0", "#c44e52", "#dd8452", "#55a868", "#8172b3", "#937860"])
    width = 0.8 / table.shape[1]
    for k, b in enumerate(table.columns):  # the n behind each rate: a short section's high rate may be 4 mentions
        for i, s in enumerate(table.index):
            if counts.loc[s, b]:
                x = i + (k - (table.shape[1] - 1) / 2) * width
                ax.text(x, table.loc[s, b], str(int(counts.loc[s, b])), ha="center", va="bottom", fontsize=7)
    ax.set_xticks(range(len(table)), [f"{s}\n{int(words.get(s, 0)):,} words" for s in table.index], fontsize=7.5)
    ax.set_ylim(0, table.values.max() * 1.12)
    ax.set_ylabel("mentions per 1,000 words")
    ax.set_xlabel("section (and its length in words)")
    ax.set_title(title, pad=28)

    def highest(b):
        first = findings.leaders(table[b])
        where = findings.tied(first)
        return f"{b} highest in {where} ({table[b].max():.1f}, {count(counts.loc[first[0], b], 'mention')})"

    return finish(
        fig,
        f"Mentions of each bloc (a state plus the actors affiliated to it) per 1,000 words of each "
        f"section; the number on a bar is the mentions behind the rate, the words of each section are under its "
        f"id (a short section's high rate can rest on a few mentions). {count(table.shape[1], 'bloc')}, "
        f"{count(len(table), 'section')}, n = {count(int(counts.values.sum()), 'mention')}. {_src(doc_id)}",
        "Grouped bar chart of bloc mentions per 1,000 words by section, each bar with its count of mentions: "
        + "; ".join(highest(b) for b in table.columns if table[b].max() > 0)
        + ".",
    )
