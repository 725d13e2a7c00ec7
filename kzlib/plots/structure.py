"""Structure figures: section lengths, length distributions, footnote positions."""
from __future__ import annotations

import matplotlib.pyplot as plt

from .. import describe
from ..corpus import Corpus
from ._style import wrap as _wrap


def section_lengths(corpus: Corpus):
    """Horizontal bars: words per section, in reading order, annotated with paragraph counts."""
    df = describe.section_lengths(corpus)
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(df) + 1.2))
    labels = [f"{r.section_id}  {_wrap(r.title)}" for r in df.itertuples()]
    ax.barh(range(len(df)), df.words, color="#4c72b0")
    ax.set_yticks(range(len(df)), labels, fontsize=8)
    ax.invert_yaxis()
    for i, r in enumerate(df.itertuples()):
        ax.text(r.words, i, f" {r.words} words, {r.paragraphs} ¶", va="center", fontsize=8)
    ax.set_xlabel("words")
    ax.set_xlim(0, df.words.max() * 1.3)
    ax.set_title("Section lengths, in reading order")
    fig.tight_layout()
    return fig


def length_distributions(corpus: Corpus):
    """Histograms of paragraph and sentence lengths in words, with medians marked."""
    paras = corpus.paragraphs.n_words
    sents = describe.sentence_lengths(corpus).n_words
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6))
    for ax, data, name, bins in ((axes[0], paras, "paragraphs", 12), (axes[1], sents, "sentences", 15)):
        ax.hist(data, bins=bins, color="#55a868", edgecolor="white")
        ax.axvline(data.median(), color="black", linestyle="--", linewidth=1)
        ax.text(data.median(), ax.get_ylim()[1] * 0.92, f" median {data.median():.0f}", fontsize=8)
        ax.set_xlabel(f"words per {name[:-1]}")
        ax.set_ylabel(name)
        ax.set_title(f"{len(data)} {name}")
    fig.tight_layout()
    return fig


def footnote_positions(corpus: Corpus):
    """Where footnotes attach: paragraphs along the text, sized by length, marked where cited."""
    paras = corpus.paragraphs
    sections = corpus.sections
    fig, ax = plt.subplots(figsize=(9, 2.4))
    ax.bar(paras.order, paras.n_words, color="#cccccc", width=0.9)
    cited = paras.merge(corpus.footnotes, on=["doc_id", "para_id"])
    ax.bar(cited.order, cited.n_words, color="#c44e52", width=0.9)
    for r in cited.itertuples():
        ax.annotate(f"fn {r.number}", (r.order, r.n_words), textcoords="offset points", xytext=(0, 3),
                    ha="center", fontsize=8)
    firsts = paras.groupby("section_id").order.min()
    for sid, order in firsts.items():
        ax.axvline(order - 0.5, color="#888888", linewidth=0.6)
        ax.text(order - 0.3, ax.get_ylim()[1], sid, fontsize=7, va="top")
    ax.set_xlabel("paragraph (reading order)")
    ax.set_ylabel("words")
    ax.set_title(f"{len(cited)} footnoted paragraphs (red) among {len(paras)}; lines mark {len(sections)} sections")
    fig.tight_layout()
    return fig
