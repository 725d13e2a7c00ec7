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
    """Two axes side by side with titles, slanted tick labels, a colour bar, a legend beside, and a suptitle."""
    fig, (left, right) = plt.subplots(1, 2, figsize=(8, 4))
    im = left.imshow(np.arange(12).reshape(3, 4))
    left.set_xticks(range(4), [f"a long tick label {v}" for v in range(4)], rotation=35, ha="right")
    fig.colorbar(im, ax=left, label="share")
    right.plot(range(5), label="series")
    right.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    for ax in (left, right):
        ax.set_title("a panel with a longer title")
        ax.set_ylabel("number of mentions")
    fig.suptitle("A figure of two panels")
    return fig


def _layout(fig):
    p = fig.subplotpars
    return [p.left, p.right, p.bottom, p.top, p.wspace, p.hspace] + [list(ax.get_position().bounds) for ax in fig.axes]


def test_finish_lays_out_as_matplotlibs_tight_layout_measuring_each_axes_once(monkeypatch):
    plain = _busy()
    lines = 2  # the caption wraps onto two lines at this width
    plain.tight_layout(rect=(0, (0.16 * lines + 0.12) / 4, 1, 1))
    measured = []
    tightbbox = Axes.get_tightbbox
    monkeypatch.setattr(Axes, "get_tightbbox", lambda ax, *a, **k: measured.append(ax) or tightbbox(ax, *a, **k))
    room = finish(_busy(), CAPTION, "alt")
    assert sorted(map(id, measured)) == sorted(map(id, room.axes)), "each axes measured once"
    assert room.texts[-1].get_text().count("\n") == lines - 1
    assert _layout(room) == _layout(plain)
    assert not [ax for ax in room.axes if "get_tightbbox" in vars(ax)]  # every axes has its own method back
    plt.close(plain)
    plt.close(room)


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
