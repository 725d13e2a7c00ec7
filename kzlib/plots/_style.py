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


def save(fig, outdir, name: str) -> list[Path]:
    """Save a figure as ``name.png`` and ``name.svg`` with no timestamps, so reruns give the same files."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = [outdir / f"{name}.png", outdir / f"{name}.svg"]
    fig.savefig(paths[0], metadata={"Software": None})
    fig.savefig(paths[1], metadata={"Date": None, "Creator": None})
    return paths
