"""Shared figure helpers: captions, alt text, empty layers, label wrapping, type colours, stable saving.

Every figure of ``kzlib.plots`` has a title, labelled axes with units, a caption line under it (what is
counted, n, source) and alt text (``fig.kzlib_alt``; the notebooks store it in the output metadata and the
report uses it for the image's ``alt``). A figure whose layer is empty says so in plain words.
"""

from __future__ import annotations

import textwrap
from contextlib import contextmanager
from pathlib import Path

TYPE_COLORS = {
    "state": "#4c72b0",
    "person": "#dd8452",
    "organization": "#55a868",
    "region": "#8172b3",
    "format": "#c44e52",
    "initiative": "#937860",
}
CAPTION_SIZE = 7.5


def count(n, noun: str, plural: str | None = None) -> str:
    """``n`` and its noun in agreement: ``count(1, "section")`` → '1 section', ``count(3, "section")`` → '3 sections'."""
    n = int(n)
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


def integer_axis(ax, which: str = "y") -> None:
    """Whole-number ticks on an axis that counts things (no '0.5 mentions' on a tiny text)."""
    from matplotlib.ticker import MaxNLocator

    # matplotlib's default locator (AutoLocator) with whole numbers only, so large counts keep their usual ticks
    locator = MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True, min_n_ticks=1)
    getattr(ax, f"{which}axis").set_major_locator(locator)


def year_range(first: float, last: float, min_years: int = 3) -> tuple[int, int]:
    """Whole years ``(lo, hi)`` around dates ``first``..``last`` (fractional years), at least ``min_years`` wide and
    centred on the data, so one date or one year is drawn inside a few labelled years, not in a century."""
    import math

    lo, hi = math.floor(first), math.floor(last) + 1
    need = min_years - (hi - lo)
    if need > 0:
        lo, hi = lo - need // 2, hi + need - need // 2
    return lo, hi


def year_axis(ax, lo: int, hi: int, right: float | None = None) -> None:
    """Year ticks from ``lo`` to ``hi`` (every year on a short span, every 2, 5, 10 … on longer ones, never a lone
    tick) and x limits a little around them (``right``: further right, room for labels beside the data)."""
    span = hi - lo
    step = next((s for s in (1, 2, 5, 10, 20, 50) if span / s <= 8), 100)
    first = lo + (-lo) % step
    ax.set_xticks(list(range(first, hi + 1, step)))
    ax.set_xticklabels([str(y) for y in range(first, hi + 1, step)])
    pad = max(0.25, 0.02 * span)
    ax.set_xlim(lo - pad, max(hi + pad, right if right is not None else hi + pad))


def legend_beside(ax, handles, **kwargs) -> None:
    """A legend to the right of the axes, clear of the tick labels and the axis label under them."""
    ax.legend(handles=handles, frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), **kwargs)


def wrap(label: str, width: int = 38) -> str:
    """Wrap a long label onto several lines."""
    return "\n".join(textwrap.wrap(label, width)) or label


def finish(fig, caption: str, alt: str, draw_caption: bool = True):
    """Lay the figure out with ``caption`` (what is counted, n, source) as a line under it, and attach ``alt``
    (``draw_caption=False``: the caption is kept for the report but not drawn, when the figure already says it)."""
    import matplotlib.pyplot as plt  # noqa: F401  (pyplot's layout engine)

    width = fig.get_size_inches()[0]
    text = "\n".join(textwrap.wrap(caption, int(width * 15.5)))
    lines = text.count("\n") + 1
    height = fig.get_size_inches()[1]
    room = (0.16 * lines + 0.12) / height if draw_caption else 0
    with _tight_boxes_measured_once(fig):
        fig.tight_layout(rect=(0, room, 1, 1))
    if draw_caption:
        fig.text(0.01, 0.012, text, fontsize=CAPTION_SIZE, color="#444444", ha="left", va="bottom")
    fig.kzlib_alt = alt
    fig.kzlib_caption = caption
    return fig


@contextmanager
def _tight_boxes_measured_once(fig):
    """Within the block, each axes of ``fig`` measures its tight box (ticks, labels, title: most of a figure's
    layout cost) once per renderer. matplotlib's tight layout measures every axes twice, in a first pass and again
    in a second that fits the result into the rectangle asked for (even the whole figure), with nothing moved in
    between, so the layout is the same, for half the measuring. Each axes gets its own method back after."""

    def once(method):
        measured = {}

        def get_tightbbox(renderer=None, *args, **kwargs):
            key = (renderer, args, tuple(sorted(kwargs.items())))
            if key not in measured:
                measured[key] = method(renderer, *args, **kwargs)
            return measured[key]

        return get_tightbbox

    axes = list(fig.axes)
    for ax in axes:
        ax.get_tightbbox = once(ax.get_tightbbox)  # an instance attribute, in front of the class's method
    try:
        yield
    finally:
        for ax in axes:
            del ax.get_tightbbox


def empty(title: str, message: str, caption: str = "", size=(8, 2.2)):
    """A figure for an empty layer: the title and a plain sentence ("no dated expressions found"), drawn once (the
    caption line under it only when it says something more)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=size)
    ax.set_axis_off()
    ax.set_xticks([])  # no ticks to work out: hidden, they would still be measured to place the title
    ax.set_yticks([])
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, color="#555555", transform=ax.transAxes)
    return finish(fig, caption or message, f"{title}: {message}.", draw_caption=bool(caption) and caption != message)


def grouped_bars(ax, table, colors) -> None:
    """One group of bars per row of ``table``, one bar per column, with a legend above the axes."""
    import numpy as np

    width = 0.8 / table.shape[1]
    for k, (name, col) in enumerate(table.items()):
        ax.bar(
            np.arange(len(table)) + (k - (table.shape[1] - 1) / 2) * width,
            col,
            width,
            label=name,
            color=colors[k % len(colors)],
        )
    ax.set_xticks(range(len(table)), table.index)
    readable_xticks(ax)
    ax.legend(frameon=False, ncol=table.shape[1], fontsize=8, loc="upper center", bbox_to_anchor=(0.5, 1.13))


def readable_xticks(ax, room: float = 0.85) -> None:
    """Tick labels under the axes that never overlap, however many: level when each fits its slot (``room``: the
    share of a slot a label may fill, leaving margin for the layout to narrow the axes), else turned upright; when
    even upright labels are too many for the width, only every k-th tick is labelled (the first always)."""
    import math

    labels = ax.get_xticklabels()
    if len(labels) < 2:
        return
    slot = ax.get_window_extent().width / len(labels)  # no renderer named: any backend's
    boxes = [t.get_window_extent() for t in labels]
    if max(b.width for b in boxes) <= room * slot:
        return
    ax.tick_params(axis="x", labelrotation=90)
    step = math.ceil(max(b.height for b in boxes) / (room * slot))  # upright, a label is as wide as its line
    for i, t in enumerate(labels):
        t.set_visible(i % step == 0)


def annotated_heatmap(ax, table, fmt="{:.1f}", cmap="Purples", vmin=None, vmax=None):
    """``imshow`` of a table with each cell's value written in it; returns the image.

    A cell whose value shows as zero at the format's precision is left blank (never "0.0" beside a blank), so
    blank always means zero; captions say so.
    """
    import numpy as np

    values = np.asarray(table.values, dtype=float)
    im = ax.imshow(values, cmap=cmap, aspect="auto", vmin=vmin, vmax=vmax)
    top = np.nanmax(np.abs(values)) if values.size else 1
    top = top or 1
    zero = fmt.format(0)
    for (i, j), v in np.ndenumerate(values):
        text = fmt.format(int(v) if "d" in fmt else v)
        if np.isnan(v) or text in (zero, "-" + zero):
            continue
        ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if abs(v) > 0.6 * top else "black")
    return im


def theme_heatmap(ax, table, labels: dict, rows, *, ylabel: str, scale: str, title: str, xlabel="theme", **cells):
    """The frame of every heatmap whose columns are themes: :func:`annotated_heatmap` of ``table`` (``cells``: its
    ``fmt``, ``cmap``, ``vmin``, ``vmax``), the themes' ``labels`` slanted under the columns, ``rows`` (one label a
    row) beside them, the axis labels, a colour bar labelled ``scale`` and the title; returns the image."""
    im = annotated_heatmap(ax, table, **cells)
    ax.set_xticks(range(table.shape[1]), [labels.get(t, t) for t in table.columns], rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(table.shape[0]), rows, fontsize=8)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.figure.colorbar(im, ax=ax, label=scale, shrink=0.8)
    ax.set_title(title)
    return im


def save(fig, outdir, name: str) -> list[Path]:
    """Save a figure as ``name.png`` and ``name.svg`` with no timestamps, so reruns give the same files."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = [outdir / f"{name}.png", outdir / f"{name}.svg"]
    fig.savefig(paths[0], metadata={"Software": None})
    fig.savefig(paths[1], metadata={"Date": None, "Creator": None})
    return paths
