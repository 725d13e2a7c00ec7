"""Writing tables as CSV: all or nothing, byte-identical across runs."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .errors import InputError


def write_tables(tables: dict[str, pd.DataFrame], outdir) -> list[Path]:
    """Write each table as ``outdir/<name>.csv``; nothing is left behind if any write fails."""
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{outdir}: exists and is not a directory")
    outdir.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=outdir.parent, prefix=f".{outdir.name}-") as tmp:
        staged = []
        for name, df in tables.items():
            path = Path(tmp) / f"{name}.csv"
            df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
            staged.append(path)
        outdir.mkdir(exist_ok=True)
        written = []
        for path in staged:
            target = outdir / path.name
            shutil.move(str(path), target)
            written.append(target)
    return written
