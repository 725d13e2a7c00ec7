"""The export command: every table as CSV, several sources in one set of tables, byte-identical reruns."""

import pandas as pd
from test_input import run_cli

from kzlib.corpus import COLUMNS

from conftest import CHAPTER, CHAPTER_PATH


def test_export_is_deterministic_and_complete(tmp_path):
    for out in ("one", "two"):
        r = run_cli("export", tmp_path / out, CHAPTER_PATH)
        assert r.returncode == 0, r.stderr
    first = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert set(COLUMNS) <= {n[:-4] for n in first}
    for name in first:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    paras = pd.read_csv(tmp_path / "one" / "paragraphs.csv")
    assert list(paras.columns[: len(COLUMNS["paragraphs"])]) == COLUMNS["paragraphs"]
    assert len(paras) == 45 and set(paras.doc_id) == {CHAPTER}


def test_several_sources_give_several_doc_ids(tmp_path, text):
    a, b = tmp_path / "speech-a.txt", tmp_path / "speech-b.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text("A Short Statement\n\nThe Kyrgyz Republic and Turkmenistan met in 2019.\n", encoding="utf-8")
    r = run_cli("export", tmp_path / "out", a, b)
    assert r.returncode == 0, r.stderr
    docs = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert docs.doc_id.tolist() == ["speech-a", "speech-b"]
    paras = pd.read_csv(tmp_path / "out" / "paragraphs.csv")
    assert paras.groupby("doc_id").size().to_dict() == {"speech-a": 45, "speech-b": 1}


def test_quoting_by_membership_is_the_csv_field_rule_whatever_python_quotes(monkeypatch):
    """export._quoted (one comprehension) quotes exactly as export._csv_field for either set of characters a
    Python's csv writer quotes (``\\r`` or not), and hands any other set to _csv_field."""
    import re

    from kzlib import export

    cells = ["plain", "a,b", 'say "x"', "two\nlines", "cr\rhere", "", "–"]
    for chars in (',"\n', ',"\n\r', ',"'):
        monkeypatch.setattr(export, "_QUOTED", chars)
        monkeypatch.setattr(export, "_NEEDS_QUOTES", re.compile("[" + re.escape(chars) + "]"))
        assert export._quoted(cells) == [export._csv_field(c) for c in cells], repr(chars)
