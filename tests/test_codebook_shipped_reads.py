"""Codebook.load reads the shipped codebook's files again only when one has changed (codebook._shipped_bytes): a
file changed since, even to the same size, is read afresh, and so is every file changed too recently to tell."""

import shutil
import time

import pytest

from kzlib import codebook
from kzlib.codebook import TABLES, Codebook


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """A copy of the shipped codebook standing in for it, with nothing kept from earlier reads."""
    folder = tmp_path / "codebook"
    shutil.copytree(codebook.shipped_folder(), folder)
    monkeypatch.setattr(codebook, "shipped_folder", lambda: folder)
    monkeypatch.setattr(codebook, "_SHIPPED_READ", None)
    monkeypatch.setattr(codebook, "_READ", {})
    return folder


def reads(monkeypatch) -> list:
    """The table files read from now on."""
    seen = []
    real = codebook._bytes

    def counted(folder, spec):
        seen.append(spec.file)
        return real(folder, spec)

    monkeypatch.setattr(codebook, "_bytes", counted)
    return seen


def same_size_edit(folder) -> None:
    """A name of the actor codebook changed in place, one letter for another (the file keeps its size)."""
    path = folder / "actors.csv"
    data = path.read_bytes()
    assert b",Kazakhstan," in data
    path.write_bytes(data.replace(b",Kazakhstan,", b",Kazakhstam,", 1))
    assert len(path.read_bytes()) == len(data)


def test_settled_files_are_read_once_and_an_edit_is_read_again(shipped, monkeypatch):
    monkeypatch.setattr(codebook, "SETTLED_NS", -(10**12))  # every file counts as settled (changed long before)
    seen = reads(monkeypatch)
    first = Codebook.load()
    assert len(seen) == len(TABLES)
    second = Codebook.load()
    assert len(seen) == len(TABLES)  # nothing read again
    assert second.fingerprint == first.fingerprint and second.actors is not first.actors
    time.sleep(0.05)  # a later change time than the one kept (more than a tick of the file system's clock)
    same_size_edit(shipped)
    edited = Codebook.load()
    assert len(seen) == 2 * len(TABLES)
    assert "Kazakhstam" in set(edited.actors.name) and "Kazakhstan" not in set(edited.actors.name)


def test_files_changed_just_before_the_read_are_read_every_time(shipped, monkeypatch):
    seen = reads(monkeypatch)
    Codebook.load()  # the copy was just written: not settled
    assert codebook._SHIPPED_READ is None
    same_size_edit(shipped)  # within the same tick of the clock, perhaps: the same times and size
    edited = Codebook.load()
    assert len(seen) == 2 * len(TABLES)
    assert "Kazakhstam" in set(edited.actors.name)


def test_reused_bytes_give_the_tables_of_a_fresh_read(shipped, monkeypatch):
    monkeypatch.setattr(codebook, "SETTLED_NS", -(10**12))
    Codebook.load()
    again = Codebook.load()
    monkeypatch.setattr(codebook, "_SHIPPED_READ", None)
    monkeypatch.setattr(codebook, "_READ", {})
    fresh = Codebook.load()
    assert again.fingerprint == fresh.fingerprint and again.origin == fresh.origin == "shipped"
    assert all(again.where(name) == fresh.where(name) for name in TABLES)
