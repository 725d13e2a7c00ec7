"""Fixed display settings, so notebook outputs are the same on every machine and run."""

from __future__ import annotations


def _alt_metadata() -> None:
    """Let Jupyter's inline backend store each figure's alt text (``fig.kzlib_alt``, set by ``kzlib.plots``)
    in the output metadata (``{"image/png": {"alt": ...}}``), where the report's pages read it."""
    try:
        from matplotlib_inline import backend_inline
    except ImportError:  # pragma: no cover - outside Jupyter
        return
    original = getattr(backend_inline._fetch_figure_metadata, "kzlib_original", backend_inline._fetch_figure_metadata)

    def fetch(fig):
        metadata = original(fig) or {}
        alt = getattr(fig, "kzlib_alt", None)
        if alt:
            metadata["alt"] = alt
        return metadata or None

    fetch.kzlib_original = original
    backend_inline._fetch_figure_metadata = fetch


def setup() -> None:
    """Fix pandas display options and matplotlib style for notebooks and the report."""
    import matplotlib as mpl
    import pandas as pd

    pd.set_option("display.max_columns", 20)
    pd.set_option("display.max_rows", 60)
    pd.set_option("display.max_colwidth", 90)
    pd.set_option("display.width", 120)
    pd.set_option("display.precision", 3)
    mpl.rcParams.update(
        {
            "figure.figsize": (8, 4.5),
            "figure.dpi": 90,
            "savefig.dpi": 150,
            "font.size": 10,
            "axes.titlesize": 11,
            "axes.titleweight": "bold",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": False,
            "svg.hashsalt": "kzlib",
            "svg.fonttype": "none",
        }
    )
    _alt_metadata()
