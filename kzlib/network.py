"""Actor co-occurrence: pairs named in the same sentence or paragraph, and the graph they form."""

from __future__ import annotations

from collections import Counter
from itertools import chain, combinations, repeat

import pandas as pd

from . import frames

COLUMNS = ["doc_id", "actor_a", "actor_b", "sentences", "paragraphs"]


def cooccurrence(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per document and actor pair (``actor_a < actor_b``): shared sentences and paragraphs."""
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


def pair_columns(mentions: pd.DataFrame) -> list[tuple]:
    """The rows of :func:`cooccurrence` document by document (sorted by ``doc_id``), each document's as columns:
    ``(doc_id, actor_a, actor_b, sentences, paragraphs)``, the last four lists in the table's order (a document
    without pairs has none). The pairs are counted and ranked by C-level iterators, not a loop per pair."""
    units: dict = {}  # doc_id -> the actors of each sentence and of each paragraph
    for doc_id, sent_id, para_id, actor_id in zip(
        mentions["doc_id"].tolist(),
        mentions["sent_id"].tolist(),
        mentions["para_id"].tolist(),
        mentions["actor_id"].tolist(),
    ):
        sents, paras = units.get(doc_id) or units.setdefault(doc_id, ({}, {}))
        sents.setdefault(sent_id, set()).add(actor_id)
        paras.setdefault(para_id, set()).add(actor_id)
    out = []
    for doc_id in sorted(units):
        sents, paras = units[doc_id]
        names = sorted(set().union(*paras.values()))  # every actor of a sentence is one of its paragraph's
        rank = dict(zip(names, range(len(names)))).__getitem__  # actors as their places in name order: ints
        # the pairs of each unit (none of a unit with one actor), counted over the units, as ranks (a < b)
        in_sents, in_paras = (
            Counter(
                chain.from_iterable(map(combinations, map(sorted, map(map, repeat(rank), unit.values())), repeat(2)))
            )
            for unit in (sents, paras)
        )
        pairs = list(in_paras.keys() | in_sents.keys())
        if not pairs:
            continue
        p = list(map(in_paras.get, pairs, repeat(0)))
        s = list(map(in_sents.get, pairs, repeat(0)))
        # the pairs sharing most paragraphs, then most sentences, then by name: one int per pair ranks it so (ints
        # compare fastest)
        n, top_p, top_s = len(names), max(p), max(s)
        code = [((top_p - x) * (top_s + 1) + top_s - y) * n * n + a * n + b for (a, b), x, y in zip(pairs, p, s)]
        order = sorted(range(len(pairs)), key=code.__getitem__)
        a = [names[pairs[k][0]] for k in order]
        b = [names[pairs[k][1]] for k in order]
        out.append((doc_id, a, b, [s[k] for k in order], [p[k] for k in order]))
    return out


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
