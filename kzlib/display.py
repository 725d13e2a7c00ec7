"""Fixed display settings, so notebook outputs are the same on every machine and run."""
from __future__ import annotations


def setup() -> None:
    """Fix pandas display options and matplotlib style for notebooks and the report."""
    import matplotlib as mpl
    import pandas as pd

    pd.set_option("display.max_columns", 20)
    pd.set_option("display.max_rows", 60)
    pd.set_option("display.max_colwidth", 90)
    pd.set_option("display.width", 120)
    pd.set_option("display.precision", 3)
    mpl.rcParams.update({
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
    })
