"""The span choice by runs of overlapping spans gives what the plain longest-first choice gives."""

import random

from kzlib.spans import select_longest


def _plain(candidates):
    """The choice over every span at once: longest first, then leftmost, positions marked as taken."""
    cands = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    if not cands:
        return []
    taken = bytearray(max(c[1] for c in cands) + 1)
    chosen = []
    for cand in cands:
        s, e = cand[0], cand[1]
        if e > s:
            if taken.find(1, s, e) != -1:
                continue
            taken[s:e] = b"\x01" * (e - s)
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


def test_choice_by_runs_is_the_plain_choice():
    rnd = random.Random(5)
    for _ in range(20000):
        n, width = rnd.randint(0, 9), rnd.randint(1, 30)
        cands = []
        for k in range(n):  # overlapping, nested, touching, identical, empty and reversed spans, in any order
            s = rnd.randint(0, width)
            cands.append((s, max(-1, s + rnd.choice([rnd.randint(-2, 6), rnd.randint(0, 3), 0, 1])), k))
        assert select_longest(iter(cands)) == _plain(cands), cands


def test_runs_are_settled_on_their_own():
    # a short span between two longer ones that each overlap it, and spans alone: every choice as the plain one
    cands = [(0, 5, "a"), (4, 10, "b"), (6, 8, "c"), (12, 14, "d"), (14, 14, "e"), (14, 20, "f"), (30, 31, "g")]
    assert select_longest(cands) == _plain(cands)
    assert [c[2] for c in select_longest(cands)] == ["b", "d", "f", "e", "g"]
