"""Choosing among overlapping candidate spans: longest first, then leftmost; no overlap."""
from __future__ import annotations


def select_longest(candidates):
    """Keep ``(start, end, payload)`` candidates greedily, longest first then leftmost; return in text order."""
    taken: list[tuple[int, int]] = []
    chosen = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        s, e = cand[0], cand[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])
