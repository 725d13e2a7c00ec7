"""Who is named with whom, as an association measure rather than raw counts.

Raw co-occurrence counts favour the most-named actors: the United States shares many paragraphs with
everyone because it is named in most of them. The Jaccard index of two actors' paragraph sets,
``|A ∩ B| / |A ∪ B|``, is 1 when they are always named together and 0 when never, whatever their size.
"""

from __future__ import annotations

import pandas as pd


def paragraph_sets(mentions: pd.DataFrame, actor_ids: list[str]) -> dict[str, set]:
    """For each actor, the set of paragraphs naming it."""
    m = mentions[mentions.actor_id.isin(actor_ids)]
    sets = m.groupby("actor_id").para_id.agg(set).to_dict()
    return {a: sets.get(a, set()) for a in actor_ids}


def jaccard(corpus, doc_id: str, actor_ids: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(index, shared)``: actor × actor Jaccard index over paragraphs, and the number of shared paragraphs.
    The diagonal holds each actor's own paragraph count in ``shared`` and 1 in ``index``."""
    sets = paragraph_sets(corpus.mentions[corpus.mentions.doc_id == doc_id], actor_ids)
    both = [[len(sets[a] & sets[b]) for b in actor_ids] for a in actor_ids]
    either = [[len(sets[a] | sets[b]) for b in actor_ids] for a in actor_ids]
    ratio = [[n / d if d else 0.0 for n, d in zip(rb, rd)] for rb, rd in zip(both, either)]
    index = pd.DataFrame(ratio, index=actor_ids, columns=actor_ids, dtype=float)
    shared = pd.DataFrame(both, index=actor_ids, columns=actor_ids, dtype="int64")
    return index.round(2), shared


def strongest_pairs(corpus, doc_id: str, actor_ids: list[str], n: int = 10) -> pd.DataFrame:
    """The ``n`` pairs with the highest Jaccard index (ties: more shared paragraphs first), with counts."""
    index, shared = jaccard(corpus, doc_id, actor_ids)
    sets = paragraph_sets(corpus.mentions[corpus.mentions.doc_id == doc_id], actor_ids)
    rows = [
        dict(
            actor_a=a,
            actor_b=b,
            jaccard=index.loc[a, b],
            shared=int(shared.loc[a, b]),
            paragraphs_a=len(sets[a]),
            paragraphs_b=len(sets[b]),
        )
        for i, a in enumerate(actor_ids)
        for b in actor_ids[i + 1 :]
        if shared.loc[a, b]
    ]
    out = pd.DataFrame(rows, columns=["actor_a", "actor_b", "jaccard", "shared", "paragraphs_a", "paragraphs_b"])
    return (
        out.sort_values(["jaccard", "shared", "actor_a", "actor_b"], ascending=[False, False, True, True])
        .head(n)
        .reset_index(drop=True)
    )
