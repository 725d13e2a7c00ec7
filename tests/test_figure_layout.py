"""The layout `finish` gives a figure is matplotlib's own tight layout into the room above the caption line, done
with each axes measured once (matplotlib's two passes measure every axes twice, with nothing moved in between);
an empty layer's figure, which carries no ticks, is laid out as it would be with its hidden ticks."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.axes import Axes

from kzlib.plots._style import empty, finish

CAPTION = "What is counted, n = 12, and where it comes from; long enough to wrap onto a second caption line. " * 2


def _busy():
    """Two rows of axes with titles, long tick labels, a slanted axis, a colour bar and a legend beside."""
    fig, axes = plt.subplots(2, 2, figsize=(8, 5))
    for k, ax in enumerate(axes.flat):
        ax.plot(range(5), [v * (k + 1) for v in range(5)], label=f"series {k}")
        ax.set_title(f"panel {k} with a longer title")
        ax.set_xlabel("years of the events in the text")
        ax.set_ylabel("number of mentions")
    axes[0, 1].set_xticks(range(5), [f"a long tick label {v}" for v in range(5)], rotation=35, ha="right")
    im = axes[1, 0].imshow(np.arange(12).reshape(3, 4))
    fig.colorbar(im, ax=axes[1, 0], label="share")
    axes[1, 1].legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    fig.suptitle("A figure of four panels")
    return fig


def _layout(fig):
    p = fig.subplotpars
    return [p.left, p.right, p.bottom, p.top, p.wspace, p.hspace] + [list(ax.get_position().bounds) for ax in fig.axes]


def test_finish_lays_out_as_matplotlibs_tight_layout_measuring_each_axes_once(monkeypatch):
    plain = _busy()
    room = finish(_busy(), CAPTION, "alt")  # the caption wraps onto two lines at this width
    lines = 2
    plain.tight_layout(rect=(0, (0.16 * lines + 0.12) / 5, 1, 1))
    assert room.texts[-1].get_text().count("\n") == lines - 1
    assert _layout(room) == _layout(plain)
    assert not [ax for ax in room.axes if "get_tightbbox" in vars(ax)]  # every axes has its own method back
    plt.close(plain)
    plt.close(room)

    measured = []
    tightbbox = Axes.get_tightbbox
    monkeypatch.setattr(Axes, "get_tightbbox", lambda ax, *a, **k: measured.append(ax) or tightbbox(ax, *a, **k))
    fig = finish(_busy(), CAPTION, "alt")
    assert sorted(map(id, measured)) == sorted(map(id, fig.axes)), "each axes measured once"
    plt.close(fig)


@pytest.mark.parametrize("caption", ["", "A caption that says more than the message."])
def test_an_empty_layers_figure_is_laid_out_as_with_its_hidden_ticks(caption):
    fig = empty("Dated events", "no dated expressions found", caption)
    ticked, ax = plt.subplots(figsize=(8, 2.2))
    ax.set_axis_off()  # as empty() draws it, but keeping the ticks an axes starts with
    ax.set_title("Dated events")
    ax.text(0.5, 0.5, "no dated expressions found", ha="center", va="center", fontsize=10, transform=ax.transAxes)
    finish(ticked, caption or "no dated expressions found", "alt", draw_caption=bool(caption))
    assert len(ax.get_xticks()) and not len(fig.axes[0].get_xticks())
    for f in (fig, ticked):
        f.draw_without_rendering()
    assert _layout(fig) == _layout(ticked)
    assert fig.axes[0].title.get_window_extent().bounds == ax.title.get_window_extent().bounds
    plt.close(fig)
    plt.close(ticked)
