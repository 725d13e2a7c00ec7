"""Figures on a tiny text (a few dates, all in one year, one dyad): a few labelled years around the dates, not a
century; at least two year ticks; legends beside the axes, clear of the tick labels and the axis label (checked by
bounding boxes after a draw); labels beside their marks; an empty "Periods" panel says so."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

import kzlib
from kzlib.plots import chronology, synthesis

TINY = (
    "Troops Cross a Border\n\n"
    "Russia attacked Ukraine on 24 February 2022. Kazakhstan and the United States signed an agreement on "
    "3 March 2022.\n"
)


@pytest.fixture(scope="module")
def tiny():
    return kzlib.load(texts={"tiny": TINY})


def _boxes(fig, ax):
    renderer = fig.canvas.get_renderer()
    fig.draw_without_rendering()
    legend = ax.get_legend().get_window_extent(renderer) if ax.get_legend() else None
    xlabel = ax.xaxis.label.get_window_extent(renderer)
    ticks = [t.get_window_extent(renderer) for t in ax.get_xticklabels() if t.get_text()]
    return legend, xlabel, ticks


@pytest.mark.parametrize("draw", [synthesis.dyad_timeline, chronology.actor_lanes], ids=["dyads", "lanes"])
def test_one_year_is_drawn_in_a_few_years_with_the_legend_clear_of_the_axis(tiny, draw):
    fig = draw(tiny, "tiny")
    try:
        ax = fig.axes[0]
        lo, hi = ax.get_xlim()
        assert lo < 2022.1 < 2022.3 < hi and hi - lo <= 6, (lo, hi)  # not 1925–2125 around one point
        inside = [t for t in ax.get_xticks() if lo <= t <= hi]
        assert len(inside) >= 2, inside
        legend, xlabel, ticks = _boxes(fig, ax)
        assert legend is not None
        assert not legend.overlaps(xlabel), (legend, xlabel)
        assert not any(legend.overlaps(t) for t in ticks)
        assert not legend.overlaps(ax.get_window_extent())  # beside the axes, not on the marks
        figure = fig.bbox
        assert legend.x1 <= figure.x1 + 1 and legend.y0 >= figure.y0 - 1  # inside the figure
    finally:
        plt.close(fig)


def test_timeline_of_one_year_has_its_labels_beside_their_dots_and_says_when_a_panel_is_empty(tiny):
    fig = chronology.timeline(tiny, "tiny")
    try:
        periods, events = fig.axes
        lo, hi = events.get_xlim()
        assert lo < 2022.1 and hi - lo <= 12, (lo, hi)
        assert len([t for t in events.get_xticks() if lo <= t <= hi]) >= 2
        assert any(t.get_text().startswith("none") for t in periods.texts)  # an empty panel says so
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        dots = [line for line in events.get_lines() if line.get_marker() == "o"]
        labels = [t for t in events.texts if t.get_text()]
        assert dots and len(labels) == len(dots)
        for dot, label in zip(dots, labels):
            x, y = events.transData.transform((dot.get_xdata()[0], dot.get_ydata()[0]))
            box = label.get_window_extent(renderer)
            assert 0 < box.x0 - x < 20 and box.y0 <= y <= box.y1, (x, y, box)  # right beside its dot
    finally:
        plt.close(fig)


def test_the_actor_theme_heatmap_says_when_an_actor_leans_to_no_theme():
    """An actor named only in paragraphs without a theme term leans to no theme: the alt text says so, not 'leans
    to .'; tied leading themes are said as one ('… (tied)')."""
    from kzlib.plots import themes

    text = "A Note\n\nRussia sent troops and tanks into the war.\n\nThe United Nations met on Tuesday.\n"
    fig = themes.actor_heatmap(kzlib.load(texts={"n": text}), "n")
    try:
        assert "United Nations leans to no theme" in fig.kzlib_alt, fig.kzlib_alt
        assert "leans to ." not in fig.kzlib_alt and "leans to ;" not in fig.kzlib_alt
    finally:
        plt.close(fig)
