"""Choosing among overlapping candidate spans: longest first, then leftmost; no overlap.

Linear in the total length of the candidates: the positions already taken are marked in a byte array,
so each candidate is checked against its own span only, not against every span taken before it.
"""

from __future__ import annotations


def select_longest(candidates):
    """Keep ``(start, end, payload)`` candidates greedily, longest first then leftmost; return in text order."""
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
