"""Many documents: the per-document work mapped over worker processes, the tables combined.

The tables of one document are a pure function of its text and the codebooks
(:func:`document_tables`), so any executor can map it: ``jobs`` worker processes here, or joblib,
Dask or a cluster a user brings; :func:`combine` then joins the per-document tables exactly as one
process would (ids are per document; ``actors`` and ``cooccurrence`` are rebuilt from all mentions).
:func:`export` streams the tables to CSV document by document, so memory stays bounded on large corpora.
"""
from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator

import pandas as pd

from .source import Source

PROGRESS_MIN_DOCS = 20  # a progress bar on a terminal from this many documents on
CORPUS_TABLES = ("actors", "cooccurrence")  # built from every document's mentions


def document_tables(source: Source) -> dict[str, pd.DataFrame]:
    """Every table of one document (``actors`` included, counted on this document alone)."""
    from .corpus import Corpus

    return Corpus([source]).tables()


def _progress(items, total: int, progress: bool | None):
    show = progress if progress is not None else (total >= PROGRESS_MIN_DOCS and _stderr_is_tty())
    if not show:
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit="doc", file=sys.stderr, desc="kzlib", leave=False)


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def map_documents(sources: list[Source], jobs: int = 1, progress: bool | None = None) -> Iterator[dict]:
    """The tables of each source, in the order given; ``jobs > 1`` uses that many worker processes."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(sources)))
    if jobs == 1:
        yield from _progress(map(document_tables, sources), len(sources), progress)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, min(16, len(sources) // (4 * jobs)))
        yield from _progress(pool.map(document_tables, sources, chunksize=chunk), len(sources), progress)


def _actors(mentions: pd.DataFrame) -> pd.DataFrame:
    from .corpus import Corpus

    c = Corpus.__new__(Corpus)  # only its ``actors`` rule, on these mentions
    c.__dict__["mentions"] = mentions
    return c.actors


def combine(per_doc: Iterable[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """One set of tables from per-document tables, identical to what one corpus of them all gives."""
    from . import network

    parts: dict[str, list[pd.DataFrame]] = {}
    for tables in per_doc:
        for name, df in tables.items():
            parts.setdefault(name, []).append(df)
    out = {name: pd.concat(dfs, ignore_index=True) if len(dfs) > 1 else dfs[0] for name, dfs in parts.items()}
    out["actors"] = _actors(out["mentions"])
    out["cooccurrence"] = network.cooccurrence(out["mentions"])
    return out


def export(sources: list[Source], outdir, jobs: int = 1, progress: bool | None = None) -> list:
    """Write every table of ``sources`` as ``outdir/<table>.csv``, streamed document by document, all or nothing."""
    from . import network
    from .corpus import COLUMNS
    from .export import write_folder

    def fill(staging):
        files: dict[str, object] = {}
        mentions: list[pd.DataFrame] = []
        order: list[str] = []
        with contextlib.ExitStack() as stack:
            for tables in map_documents(sources, jobs, progress):
                if not order:
                    order[:] = list(tables)
                for name, df in tables.items():
                    if name in CORPUS_TABLES:
                        continue
                    first = name not in files
                    if first:
                        path = staging / f"{name}.csv"
                        files[name] = stack.enter_context(open(path, "w", encoding="utf-8", newline=""))
                    df.to_csv(files[name], index=False, header=first, lineterminator="\n")
                mentions.append(tables["mentions"][["doc_id", "para_id", "sent_id", "actor_id", "start"]])
        every = pd.concat(mentions, ignore_index=True) if len(mentions) > 1 else mentions[0]
        for name, df in (("actors", _actors(every)), ("cooccurrence", network.cooccurrence(every))):
            df.to_csv(staging / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")
        return [staging / f"{name}.csv" for name in order]

    return write_folder(outdir, fill, {f"{name}.csv" for name in COLUMNS})
