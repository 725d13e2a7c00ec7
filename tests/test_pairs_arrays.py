"""network.pair_columns makes, counts and ranks the co-occurrence pairs with numpy over int codes of the ids; against
the plain loops (each unit's sorted actors paired, counted in a Counter, rows sorted as tuples) on generated mentions:
many documents given out of order, units of up to a dozen actors, ids whose sorted order differs from the order they
come in, sentence ids missing (their actors pooled across paragraphs, so some sentence pairs share no paragraph),
documents without pairs, numbers as ids, and ties of every kind."""

import random

import pandas as pd
from test_shortcuts import _plain_pairs

from kzlib import corpus, network

ACTORS = ["kaz", "usa", "a", "Zed", "rus-x", "rus", "chn", "eu", "b2", "b10", "uzb", "kgz", "tjk", "afg"]


def _mentions(rng: random.Random, n: int, docs: int, actors: list, missing: float) -> pd.DataFrame:
    rows = []
    for _ in range(n):
        para = rng.randint(1, 6)
        sent = f"P{para}.{rng.randint(1, 3)}" if rng.random() >= missing else None
        rows.append(dict(doc_id=f"d{rng.randint(1, docs)}", actor_id=rng.choice(actors), para_id=f"P{para}"))
        rows[-1]["sent_id"] = sent
    return corpus._frame(rows, "mentions")


def test_pairs_by_arrays_are_the_plain_counts():
    rng = random.Random(28)
    cases = 0
    for n in (0, 1, 2, 3, 10, 60, 400, 2000):
        for docs in (1, 4, 30):
            for actors in (ACTORS[:1], ACTORS[:3], ACTORS):
                for missing in (0.0, 0.3):
                    mentions = _mentions(rng, n, docs, actors, missing)
                    assert network.pair_rows(mentions) == _plain_pairs(mentions), (n, docs, len(actors), missing)
                    cases += bool(network.pair_rows(mentions))
    assert cases > 40


def test_pairs_of_numbered_ids_are_the_plain_counts():
    """A caller's ids may be numbers (sorted as numbers, not as text)."""
    rng = random.Random(3)
    for n in (2, 50, 500):
        mentions = pd.DataFrame(
            dict(
                doc_id=[rng.choice([3, 20, 100]) for _ in range(n)],
                actor_id=[rng.choice([5, 40, 300, 7, 11]) for _ in range(n)],
                para_id=[rng.randint(1, 5) for _ in range(n)],
            )
        )
        mentions["sent_id"] = mentions["para_id"] * 10 + [rng.randint(0, 2) for _ in range(n)]
        assert network.pair_rows(mentions) == _plain_pairs(mentions)
