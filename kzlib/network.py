"""Actor co-occurrence: pairs named in the same sentence or paragraph, and the graph they form."""

from __future__ import annotations

from itertools import count, pairwise, repeat

import numpy as np
import pandas as pd

from . import frames

COLUMNS = ["doc_id", "actor_a", "actor_b", "sentences", "paragraphs"]


def cooccurrence(mentions: pd.DataFrame | dict[str, list]) -> pd.DataFrame:
    """One row per document and actor pair (``actor_a < actor_b``): shared sentences and paragraphs (of a mentions
    table, or its columns as lists by name)."""
    found = pair_columns(mentions)
    data = {c: [] for c in COLUMNS}  # built from columns: 2/3 of the time of rows
    for doc_id, *columns in found:
        data["doc_id"] += [doc_id] * len(columns[0])
        for c, values in zip(COLUMNS[1:], columns):
            data[c] += values
    if data["doc_id"]:
        for c in COLUMNS[:3]:
            data[c] = frames.text(data[c])  # text whatever the ids are (a caller's may be numbers)
    return frames.frame(data)


def pair_rows(mentions: pd.DataFrame) -> list[tuple]:
    """The rows of :func:`cooccurrence` as tuples, in its order (each document's rows together)."""
    return [row for doc_id, *columns in pair_columns(mentions) for row in zip(repeat(doc_id), *columns)]


def pair_columns(mentions: pd.DataFrame | dict[str, list]) -> list[tuple]:
    """The rows of :func:`cooccurrence` document by document (sorted by ``doc_id``), each document's as columns:
    ``(doc_id, actor_a, actor_b, sentences, paragraphs)``, the last four lists in the table's order (a document
    without pairs has none). Ids are coded as ints once (a dict's lookups mapped over each column), and the pairs of
    every unit of every document are made, counted and ranked by numpy calls over arrays of such codes, not by a
    Python step per mention or per pair."""
    docs, sents, paras, actors = (
        list(mentions[c]) if isinstance(mentions, dict) else mentions[c].tolist()
        for c in ("doc_id", "sent_id", "para_id", "actor_id")
    )
    if not docs:
        return []
    doc_names, names = sorted(set(docs)), sorted(set(actors))
    doc, actor, n = _codes(docs, doc_names), _codes(actors, names), len(names)
    in_paras, in_sents = (_unit_pairs(doc, _codes(unit), actor, n) for unit in (paras, sents))
    # each pair as one int, (doc * n + a) * n + b: a sentence's pairs are its paragraph's, except where sentence ids
    # are missing (pooled across paragraphs), so both are taken
    pairs = _distinct(np.concatenate((in_paras[0], in_sents[0])))[0]
    if not len(pairs):
        return []
    p, s = _counts_at(pairs, *in_paras), _counts_at(pairs, *in_sents)
    # by document, then most paragraphs shared, most sentences, then by name (the codes are in name order)
    order = np.lexsort((pairs, -s, -p, pairs // (n * n)))
    pairs, s, p = pairs[order], s[order].tolist(), p[order].tolist()
    d, ab = np.divmod(pairs, n * n)
    named = np.fromiter(names, object, n)  # (each name looked up by the array: no Python call per pair)
    a, b = (named[x].tolist() for x in np.divmod(ab, n))
    starts = [0, *(np.flatnonzero(np.diff(d)) + 1).tolist(), len(pairs)]
    return [(doc_names[d[i]], a[i:j], b[i:j], s[i:j], p[i:j]) for i, j in pairwise(starts)]


def _codes(values: list, names: list | None = None) -> np.ndarray:
    """Each value's place in ``names`` (default: the values in the order they first come), as an int64 array."""
    code = dict(zip(dict.fromkeys(values) if names is None else names, count()))
    return np.fromiter(map(code.__getitem__, values), np.int64, len(values))


def _distinct(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``x``, ascending, and how often each occurs (by one sort: ``np.unique`` without counts
    takes a hashing path here that costs several times as much)."""
    x = np.sort(x)
    first = np.empty(len(x), bool)
    first[:1] = True
    np.not_equal(x[1:], x[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return x[starts], np.diff(starts, append=len(x))


def _unit_pairs(doc: np.ndarray, unit: np.ndarray, actor: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of distinct actors named in the same unit (``unit`` codes, within each ``doc``), as
    ``(doc * n + a) * n + b`` with ``a < b``, ascending, and how many units each pair shares."""
    m = int(unit.max()) + 1
    keys = _distinct((doc * m + unit) * n + actor)[0]  # each unit's distinct actors, ascending, unit after unit
    u, a = np.divmod(keys, n)
    first = np.flatnonzero(np.diff(u, prepend=-1))  # where each unit's actors start
    size = np.diff(first, append=len(u))
    later = np.repeat(first + size, size) - np.arange(len(u)) - 1  # the actors after each one in its unit
    left = np.repeat(np.arange(len(u)), later)  # each actor as often as actors follow it ...
    right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(later) - later, later)  # ... each of them
    return _distinct((u[left] // m * n + a[left]) * n + a[right])


def _counts_at(keys: np.ndarray, found: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The count of each of ``keys`` among the ascending ``found`` (0 where it is not found)."""
    if not len(found):
        return np.zeros(len(keys), np.int64)
    i = np.minimum(np.searchsorted(found, keys), len(found) - 1)
    return np.where(found[i] == keys, counts[i], 0)


def graph(
    pairs: pd.DataFrame,
    mentions: pd.DataFrame,
    weight: str = "sentences",
    min_weight: int = 1,
    actors: list[str] | None = None,
):
    """A networkx graph: actors as nodes (``mentions`` count), pairs as edges weighted by ``weight``."""
    import networkx as nx

    g = nx.Graph()
    counts = mentions.actor_id.value_counts()
    keep = pairs[pairs[weight] >= min_weight]
    if actors is not None:
        keep = keep[keep.actor_a.isin(actors) & keep.actor_b.isin(actors)]
    for r in keep.groupby(["actor_a", "actor_b"])[weight].sum().reset_index().itertuples():
        g.add_edge(r.actor_a, r.actor_b, weight=int(getattr(r, weight)))
    for n in sorted(g.nodes):
        g.nodes[n]["mentions"] = int(counts.get(n, 0))
    return g
