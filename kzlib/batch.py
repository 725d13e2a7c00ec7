"""Many documents: the per-document work mapped over worker processes, the tables combined.

The tables of one document are a pure function of its text and the codebooks
(:func:`document_tables`), so any executor can map it: ``jobs`` worker processes here, or joblib,
Dask or a cluster a user brings; :func:`combine` then joins the per-document tables exactly as one
process would (ids are per document; ``actors`` and ``cooccurrence`` are rebuilt from all mentions).
:func:`export` streams the tables to CSV document by document, so memory stays bounded on large corpora.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterable, Iterator

import pandas as pd

from .collector import few_collections
from .corpus import Corpus, actor_counts, actor_table
from .source import Source

PROGRESS_MIN_DOCS = 20  # a progress bar on a terminal from this many documents on
CORPUS_TABLES = ("actors", "cooccurrence")  # built from every document's mentions
BATCH_DOCS = 16  # documents per batch at most
BATCH_CHARS = 1_000_000  # characters per batch, about (a longer document is a batch of its own)
WARM_CHARS = 2_000  # the head of the first document that a parent works through before forking (see _warm)


def document_tables(sources: Source | list[Source], codebook=None, options=None) -> dict[str, pd.DataFrame]:
    """Every table of one document, or of a batch of documents (``actors`` counted on these alone), with
    ``codebook`` (default: the shipped one) and ``options``."""
    return _Batch([sources] if isinstance(sources, Source) else list(sources), codebook, options).tables()


_tables_of = document_tables  # picklable for worker processes, under a name map_documents does not shadow


def _csv_of(sources: list[Source], codebook=None, options=None) -> dict:
    """A batch's tables already written as CSV (header included), and what the corpus-wide tables need of it: the
    actor counts (they add up over batches: no two batches share a document) and the ``cooccurrence`` rows of each
    document as CSV without the header (that table is ordered by ``doc_id`` first). The worker does the writing, and
    sends it as UTF-8 bytes (:func:`written`), so the parent only appends bytes and adds up counts."""
    with few_collections(pause=True):  # see kzlib.collector
        tables = document_tables(sources, codebook, options)
        result = written(tables)
        del tables  # freed by their reference counts while paused: no collection traverses them on the way out
    return result


def written(tables: dict[str, pd.DataFrame]) -> dict:
    """What :func:`_csv_of` returns for a batch's ``tables`` (those of :func:`document_tables`): all the writing a
    worker does per batch (``benchmarks/bench.py`` times this as the export's cost of CSV per chapter). The text is
    encoded here, once: sent as ``str``, it is encoded to be pickled, then decoded by the parent and encoded again as
    the parent writes it (the parent's two passes were about half of its cost per document)."""
    from . import network
    from .export import csv_rows, csv_text

    out = {name: csv_text(df).encode("utf-8") for name, df in tables.items() if name not in CORPUS_TABLES}
    pairs = {  # each document's rows as the csv writer pandas uses writes them
        doc_id: csv_rows([[doc_id] * len(a), a, b, s, p]).encode("utf-8")
        for doc_id, a, b, s, p in network.pair_columns(tables["mentions"])
    }
    return {"csv": out, "order": list(tables), "counts": actor_counts(tables["mentions"]), "pairs": pairs}


class _Batch(Corpus):
    """A corpus whose corpus-wide tables are left to :func:`combine` (``None`` here, not computed twice)."""

    actors = None
    cooccurrence = None


def _batches(sources: list[Source], max_docs: int = BATCH_DOCS, max_chars: int = BATCH_CHARS, jobs: int = 1):
    """Consecutive runs of sources, each a few documents or about a megabyte of text: pandas' cost per table
    is paid once per batch, not once per document. For ``jobs > 1`` workers a batch holds at most a ``2 * jobs``-th
    of the documents left, so the last batches shrink to one document and the workers finish together (a batch's
    fixed cost is about a twelfth of a chapter's)."""
    i, n = 0, len(sources)
    while i < n:
        limit = max_docs if jobs < 2 else min(max_docs, -(-(n - i) // (2 * jobs)))
        j, size = i + 1, len(sources[i].text)
        while j < n and j - i < limit and size + len(sources[j].text) <= max_chars:
            size += len(sources[j].text)
            j += 1
        yield sources[i:j]
        i = j


_WORK = None  # in a worker process: the per-batch work, set once by _hold
_BATCHES = None  # ... and in a forked one, the batches it inherited (then sent by their numbers)


def _hold(work, batches=None) -> None:
    global _WORK, _BATCHES
    _WORK, _BATCHES = work, batches


def _held(batch):
    """The work on ``batch``: a batch of sources, or the number of one that this worker inherited."""
    return _WORK(batch if _BATCHES is None else _BATCHES[batch])


def _warm(work, first: Source) -> bool:
    """Before workers are forked: run ``work`` on the head of the first document (:data:`WARM_CHARS` characters:
    enough for nearly every matcher of its stages), so that the codebook's matchers, the regexes read from
    :mod:`kzlib.rxcache` and the modules imported on first use are made once, in the parent, and every worker
    inherits them instead of making them again; then move every object the parent holds to the collector's
    permanent generation (``gc.freeze``), where no collection in a worker traverses them (nor writes to their
    memory pages, which the workers then keep sharing with the parent). Only when that generation is empty: what a
    caller froze (the command line its imports) stays as it is, and the warm-up's objects are then left to the
    collector. ``True`` when it froze them: the caller unfreezes them once the workers are forked. The warm-up is
    only a head start: an error in it is left for the worker that meets the whole document to report."""
    from dataclasses import replace

    with contextlib.suppress(Exception):
        work([replace(first, text=first.text[:WARM_CHARS])])
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def map_documents(
    sources: list[Source], jobs: int = 1, progress: bool | None = None, codebook=None, options=None, work=None
) -> Iterator[dict]:
    """The tables of consecutive batches of ``sources``, in the order given; ``jobs > 1`` maps the batches over
    that many worker processes (``jobs=0``: one per core). A progress bar goes to stderr when it is a
    terminal and there are at least :data:`PROGRESS_MIN_DOCS` documents (``progress`` forces it on or off).
    ``codebook`` (default: the shipped one, read once) and ``options`` are those of :func:`kzlib.load`. ``work``
    (default: :func:`document_tables`) is what is done with each batch; forked workers also have it done once here
    first, on the head of the first document (:func:`_warm`), so it should have no effect beyond its result."""
    from functools import partial

    from .codebook import Codebook

    codebook = codebook if codebook is not None else Codebook.load()
    document_tables = partial(work or _tables_of, codebook=codebook, options=options)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(sources)))
    batches = list(_batches(sources, max(1, min(BATCH_DOCS, len(sources) // (4 * jobs))), jobs=jobs))
    show = progress if progress is not None else (len(sources) >= PROGRESS_MIN_DOCS and _stderr_is_tty())
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(total=len(sources), unit="doc", file=sys.stderr, desc="kzlib", leave=False)
    try:
        if jobs == 1:
            results = map(document_tables, batches)
            for batch, tables in zip(batches, results):
                yield tables
                if bar is not None:
                    bar.update(len(batch))
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context()
        forked = context.get_start_method() == "fork"
        frozen = forked and _warm(document_tables, sources[0])
        try:
            # the work (with its codebook) goes to each worker once, not with every batch: a codebook unpickled per
            # batch would also rebuild its derived tables (surfaces, cues ...) per batch, about 9 ms each. A forked
            # worker inherits it, and the batches too: it is sent their numbers (each text was encoded and pickled by
            # the parent, unpickled and decoded by a worker)
            held = (document_tables, batches if forked else None)
            with ProcessPoolExecutor(jobs, context, initializer=_hold, initargs=held) as pool:
                results = pool.map(_held, range(len(batches)) if forked else batches)  # its first submit forks them
                if frozen:
                    gc.unfreeze()
                    frozen = False
                for batch, tables in zip(batches, results):
                    yield tables
                    if bar is not None:
                        bar.update(len(batch))
        finally:
            if frozen:  # the pool failed to start or the caller stopped before the workers were forked
                gc.unfreeze()
    finally:
        if bar is not None:
            bar.close()


def _actors(mentions: pd.DataFrame, codebook) -> pd.DataFrame:
    c = Corpus.__new__(Corpus)  # only its ``actors`` rule, on these mentions
    c.__dict__["mentions"] = mentions
    c.codebook = codebook
    return c.actors


def combine(per_doc: Iterable[dict[str, pd.DataFrame]], codebook=None) -> dict[str, pd.DataFrame]:
    """One set of tables from per-document tables, identical to what one corpus of them all gives."""
    from . import network

    parts: dict[str, list[pd.DataFrame]] = {}
    for tables in per_doc:
        for name, df in tables.items():
            if name not in CORPUS_TABLES:
                parts.setdefault(name, []).append(df)
    out = {name: pd.concat(dfs, ignore_index=True) if len(dfs) > 1 else dfs[0] for name, dfs in parts.items()}
    if codebook is None:
        from .codebook import Codebook

        codebook = Codebook.load()
    out["actors"] = _actors(out["mentions"], codebook)
    out["cooccurrence"] = network.cooccurrence(out["mentions"])
    return out


def export(
    sources: list[Source], outdir, jobs: int = 1, progress: bool | None = None, codebook=None, options=None
) -> list:
    """Write every table of ``sources`` as ``outdir/<table>.csv``, streamed document by document, all or nothing."""
    from . import network
    from .codebook import Codebook
    from .corpus import COLUMNS
    from .export import write_csv, write_folder

    codebook = codebook if codebook is not None else Codebook.load()

    def fill(staging):
        files: dict[str, object] = {}
        counts: dict[str, list[int]] = {}
        pairs: dict[str, bytes] = {}
        order: list[str] = []
        with contextlib.ExitStack() as stack:
            for part in map_documents(sources, jobs, progress, codebook=codebook, options=options, work=_csv_of):
                order[:] = order or part["order"]
                for name, data in part["csv"].items():  # UTF-8 bytes, written as they came
                    if name not in files:
                        files[name] = stack.enter_context(open(staging / f"{name}.csv", "wb"))
                    else:
                        data = memoryview(data)[data.index(b"\n") + 1 :]  # the header once, from the first batch
                    files[name].write(data)
                for actor_id, (n, paras, docs) in part["counts"].items():
                    total = counts.setdefault(actor_id, [0, 0, 0])
                    total[0], total[1], total[2] = total[0] + n, total[1] + paras, total[2] + docs
                pairs.update(part["pairs"])
        write_csv(actor_table(counts, codebook), staging / "actors.csv")
        with open(staging / "cooccurrence.csv", "wb") as f:
            f.write((",".join(network.COLUMNS) + "\n").encode("utf-8"))
            f.writelines(pairs[doc_id] for doc_id in sorted(pairs))
        return [staging / f"{name}.csv" for name in order]

    return write_folder(outdir, fill, {f"{name}.csv" for name in COLUMNS})
