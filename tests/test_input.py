"""Bad input: one line naming the file and the problem, exit status 2, nothing half-written."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import types

import pytest

import kzlib
import kzlib.cli
from kzlib.source import read_source

from conftest import load_as_is, load_as_user

CASES = {
    "empty.txt": (b"", "file is empty or blank"),
    "blank.txt": (b" \n\n\t\n", "file is empty or blank"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "latin1.txt": ("Café politique à Almaty.\n".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
    "utf16.txt": ("Title\n\nText.\n".encode("utf-16"), "text is UTF-16"),
    "utf32.txt": ("Title\n\nText.\n".encode("utf-32"), "text is UTF-32"),
}


@pytest.fixture
def bad_files(tmp_path):
    for name, (data, _) in CASES.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def run_cli(*args):
    """``python -m kzlib ARGS`` in this process (the same ``main``; tests/test_hostile.py runs real processes)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = kzlib.cli.main([str(a) for a in args])
    return types.SimpleNamespace(returncode=code, stdout=out.getvalue(), stderr=err.getvalue())


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_raises_input_error(bad_files, name):
    with pytest.raises(kzlib.InputError, match=f"^{bad_files / name}: .*{CASES[name][1].split('(')[0]}"):
        read_source(bad_files / name)


@pytest.mark.parametrize("name", sorted(CASES) + ["missing.txt", "."])
def test_cli_bad_input_one_line_exit_2_no_output(bad_files, tmp_path, name):
    out = tmp_path / "out"
    target = bad_files if name == "." else bad_files / name
    r = run_cli("export", out, target)
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("kzlib: error: ") and str(target) in r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".out-*")), "staging folder left behind"


def test_good_and_bad_sources_together_write_nothing(bad_files, tmp_path, text):
    good = tmp_path / "good.txt"
    good.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    r = run_cli("export", out, good, bad_files / "binary.txt")
    assert r.returncode == 2 and not out.exists()


def test_bom_reads_the_same(tmp_path, text):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "plain.txt").write_bytes(text.encode("utf-8"))
    c = kzlib.load(tmp_path / "bom.txt", tmp_path / "plain.txt")
    assert c.source("bom") == c.source("plain")
    p = c.paragraphs
    same = [p[p.doc_id == d].drop(columns="doc_id").reset_index(drop=True) for d in ("bom", "plain")]
    assert same[0].equals(same[1])


def test_duplicate_doc_ids_are_refused(tmp_path, text):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in "ab":
        (tmp_path / d / "same.txt").write_text(text, encoding="utf-8")
    with pytest.raises(kzlib.InputError, match="share the doc_id 'same'"):
        kzlib.load(tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt")


def test_output_path_that_is_a_file(tmp_path, text):
    (tmp_path / "good.txt").write_text(text, encoding="utf-8")
    (tmp_path / "out").write_text("not a folder")
    r = run_cli("export", tmp_path / "out", tmp_path / "good.txt")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "is not a directory" in r.stderr
    assert (tmp_path / "out").read_text() == "not a folder"


@pytest.mark.parametrize(
    "texts, cause",
    [
        ({"a": None}, "a: the text must be a str, not NoneType"),
        ({"a": b"Kazakhstan met Russia."}, "a: the text must be a str, not bytes"),
        ({"": "Kazakhstan met Russia."}, "a document id must be a non-empty string"),
        ({7: "Kazakhstan met Russia."}, "a document id must be a non-empty string"),
        ("Kazakhstan met Russia.", "texts must be a dict of doc_id to text, not str"),
    ],
)
def test_texts_of_the_wrong_kind_are_input_errors(texts, cause):
    with pytest.raises(kzlib.InputError, match=cause):
        kzlib.load(texts=texts)


def test_an_unknown_doc_id_names_the_documents_there_are():
    c = kzlib.load(texts={"speech": "Kazakhstan met Russia."})
    for call in (lambda: c.span("nope", 0, 5), lambda: c.source("nope"), lambda: c.doc("nope")):
        with pytest.raises(KeyError, match="no document 'nope' in this corpus \\(it has speech\\)"):
            call()


def test_a_text_of_markdown_headings_only_is_refused_in_one_line(tmp_path):
    # decided: like a blank text, a text with a title and nothing under it is refused (one line naming it, exit 2),
    # not exported as empty tables with exit 0
    with pytest.raises(kzlib.InputError, match=r"^s: only markdown headings \('# Joint Statement'\), no text"):
        load_as_user("# Joint Statement\n")
    f = tmp_path / "stub.md"
    f.write_text("# Joint Statement\n\n## Annex\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "kzlib", "export", str(tmp_path / "out"), str(f)], capture_output=True, text=True
    )
    assert (
        r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "stub.md: only markdown headings" in r.stderr
    )
    assert not (tmp_path / "out").exists()
    # a heading over body text, and a title-cased line alone (a one-line text), still parse
    assert load_as_user("# Joint Statement\n\nJapan and Kazakhstan met.\n").documents.title[0] == "Joint Statement"
    assert len(load_as_user("Joint Statement\n").paragraphs) == 1


@pytest.mark.parametrize("source", [123, b"x", [b"x"], [None], 1.5])
def test_a_source_that_is_no_path_is_an_input_error(source):
    """kzlib.load(123) and load(b"x") raised TypeError from deep inside; now one clear InputError line."""
    with pytest.raises(kzlib.InputError, match="a source is a file path") as e:
        kzlib.load(source)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("query", ["", "   ", None])
def test_kwic_of_nothing_is_an_input_error(query):
    """kwic("") returned an empty table silently; a query that names nothing, or a broken pattern, is an error."""
    c = load_as_is("Talks\n\nKazakhstan met Russia.\n")
    with pytest.raises(kzlib.InputError, match="kwic"):
        c.kwic(query)
    with pytest.raises(kzlib.InputError, match="not a valid regular expression"):
        c.kwic("(", regex=True)
    assert len(c.kwic("kazakhstan")) == 1
