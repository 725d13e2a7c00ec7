"""Codebook.load parses and checks files it has read before in the process only once (keyed by their exact bytes):
each load still gets tables of its own, and a changed byte, a new file or a broken file is read afresh."""

import shutil

import pandas as pd
import pytest

import kzlib
from kzlib import codebook
from kzlib.codebook import TABLES, Codebook, shipped_folder


def fresh(folder=None, extend=False) -> Codebook:
    """The codebook read with nothing kept from earlier reads."""
    kept = dict(codebook._READ)
    codebook._READ.clear()
    try:
        return Codebook.load(folder, extend)
    finally:
        codebook._READ.clear()
        codebook._READ.update(kept)


def same_tables(a: Codebook, b: Codebook) -> None:
    assert list(a.tables) == list(b.tables) == list(TABLES)
    for name in TABLES:
        pd.testing.assert_frame_equal(a.tables[name], b.tables[name], obj=name)


def own_folder(tmp_path):
    folder = tmp_path / "cb"
    folder.mkdir()
    for name in ("actors.csv", "themes.csv", "theme_terms.csv"):
        shutil.copy(shipped_folder().joinpath(name), folder / name)
    return folder


def test_a_second_load_equals_a_fresh_read_and_owns_its_tables():
    first, second = Codebook.load(), Codebook.load()
    same_tables(second, fresh())
    assert second.fingerprint == fresh().fingerprint and second.origin == "shipped"
    assert second.where("actors") == fresh().where("actors")
    for name in TABLES:
        assert second.tables[name] is not first.tables[name]
    second.actors.loc[0, "name"] = "Changed"  # a user's edit of their codebook object stays theirs
    second.tables["titles"] = second.titles.iloc[:0]
    same_tables(Codebook.load(), fresh())
    same_tables(first, fresh())


def test_the_first_read_owns_its_tables_too(tmp_path):
    folder = own_folder(tmp_path)
    first = Codebook.load(folder)  # read now: its tables are kept for the next load
    first.actors.loc[0, "name"] = "Changed"
    first.themes.loc[:, "label"] = "changed"
    same_tables(Codebook.load(folder), fresh(folder))


def test_a_changed_byte_is_read_afresh(tmp_path):
    folder = own_folder(tmp_path)
    before = Codebook.load(folder)
    assert "Kazakhstan" in set(before.actors.name)
    actors = folder / "actors.csv"
    text = actors.read_text(encoding="utf-8")
    actors.write_text(text.replace(",Kazakhstan,", ",Kazakhstan!,", 1), encoding="utf-8")
    after = Codebook.load(folder)
    assert "Kazakhstan!" in set(after.actors.name) and "Kazakhstan" not in set(after.actors.name)
    same_tables(after, fresh(folder))
    assert after.fingerprint != before.fingerprint
    actors.write_text(text, encoding="utf-8")  # the old bytes again: the old tables again
    same_tables(Codebook.load(folder), before)


def test_a_new_file_or_an_extension_is_read_afresh(tmp_path):
    folder = own_folder(tmp_path)
    assert Codebook.load(folder).titles.empty
    (folder / "titles.csv").write_text("title\nGrand Vizier\n", encoding="utf-8")
    assert Codebook.load(folder).titles.title.tolist() == ["Grand Vizier"]
    extended = Codebook.load(folder, extend=True)
    assert "Grand Vizier" in set(extended.titles.title) and len(extended.titles) > 1
    same_tables(extended, fresh(folder, extend=True))
    assert extended.where("titles").endswith(f" + {folder / 'titles.csv'}")
    (folder / "titles.csv").write_text("title\nGrand Mufti\n", encoding="utf-8")
    extended = Codebook.load(folder, extend=True)
    assert "Grand Mufti" in set(extended.titles.title) and "Grand Vizier" not in set(extended.titles.title)


def test_a_broken_file_after_a_good_read_is_still_refused(tmp_path):
    folder = own_folder(tmp_path)
    Codebook.load(folder)
    (folder / "themes.csv").write_bytes(b"theme_id,label\n\xff\xfe,x\n")
    with pytest.raises(kzlib.InputError, match=r"themes\.csv: cannot read codebook"):
        Codebook.load(folder)
    (folder / "themes.csv").write_text("label\nx\n", encoding="utf-8")
    with pytest.raises(kzlib.InputError, match=r"themes\.csv: missing columns \['theme_id'\]"):
        Codebook.load(folder)


def test_only_the_last_few_reads_are_kept(tmp_path):
    folder = own_folder(tmp_path)
    actors = folder / "actors.csv"
    text = actors.read_text(encoding="utf-8")
    for k in range(codebook._READ_KEPT + 3):
        actors.write_text(text + f"extra{k},Extra {k},person,,,,,\n", encoding="utf-8")
        assert f"extra{k}" in set(Codebook.load(folder).actors.actor_id)
    assert len(codebook._READ) == codebook._READ_KEPT
