"""Choosing among overlapping candidate spans: longest first, then leftmost; no overlap.

Linear in the total length of the candidates: the positions already taken are marked in a byte array,
so each candidate is checked against its own span only, not against every span taken before it. Most candidates
overlap no other (a name, a date, a term standing alone): the spans are first grouped into runs that overlap one
another, and a span alone in its run is kept as it is, the choice made only inside the runs of several.
"""

from __future__ import annotations

from operator import itemgetter

_START = itemgetter(0)


def _greedy(cands: list) -> list:
    """The choice inside one run of overlapping non-empty spans (in start order): longest first, then leftmost;
    returned in start order."""
    lo = cands[0][0]
    cands = sorted(cands, key=lambda c: (c[0] - c[1], c[0]))
    taken = bytearray(max(c[1] for c in cands) - lo)
    chosen = []
    for cand in cands:
        s, e = cand[0] - lo, cand[1] - lo
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(cand)
    return sorted(chosen, key=_START)


def _settled(run: list) -> list:
    """The spans kept of one run: a span alone as it is, else :func:`_greedy`'s choice."""
    return run if len(run) < 2 else _greedy(run)


def select_longest(candidates):
    """Keep ``(start, end, payload)`` candidates greedily, longest first then leftmost; return in text order (spans
    of one start: the longer first, else as given). An empty span (``end <= start``) is always kept."""
    chosen: list = []
    run: list = []  # the current run of non-empty spans each overlapping an earlier one of the run
    reach = 0  # the furthest end of the run
    empty = False  # an empty span was kept: the spans are put back in order at the end
    for cand in sorted(candidates, key=_START):
        s, e = cand[0], cand[1]
        if e <= s:
            chosen.append(cand)
            empty = True
        elif run and s < reach:
            run.append(cand)
            if e > reach:
                reach = e
        else:  # a new run: the last one is settled (a span overlaps only spans of its own run)
            chosen += _settled(run)
            run, reach = [cand], e
    chosen += _settled(run)
    if empty:  # as the longest-first order leaves them: by start, the longer first, else as given
        chosen.sort(key=lambda c: (c[0], c[0] - c[1]))
    return chosen
