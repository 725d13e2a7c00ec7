"""The cyclic garbage collector held back while kzlib builds many objects that all live on: one helper for every
place that tunes it (table computations, export batches, the CLI's imports).

Parsing a text allocates many objects that live until its tables are built; with the default threshold (700
allocations) the collector traverses them again and again and finds nothing to free (about 5% of the time of a
batch of documents). :func:`few_collections` runs it every ``gen0`` allocations instead; with ``pause=True`` it
does not run at all: for an export batch, whose objects are freed by their reference counts once its CSV text is
written (the few objects a batch leaves in cycles, about 2,000 per chapter where a sentence and the memory of
its document refer to each other, are freed by the first collection after the pause: memory stays bounded by one
batch), and for the CLI's imports (pandas and the extractors are hundreds of modules whose objects all live on).
This module imports nothing heavy, so the CLI can use it before pandas is loaded.
"""

from __future__ import annotations

import contextlib
import gc
import threading

GEN0 = 20_000  # allocations between collections of the youngest generation while tables are computed

# how many few_collections are open (in any thread), how many of them pause the collector, and what to restore
_STATE: dict = {"open": 0, "paused": 0, "threshold": None, "enabled": None}
_LOCK = threading.Lock()


@contextlib.contextmanager
def few_collections(gen0: int = GEN0, pause: bool = False):
    """The collector run every ``gen0`` allocations instead of 700 meanwhile, or (``pause=True``) not at all.

    Nested, or open in several threads at once, the settings before the first one opened are restored when the
    last one closes (none restores a threshold another one set, none switches the collector back on while a
    pause is still open); a collector that was off stays off. A cycle left meanwhile is taken by the next
    collection after the pause."""
    with _LOCK:
        if _STATE["open"] == 0:
            _STATE["threshold"] = gc.get_threshold()
            gc.set_threshold(max(gen0, _STATE["threshold"][0]), *_STATE["threshold"][1:])
        _STATE["open"] += 1
        if pause:
            if _STATE["paused"] == 0:
                _STATE["enabled"] = gc.isenabled()
                gc.disable()
            _STATE["paused"] += 1
    try:
        yield
    finally:
        with _LOCK:
            if pause:
                _STATE["paused"] -= 1
                if _STATE["paused"] == 0 and _STATE["enabled"]:
                    gc.enable()
            _STATE["open"] -= 1
            if _STATE["open"] == 0:
                gc.set_threshold(*_STATE["threshold"])
