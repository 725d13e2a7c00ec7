"""Structure figures: section lengths, length distributions, footnote positions.

Paragraphs are numbered from 1 in reading order in every figure (paragraph 1 is ``P001``).
"""

from __future__ import annotations

import matplotlib.pyplot as plt

from .. import describe
from ..corpus import Corpus
from ._style import count, empty, finish, integer_axis
from ._style import wrap as _wrap


def _source_note(corpus: Corpus) -> str:
    docs = corpus.documents.doc_id.tolist()
    return f"Source: {', '.join(docs)} (kzlib tables)." if docs else "Source: kzlib tables."


def section_lengths(corpus: Corpus):
    """Horizontal bars: words per section, in reading order, annotated with paragraph counts."""
    df = describe.section_lengths(corpus)
    title = "Section lengths, in reading order"
    if df.empty or df.words.sum() == 0:
        return empty(title, "no paragraphs found")
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(df) + 1.6))
    labels = [f"{r.section_id}  {_wrap(r.title)}" for r in df.itertuples()]
    ax.barh(range(len(df)), df.words, color="#4c72b0")
    ax.set_yticks(range(len(df)), labels, fontsize=8)
    ax.invert_yaxis()
    for i, r in enumerate(df.itertuples()):
        ax.text(r.words, i, f" {r.words} words, {r.paragraphs} ¶", va="center", fontsize=8)
    ax.set_xlabel("words in the section's paragraphs")
    ax.set_ylabel("section (id and heading)")
    ax.set_xlim(0, df.words.max() * 1.3)
    integer_axis(ax, "x")
    ax.set_title(title)
    top = df.sort_values("words", ascending=False).iloc[0]
    return finish(
        fig,
        f"Words per section (headings and footnotes excluded); n = {count(len(df), 'section')}, "
        f"{count(df.words.sum(), 'word')}. {_source_note(corpus)}",
        f"Horizontal bar chart of the words in each of {count(len(df), 'section')} in reading order; the longest is "
        f"{top.section_id} ({top.title}) with {top.words} words, {top.share:.0%} of the total.",
    )


def length_distributions(corpus: Corpus):
    """Histograms of paragraph and sentence lengths in words, with medians marked (equal-width bins)."""
    import numpy as np

    paras = corpus.paragraphs.n_words
    sents = describe.sentence_lengths(corpus).n_words
    title = "Paragraph and sentence lengths"
    if paras.empty:
        return empty(title, "no paragraphs found")
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.8))
    for ax, data, name, step in ((axes[0], paras, "paragraphs", 20), (axes[1], sents, "sentences", 5)):
        if data.empty:
            ax.set_axis_off()
            ax.text(0.5, 0.5, f"no {name} found", ha="center", transform=ax.transAxes)
            continue
        bins = np.arange(0, (int(data.max()) // step + 2) * step, step)
        ax.hist(data, bins=bins, color="#55a868", edgecolor="white")
        ax.axvline(data.median(), color="black", linestyle="--", linewidth=1)
        ax.set_ylim(0, ax.get_ylim()[1] * 1.15)
        ax.text(data.median(), ax.get_ylim()[1] * 0.97, f" median {data.median():.0f}", fontsize=8, va="top")
        ax.set_xlabel(f"words per {name[:-1]} (bins of {step} words)")
        ax.set_ylabel(f"number of {name}")
        ax.set_xlim(left=0)
        integer_axis(ax, "x")
        integer_axis(ax, "y")
        ax.set_title(count(len(data), name[:-1]))
    fig.suptitle(title, fontweight="bold", fontsize=11)
    return finish(
        fig,
        f"Length in words of every paragraph (n = {len(paras)}) and sentence (n = {len(sents)}); "
        f"dashed line: median. {_source_note(corpus)}",
        f"Two histograms. Paragraphs: median {paras.median():.0f} words, longest {paras.max()}. "
        f"Sentences: median {sents.median():.0f} words, longest {sents.max() if len(sents) else 0}.",
    )


def footnote_positions(corpus: Corpus):
    """Where footnotes attach: paragraphs along the text (numbered from 1), sized by length, marked where cited."""
    paras = corpus.paragraphs
    title = "Where the footnotes attach"
    if paras.empty:
        return empty(title, "no paragraphs found")
    fig, ax = plt.subplots(figsize=(9, 2.9))
    x = paras.order + 1
    ax.bar(x, paras.n_words, color="#cccccc", width=0.9)
    cited = paras.merge(corpus.footnotes, on=["doc_id", "para_id"])
    ax.bar(cited.order + 1, cited.n_words, color="#c44e52", width=0.9)
    ax.set_ylim(0, paras.n_words.max() * 1.25)
    for r in cited.itertuples():
        ax.annotate(
            f"fn {r.number}",
            (r.order + 1, r.n_words),
            textcoords="offset points",
            xytext=(0, 3),
            ha="center",
            fontsize=8,
        )
    for sid, order in paras.groupby("section_id").order.min().items():
        ax.axvline(order + 0.5, color="#888888", linewidth=0.6)
        ax.text(order + 0.7, ax.get_ylim()[1], sid, fontsize=7, va="top")
    ax.set_xlim(0.4, len(paras) + 0.6)
    ax.set_xlabel("paragraph number in reading order (1 = first)")
    ax.set_ylabel("words in the paragraph")
    integer_axis(ax, "x")
    integer_axis(ax, "y")
    ax.set_title(title)
    where = ", ".join(f"fn {r.number} in paragraph {r.order + 1}" for r in cited.itertuples()) or "none"
    return finish(
        fig,
        f"Bars: the {count(len(paras), 'paragraph')} by length; red: the {len(cited)} holding a footnote "
        f"reference; grey lines: section starts. {_source_note(corpus)}",
        f"Bar chart of {count(len(paras), 'paragraph length')} in reading order with "
        f"{count(len(cited), 'footnoted paragraph')} in red ({where}).",
    )
