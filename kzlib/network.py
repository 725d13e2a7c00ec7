"""Actor co-occurrence: pairs named in the same sentence or paragraph, and the graph they form."""

from __future__ import annotations

from itertools import combinations

import pandas as pd

COLUMNS = ["doc_id", "actor_a", "actor_b", "sentences", "paragraphs"]
TEXT = pd.Series(["a"]).dtype  # the dtype pandas gives a column of str (``str`` from pandas 3 on, else ``object``)


def cooccurrence(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per document and actor pair (``actor_a < actor_b``): shared sentences and paragraphs."""
    rows = pair_rows(mentions)
    if not rows:
        return pd.DataFrame(rows, columns=COLUMNS)
    import numpy as np

    cols = list(zip(*rows))  # built from columns with the dtypes pandas infers: 2/3 of the time
    data = [pd.array(c, dtype=TEXT) for c in cols[:3]] + [np.array(c, dtype="int64") for c in cols[3:]]
    return pd.DataFrame(dict(zip(COLUMNS, data)), copy=False)


def pair_rows(mentions: pd.DataFrame) -> list[tuple]:
    """The rows of :func:`cooccurrence` as tuples, in its order (each document's rows together)."""
    units: dict[tuple, set] = {}
    for doc_id, sent_id, para_id, actor_id in zip(
        mentions.doc_id.tolist(), mentions.sent_id.tolist(), mentions.para_id.tolist(), mentions.actor_id.tolist()
    ):
        units.setdefault((0, doc_id, sent_id), set()).add(actor_id)
        units.setdefault((1, doc_id, para_id), set()).add(actor_id)
    counts: dict[tuple, list[int]] = {}
    for (level, doc_id, _), ids in units.items():
        for a, b in combinations(sorted(ids), 2):
            counts.setdefault((doc_id, a, b), [0, 0])[level] += 1
    # by document, the pairs sharing most paragraphs, then most sentences, then by name (each pair is one row)
    return sorted(((d, a, b, s, p) for (d, a, b), (s, p) in counts.items()), key=lambda r: (r[0], -r[4], -r[3], r[1:3]))


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
