"""Codebook.load parses and checks files it has read before in the process only once (keyed by their exact bytes):
each load still gets tables of its own, and a changed byte, a new file or a broken file is read afresh."""

import pandas as pd
import pytest

import kzlib
from kzlib import codebook
from kzlib.codebook import TABLES, Codebook


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
    """A small codebook of one's own: two actors, a theme and its term."""
    folder = tmp_path / "cb"
    folder.mkdir()
    (folder / "actors.csv").write_text(
        "actor_id,name,type,affiliation,aliases,demonyms,metonyms,description\n"
        "kazakhstan,Kazakhstan,state,,,Kazakh,Astana,a state\nrussia,Russia,state,,,Russian,Moscow,a state\n",
        encoding="utf-8",
    )
    (folder / "themes.csv").write_text("theme_id,label,description\nenergy,Energy,oil and gas\n", encoding="utf-8")
    (folder / "theme_terms.csv").write_text("theme_id,term,weight\nenergy,oil,1\n", encoding="utf-8")
    return folder


def test_a_second_load_equals_a_fresh_read_and_owns_its_tables():
    first, second, want = Codebook.load(), Codebook.load(), fresh()
    same_tables(second, want)
    assert second.fingerprint == want.fingerprint and second.origin == "shipped"
    assert second.where("actors") == want.where("actors")
    for name in TABLES:
        assert second.tables[name] is not first.tables[name]
    second.actors.loc[0, "name"] = "Changed"  # a user's edit of their codebook object stays theirs
    second.tables["titles"] = second.titles.iloc[:0]
    same_tables(Codebook.load(), want)
    same_tables(first, want)


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


def test_only_the_last_few_reads_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(codebook, "_READ", {})
    monkeypatch.setattr(codebook, "_READ_KEPT", 2)
    folder = own_folder(tmp_path)
    actors = folder / "actors.csv"
    text = actors.read_text(encoding="utf-8")
    for k in range(3):
        actors.write_text(text + f"extra{k},Extra {k},person,,,,,\n", encoding="utf-8")
        assert f"extra{k}" in set(Codebook.load(folder).actors.actor_id)
    assert len(codebook._READ) == 2
    kept = [raw[0] for _, raw in codebook._READ]  # the actors file of each codebook kept, oldest first
    assert [(b"extra0" in a, b"extra1" in a, b"extra2" in a) for a in kept] == [(0, 1, 0), (0, 0, 1)]  # extra0 went
