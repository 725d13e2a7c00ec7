"""What the export's parent sends its workers: a forked worker inherits the batches and is sent their numbers; a
worker of another start method is sent the batches themselves. Both give the tables one process gives."""

import multiprocessing

import pandas as pd
import pytest

from kzlib import batch, source
from kzlib.codebook import Codebook

TEXT = "A Short Statement\n\nKazakhstan and Russia met in 2019 to discuss trade. China welcomed the talks.\n"
SOURCES = [source.from_text(TEXT.replace("2019", str(2010 + k)), f"d{k}") for k in range(5)]


def _same_tables(found: list[dict], expected: list[dict]) -> None:
    assert len(found) == len(expected)
    for got, want in zip(found, expected):
        assert list(got) == list(want)
        for name, df in want.items():  # (the corpus-wide tables are None, left to batch.combine)
            assert got[name] is None if df is None else pd.testing.assert_frame_equal(got[name], df) is None


_HELD = batch._held


def _sent(item):
    """batch._held, and the kind of what the parent sent (run in a worker, which finds it by its name here)."""
    return {"sent": type(item).__name__, **_HELD(item)}


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers inherit only when forked")
def test_forked_workers_are_sent_batch_numbers(monkeypatch):
    monkeypatch.setattr(batch, "_held", _sent)
    found = list(batch.map_documents(SOURCES, jobs=2, codebook=Codebook.load()))
    assert {part.pop("sent") for part in found} == {"int"}
    _same_tables(found, list(batch.map_documents(SOURCES, jobs=1, codebook=Codebook.load())))


def test_spawned_workers_are_sent_the_batches(monkeypatch):
    spawn = multiprocessing.get_context("spawn")
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: spawn)
    found = list(batch.map_documents(SOURCES, jobs=2, codebook=Codebook.load()))
    _same_tables(found, list(batch.map_documents(SOURCES, jobs=1, codebook=Codebook.load())))
