"""Figures on a text with a long span: the period labels under the bloc bars never overlap, however many periods; a
bloc with no event gets no legend entry; the dyad timeline's y-axis title fits a one-row axis."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

import kzlib
from kzlib.plots import synthesis as synthesis_plots

from conftest import SHIPPED

TEXT = (
    "Relations over a century\n\n"
    "In 1946 Kazakhstan signed an agreement with Russia. In 2021 Kazakhstan hosted talks with China. "
    "In 2059 Kazakhstan will sign a treaty with Russia.\n"
)


PERIODS = [(a, a + 4, f"{a}–{a + 4}") for a in range(1945, 2061, 5)]  # 24 five-year periods


@pytest.fixture(scope="module")
def corpus():
    return kzlib.load(texts={"span": TEXT}, codebook=SHIPPED)


def _overlap(a, b):
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_many_period_labels_never_overlap_and_only_drawn_blocs_are_in_the_legend(corpus):
    fig = synthesis_plots.blocs_over_time(corpus, "span", PERIODS)
    try:
        ax = fig.axes[0]
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        shown = [t for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
        assert len(shown) >= 2
        boxes = [t.get_window_extent(renderer) for t in shown]
        assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert legend and "United States" not in legend and "Russia" in legend
        assert "not drawn: " in " ".join(t.get_text() for t in fig.texts)
    finally:
        plt.close(fig)


def test_the_dyad_axis_title_fits_a_one_row_axis():
    text = "In 2020 Kazakhstan signed an agreement with the European Bank for Reconstruction and Development.\n"
    corpus = kzlib.load(texts={"one": text}, codebook=SHIPPED)
    fig = synthesis_plots.dyad_timeline(corpus, "one")
    try:
        assert len(fig.axes[0].get_yticks()) == 1
        fig.canvas.draw()
        box = fig.axes[0].yaxis.label.get_window_extent(fig.canvas.get_renderer())
        assert box.x0 >= 0 and box.y0 >= 0 and box.y1 <= fig.bbox.height
    finally:
        plt.close(fig)


def test_the_period_labels_are_made_readable_under_any_backend(corpus):
    """readable_xticks asked the canvas for an Agg renderer, which other backends' canvases lack:
    the figure on an SVG canvas is measured, made readable and saved as SVG and PDF."""
    import io

    from matplotlib.backends.backend_svg import FigureCanvasSVG

    from kzlib.plots import _style

    fig = synthesis_plots.blocs_over_time(corpus, "span", PERIODS)
    try:
        FigureCanvasSVG(fig)  # the figure's canvas is now an SVG one, as under matplotlib.use("svg")
        ax = fig.axes[0]
        ax.tick_params(axis="x", labelrotation=0)
        for t in ax.get_xticklabels():
            t.set_visible(True)
        _style.readable_xticks(ax)
        assert ax.get_xticklabels()[0].get_rotation() == 90  # turned upright, as under Agg
        fig.savefig(io.BytesIO(), format="svg")
        fig.savefig(io.BytesIO(), format="pdf")
    finally:
        plt.close(fig)
