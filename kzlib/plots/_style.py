"""Shared figure helpers: label wrapping, type colours, saving under stable names."""
from __future__ import annotations

import textwrap
from pathlib import Path

TYPE_COLORS = {
    "state": "#4c72b0", "person": "#dd8452", "organization": "#55a868", "region": "#8172b3",
    "format": "#c44e52", "initiative": "#937860",
}


def wrap(label: str, width: int = 38) -> str:
    """Wrap a long label onto several lines."""
    return "\n".join(textwrap.wrap(label, width)) or label


def grouped_bars(ax, table, colors) -> None:
    """One group of bars per row of ``table``, one bar per column, with a legend above the axes."""
    import numpy as np

    width = 0.8 / table.shape[1]
    for k, (name, col) in enumerate(table.items()):
        ax.bar(np.arange(len(table)) + (k - (table.shape[1] - 1) / 2) * width, col, width, label=name,
               color=colors[k % len(colors)])
    ax.set_xticks(range(len(table)), table.index)
    ax.legend(frameon=False, ncol=table.shape[1], fontsize=8, loc="upper center", bbox_to_anchor=(0.5, 1.13))


def annotated_heatmap(ax, table, fmt="{:.1f}", cmap="Purples"):
    """``imshow`` of a table with each non-zero cell's value written in it; returns the image."""
    import numpy as np

    im = ax.imshow(table.values, cmap=cmap, aspect="auto")
    vmax = np.nanmax(np.abs(table.values)) or 1
    for (i, j), v in np.ndenumerate(table.values):
        if v:
            ax.text(j, i, fmt.format(v), ha="center", va="center", fontsize=7,
                    color="white" if abs(v) > 0.6 * vmax else "black")
    return im


def save(fig, outdir, name: str) -> list[Path]:
    """Save a figure as ``name.png`` and ``name.svg`` with no timestamps, so reruns give the same files."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = [outdir / f"{name}.png", outdir / f"{name}.svg"]
    fig.savefig(paths[0], metadata={"Software": None})
    fig.savefig(paths[1], metadata={"Date": None, "Creator": None})
    return paths
