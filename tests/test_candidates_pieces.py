"""A run of one word is not searched for connectors (kzlib.candidates._pieces): the same pieces as the search of every
run, on generated runs of names, connectors, head words, spaces, tabs and line breaks."""

from __future__ import annotations

import random

from kzlib import candidates


def _searched(text: str, i: int, j: int):
    """``_pieces`` as it read before: every run searched."""
    start = i
    for m in candidates.SPLIT.finditer(text, i, j):
        if not candidates.HEADS.search(text, start, m.start()):
            yield start, m.start()
            start = m.end()
    yield start, j


def test_the_pieces_of_a_run_are_those_the_search_finds():
    rng = random.Random(4)
    words = ["Pham", "Vietnam", "Ministry", "Council", "of", "of the", "for", "de", "Bank", "U.N.", "Chile's", "X"]
    blanks = [" ", "  ", "\t", " \t", "\n", ""]
    split = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(1, 6))).strip()
        i = rng.randint(0, len(text))
        j = rng.randint(i, len(text))
        pieces = list(candidates._pieces(text, i, j))
        assert pieces == list(_searched(text, i, j)), (text, i, j)
        split += len(pieces) > 1
    assert split > 1000
