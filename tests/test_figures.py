"""Every figure and summary of kzlib.plots draws on generated texts, empty layers included: a figure whose
layer is empty says so plainly; every figure has a title, a caption line and alt text; and none shows the small
glitches of tiny texts (a count that disagrees with its noun, half ticks on an axis that counts things, an empty
layer's message drawn twice).
(Four small texts and a generated one, every registered figure laid out and drawn for each: every artist's draw
runs, without rasterising the pixels (``Figure.draw_without_rendering``), as the notebooks and the report test do on
real texts; the browser test rasterises one through ``save``, PNG and SVG.)"""

import inspect
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kzlib
from kzlib import describe, presence, themes
from kzlib.report import figure_registry

from conftest import SHIPPED

SENTENCES = [
    "Kazakhstan and the United States signed an agreement in March 2019.",
    "Russia and China expanded trade and investment in the region.",
    "The weather was mild and the market was quiet.",
    "President Tokayev announced political reforms in 2020.",
    "Officials in Washington discussed security and counterterrorism.",
    "Nothing of note happened that week.",
    "Uzbekistan opened its borders to its Central Asian neighbors in 2016.",
]


COUNT_AXIS = re.compile(r"^(?:mentions|number of|words in the|dated events|paragraph number|dated event,)")


def draw_all(corpus):
    """Draw every registered figure of the corpus's first document and check each: alt text, caption, title; counts
    agree with their nouns in the caption, alt text and titles ("1 section", not "1 sections"); axes that count
    things have whole-number ticks; an empty layer's message is drawn once (not again as the caption line)."""
    doc_id = corpus.documents.doc_id.iloc[0]
    drawn = []
    for name, func, kwargs in figure_registry():
        args = {k: (v(corpus, doc_id) if callable(v) else v) for k, v in kwargs.items()}
        if "doc_id" in inspect.signature(func).parameters:
            args["doc_id"] = doc_id
        fig = func(corpus, **args)
        try:
            assert getattr(fig, "kzlib_alt", ""), f"{name}: no alt text"
            assert getattr(fig, "kzlib_caption", ""), f"{name}: no caption"
            titles = [ax.get_title() for ax in fig.axes] + [fig._suptitle.get_text() if fig._suptitle else ""]
            assert any(titles), f"{name}: no title"
            fig.draw_without_rendering()  # lays out and draws every artist (ticks included), no pixels
            words = " ".join([fig.kzlib_caption, fig.kzlib_alt] + [ax.get_title() for ax in fig.axes])
            assert not re.search(r"(?<![\d.,])1 (?!¶)[a-z–-]+s\b(?! have)", words), (name, words)
            for ax in fig.axes:
                for label, ticks in ((ax.get_xlabel(), ax.get_xticks()), (ax.get_ylabel(), ax.get_yticks())):
                    if COUNT_AXIS.match(label):
                        assert all(float(v).is_integer() for v in ticks), (name, label, list(ticks))
            in_axes = {t.get_text().strip() for ax in fig.axes for t in ax.texts} - {""}
            assert not [t.get_text() for t in fig.texts if t.get_text().strip() in in_axes], name
        finally:
            plt.close(fig)
        drawn.append(name)
    return drawn


def summaries(corpus):
    doc_id = corpus.documents.doc_id.iloc[0]
    describe.key_figures(corpus)
    presence.by_type(corpus)
    themes.mix(corpus, doc_id)


@pytest.mark.parametrize(
    "text",
    [
        "One line.",
        "Title Line\n\nKazakhstan met the United States.\n\nNo dates here, only words.",
        "A Short Note\n\nKazakhstan signed an agreement with the United States in March 2019.\n",
        "A Short Note\n\nThe weather was mild and the market was quiet.\n",
    ],
    # an untitled line (no names, dates or theme terms); names and an action but no date; one paragraph with
    # every layer (a date, an event); one titled paragraph with no names or dates
    ids=["one-line", "no-dates", "tiny", "tiny-empty"],
)
def test_small_texts_draw_plainly_and_without_small_glitches(text):
    corpus = kzlib.load(texts={"note": text}, codebook=SHIPPED)
    summaries(corpus)
    assert len(draw_all(corpus)) == len(figure_registry())


def test_an_empty_layer_says_so():
    from kzlib.plots import chronology

    corpus = kzlib.load(texts={"note": "A plain note with no dates."}, codebook=SHIPPED)
    fig = chronology.timeline(corpus, "note")
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    plt.close(fig)
    assert "no dated expressions found" in texts


@settings(
    max_examples=1, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)  # fresh draws: HYPOTHESIS_PROFILE=explore
@given(st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4), min_size=1, max_size=6))
def test_every_figure_draws_on_generated_texts(paragraphs):
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    corpus = kzlib.load(texts={"generated": text}, codebook=SHIPPED)
    summaries(corpus)
    draw_all(corpus)


def test_theme_figures_read_the_corpus_codebook(tmp_path):
    """A codebook of one's own with its own themes: the figures label and order them from it, not the shipped one."""
    import pandas as pd

    from kzlib.codebook import Codebook
    from kzlib.plots import themes as theme_plots

    folder = tmp_path / "cb"
    folder.mkdir()
    pd.DataFrame([dict(theme_id="maritime", label="Maritime affairs", description="ports and shipping")]).to_csv(
        folder / "themes.csv", index=False
    )
    pd.DataFrame(
        [dict(theme_id="maritime", term="port", weight=1), dict(theme_id="maritime", term="ships", weight=1)]
    ).to_csv(folder / "theme_terms.csv", index=False)
    corpus = kzlib.load(
        texts={"note": "A Note\n\nThe port took ships.\n\nMore ships came to the port."}, codebook=Codebook.load(folder)
    )
    for draw in (theme_plots.mix, theme_plots.flow, theme_plots.section_heatmap):
        fig = draw(corpus, "note")
        labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels() + ax.get_xticklabels()]
        labels += [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
        plt.close(fig)
        assert "Maritime affairs" in labels, (draw.__name__, labels)


def test_actor_lanes_with_only_people_outside_the_codebook():
    """Dated events whose only actors are other:<Name> (no codebook type): the lanes draw, named and in the legend."""
    from kzlib.plots import chronology as chronology_plots

    text = "Readout of a Call\n\nMarch 3, 2021\n\nToday, Deputy Secretary Quill Dorran met Special Envoy Ama Lusk.\n"
    corpus = kzlib.load(texts={"r": text}, codebook=SHIPPED)
    fig = chronology_plots.actor_lanes(corpus, "r")
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    legend = [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    fig.canvas.draw()
    plt.close(fig)
    assert all(not s.startswith("other:") for s in labels)
    assert legend == [] or "outside the codebook" in legend
