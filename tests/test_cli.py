"""The command line with a codebook of one's own (``--codebook FOLDER [--extend]``) and the size limit
(``--max-bytes N``) on every command that reads sources."""

import zipfile

import pandas as pd
import pytest
from test_input import run_cli
from test_report import no_figures

from kzlib import report

from conftest import SHIPPED

TEXT = (
    "A Joint Statement\n\nOfficials in Hanoi met Quill Dorran and the Vietnamese delegation in 2019. "
    "Kazakh diplomats welcomed the talks.\n"
)


def one_line_error(r, *words):
    assert r.returncode == 2, r.stderr
    assert r.stdout == "" and r.stderr.count("\n") == 1 and r.stderr.startswith("kzlib: error: "), r.stderr
    for word in words:
        assert str(word) in r.stderr, r.stderr
    return r.stderr


@pytest.fixture
def work(tmp_path):
    (tmp_path / "note.txt").write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "cb"
    folder.mkdir()
    pd.DataFrame(
        [
            dict(actor_id="vietnam", name="Vietnam", type="state", demonyms="Vietnamese", metonyms="Hanoi"),
            dict(actor_id="dorran", name="Quill Dorran", type="person", affiliation="vietnam", aliases="Dorran"),
        ]
    ).to_csv(folder / "actors.csv", index=False)
    return tmp_path


def test_export_with_ones_own_codebook_and_with_the_shipped_one_extended(work):
    r = run_cli("export", work / "own", work / "note.txt", "--codebook", work / "cb")
    assert r.returncode == 0, r.stderr
    own = pd.read_csv(work / "own" / "mentions.csv")
    assert sorted(own.actor_id) == ["dorran", "vietnam", "vietnam"]  # only the folder's actors: no Kazakh
    assert pd.read_csv(work / "own" / "theme_evidence.csv").empty  # no theme table in the folder
    r = run_cli("export", work / "both", work / "note.txt", "--codebook", work / "cb", "--extend", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    both = pd.read_csv(work / "both" / "mentions.csv")
    assert set(both.actor_id) == {"dorran", "vietnam", "kazakhstan"}
    assert len(pd.read_csv(work / "both" / "actors.csv")) == 3
    assert run_cli("export", work / "shipped", work / "note.txt").returncode == 0
    assert set(pd.read_csv(work / "shipped" / "mentions.csv").actor_id) == {"kazakhstan"}
    assert len(SHIPPED.actors) > 3


def test_codebook_mistakes_get_one_line(work):
    one_line_error(run_cli("export", work / "out", work / "note.txt", "--extend"), "--extend needs --codebook")
    one_line_error(run_cli("qdpx", work / "out.qdpx", work / "note.txt", "--codebook", work / "nowhere"), "nowhere")
    (work / "bad").mkdir()
    (work / "bad" / "actors.csv").write_text("actor_id,name\na,A\n", encoding="utf-8")
    one_line_error(run_cli("report", work / "rep", work / "note.txt", "--codebook", work / "bad"), "actors.csv")
    assert not (work / "out").exists() and not (work / "out.qdpx").exists() and not (work / "rep").exists()


@pytest.mark.parametrize("command, out", [("export", "out"), ("report", "rep"), ("qdpx", "out.qdpx")])
def test_every_command_that_reads_sources_takes_max_bytes(work, command, out):
    err = one_line_error(run_cli(command, work / out, work / "note.txt", "--max-bytes", "100"), work / "note.txt")
    assert "above the limit of 100 " in err and "--max-bytes" in err
    assert not (work / out).exists()


def test_qdpx_and_report_use_the_codebook_given(work, monkeypatch):
    monkeypatch.setattr(report, "write_figures", no_figures)  # the figures are test_report's and test_figures'

    r = run_cli("qdpx", work / "own.qdpx", work / "note.txt", "--codebook", work / "cb", "--max-bytes", "0")
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(work / "own.qdpx") as z:
        project = z.read("project.qde").decode("utf-8")
    assert 'name="Quill Dorran' in project and "Kazakhstan" not in project
    r = run_cli("report", work / "rep", work / "note.txt", "--codebook", work / "cb", "--extend")
    assert r.returncode == 0, r.stderr
    mentions = pd.read_csv(work / "rep" / "tables" / "mentions.csv")
    assert set(mentions.actor_id) == {"dorran", "vietnam", "kazakhstan"}


@pytest.mark.parametrize("command, out", [("export", "out"), ("report", "rep"), ("qdpx", "out.qdpx")])
def test_the_same_source_twice_is_refused(work, command, out):
    note = work / "note.txt"
    one_line_error(run_cli(command, work / out, note, str(note)), note, "given twice")
    assert not (work / out).exists()


@pytest.mark.parametrize("value, words", [("-1", "is negative"), ("abc", "not a whole number")])
def test_a_bad_option_value_gets_one_line(work, value, words):
    with pytest.raises(SystemExit) as exit_:
        run_cli("export", work / "out", work / "note.txt", "--max-bytes", value)
    assert exit_.value.code == 2


def test_a_bad_option_value_in_a_real_process_is_one_line(work):
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, "-m", "kzlib", "export", str(work / "out"), str(work / "note.txt"), "--max-bytes", "-1"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1, r.stderr
    assert r.stderr.startswith("kzlib: error: ") and "is negative" in r.stderr


def test_report_and_project_files_follow_the_umask(work, monkeypatch):
    import os
    import stat

    monkeypatch.setattr(report, "write_figures", no_figures)
    old = os.umask(0o022)
    try:
        assert run_cli("report", work / "rep", work / "note.txt").returncode == 0
        assert run_cli("qdpx", work / "x.qdpx", work / "note.txt").returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((work / "rep").stat().st_mode) == 0o755
    assert stat.S_IMODE((work / "x.qdpx").stat().st_mode) == 0o644


@pytest.mark.parametrize("command", ["export", "report", "qdpx"])
def test_cli_help_says_what_happens_without_sources(command, capsys, monkeypatch, tmp_path):
    """The help said "default: every .txt in seeds/", which an installed package lacks: it says a checkout reads
    its seeds/ and an installed kzlib stops with one line, exit 2, which is what it does (seeds/ made absent)."""
    from kzlib import cli, paths

    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    words = " ".join(capsys.readouterr().out.split())
    assert "in a kzlib source checkout: every .txt in its seeds/" in words and "installed kzlib has no seeds/" in words
    monkeypatch.setattr(paths, "SEEDS", tmp_path / "seeds")
    assert cli.main([command, str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == "kzlib: error: no SOURCE given (name the text files to read)\n"
    assert not (tmp_path / "out").exists()
