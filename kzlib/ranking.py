"""Ranking without silent choices: the leaders of a measure (every one of a tie) and a cut of a ranked list that
never falls inside a tie. Whatever picks a "most" or "leading" one, or keeps the ``n`` largest, uses these, so a tie
is said as one and a cut is principled. A base module (no kzlib imports), so every layer may use it.
"""

from __future__ import annotations

__all__ = ["leaders", "top"]


def _items(values) -> list:
    items = list(values.items()) if hasattr(values, "items") else list(values)
    return [(k, float(v)) for k, v in items]


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def leaders(values) -> list:
    """Every label of ``values`` (a Series or dict of numbers) at the maximum, in their order: one label when one
    leads, several when they tie (``{"a": 2, "b": 2, "c": 1}`` → ``["a", "b"]``); empty when there are none or the
    maximum is not above zero. Whatever picks a 'most' or 'leading' one must say when it is a tie: use this,
    never ``idxmax`` or ``index[0]``, which pick one of a tie silently."""
    items = _items(values)
    if not items:
        return []
    best = max(v for _, v in items)
    if not best > 0:
        return []
    return [k for k, v in items if _same(v, best)]


def top(values, n: int) -> tuple[list, list]:
    """The ``n`` largest of ``values`` (a Series or dict of counts; equal values in label order), never cut inside
    a tie: when the ``n``-th and the next are equal, every item tied with the ``n``-th is kept as long as that makes
    at most ``2 * n`` items, else the cut goes above the tie (or, when the tie is at the very top, keeps it whole).
    Returns ``(kept, left_out)``, both lists of labels, so a caption can say how many were left out and why."""
    items = sorted(_items(values), key=lambda kv: (-kv[1], str(kv[0])))
    if len(items) <= n:
        return [k for k, _ in items], []
    edge = items[n - 1][1]
    if not _same(items[n][1], edge):
        cut = n
    else:
        tied_end = max(i for i, (_, v) in enumerate(items) if _same(v, edge)) + 1
        above = min(i for i, (_, v) in enumerate(items) if _same(v, edge))
        cut = tied_end if tied_end <= 2 * n or above == 0 else above
    return [k for k, _ in items[:cut]], [k for k, _ in items[cut:]]
