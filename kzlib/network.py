"""Actor co-occurrence: pairs named in the same sentence or paragraph, and the graph they form."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pandas as pd

from . import frames

COLUMNS = ["doc_id", "actor_a", "actor_b", "sentences", "paragraphs"]


def cooccurrence(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per document and actor pair (``actor_a < actor_b``): shared sentences and paragraphs."""
    data = frames.tuples_to_columns(pair_rows(mentions), COLUMNS)  # built from columns: 2/3 of the time of rows
    if data["doc_id"]:
        for c in COLUMNS[:3]:
            data[c] = frames.text(data[c])  # text whatever the ids are (a caller's may be numbers)
    return frames.frame(data)


def pair_rows(mentions: pd.DataFrame) -> list[tuple]:
    """The rows of :func:`cooccurrence` as tuples, in its order (each document's rows together)."""
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
    rows = []
    for doc_id in sorted(units):
        in_sents, in_paras = (
            Counter(pair for ids in unit.values() if len(ids) > 1 for pair in combinations(sorted(ids), 2))
            for unit in units[doc_id]
        )
        # the pairs sharing most paragraphs, then most sentences, then by name (sorted as plain tuples, no key)
        for p, s, a, b in sorted((-in_paras[k], -in_sents[k], *k) for k in in_paras.keys() | in_sents.keys()):
            rows.append((doc_id, a, b, -s, -p))
    return rows


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
