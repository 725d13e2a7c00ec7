"""Hostile input (issue 15): one line naming the user's path and the cause, exit 2, no traceback; or a clean read.

Every case is a small file or folder written here; nothing blocks, nothing is half-written.
"""

import errno
import gc
import multiprocessing
import os
import subprocess
import sys
import types
from pathlib import Path

import pandas as pd
import pytest
from test_input import run_cli as run_in_process

import kzlib
from kzlib import batch, export, source
from kzlib.codebook import Codebook
from kzlib.source import doc_id_for, read_source

TEXT = "A Short Statement\n\nThe Kyrgyz Republic and Turkmenistan met in 2019 to discuss trade.\n"


def run_cli(*args, timeout=60, env=None):
    return subprocess.run(
        [sys.executable, "-m", "kzlib", *args], capture_output=True, timeout=timeout, env={**os.environ, **(env or {})}
    )


def cli(*args):
    """The same ``main`` in this process, for cases where no real process is needed (stderr as bytes)."""
    r = run_in_process(*args)
    return types.SimpleNamespace(returncode=r.returncode, stdout=r.stdout.encode(), stderr=r.stderr.encode())


def one_line_error(r, path=None):
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("kzlib: error: "), err
    assert "Traceback" not in err
    if path is not None:
        assert str(path) in err, err
    return err


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(kzlib.InputError, match=f"^{fifo}: is a named pipe"):
        read_source(fifo)
    err = one_line_error(run_cli("export", str(tmp_path / "out"), str(fifo), timeout=30), fifo)
    assert "named pipe" in err and not (tmp_path / "out").exists()


def test_device_is_refused(tmp_path):
    with pytest.raises(kzlib.InputError, match=r"^/dev/zero: is a character device"):
        read_source("/dev/zero")
    with pytest.raises(kzlib.InputError, match=r"^/dev/zero: is a character device"):
        kzlib.load("/dev/zero")
    for command, out in (("export", "out"), ("report", "report"), ("qdpx", "coding.qdpx")):
        err = one_line_error(cli(command, str(tmp_path / out), "/dev/zero"), "/dev/zero")
        assert "character device" in err and not (tmp_path / out).exists()


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text(TEXT + "More words here.\n" * 100, encoding="utf-8")
    with pytest.raises(kzlib.InputError, match=r"above the limit of 1,000"):
        read_source(big, max_bytes=1000)
    monkeypatch.setattr(source, "MAX_BYTES", 1000)
    with pytest.raises(kzlib.InputError, match=f"^{big}: file is"):
        kzlib.load(big)
    assert read_source(big, max_bytes=0).text.startswith("A Short")  # 0: no limit
    one_line_error(cli("export", str(tmp_path / "out"), str(big), "--max-bytes", "1000"), big)
    one_line_error(run_cli("export", str(tmp_path / "out"), str(big), env={"KZLIB_MAX_BYTES": "1000"}), big)
    assert cli("export", str(tmp_path / "out"), str(big), "--max-bytes", "0").returncode == 0


def test_file_name_not_utf8_reads_cleanly(tmp_path):
    folder = os.fsencode(tmp_path)
    for raw in (b"caf\xe9.txt", b"caf\xe8.txt"):
        with open(os.path.join(folder, raw), "w", encoding="utf-8") as fh:
            fh.write(TEXT)
    names = sorted(os.fsdecode(os.path.join(folder, raw)) for raw in (b"caf\xe9.txt", b"caf\xe8.txt"))
    c = kzlib.load(*names)
    assert len(set(c.documents.doc_id)) == 2 and all(d.startswith("caf-") for d in c.documents.doc_id)
    out = tmp_path / "out"
    r = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"kzlib", b"export", os.fsencode(out), *[os.fsencode(n) for n in names]],
        capture_output=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    docs = pd.read_csv(out / "documents.csv")
    assert len(docs) == 2 and docs.path.str.contains("\ufffd").all()
    # the same main in this process, given the name as a process receives it (os.fsdecode: a lone surrogate for
    # each undecodable byte, as in sys.argv); the message must print as UTF-8 (cli() encodes it strictly)
    missing = os.path.join(folder, b"gon\xe9.txt")
    err = one_line_error(cli("export", tmp_path / "o2", os.fsdecode(missing)))
    assert "gon\ufffd.txt: no such file" in err


def test_names_without_latin_letters_get_distinct_stable_ids():
    ids = [doc_id_for(p) for p in ("доклад.txt", "отчёт.txt", "报告.txt", "تقرير.txt", "report-2020.txt")]
    assert len(set(ids)) == len(ids)
    assert ids == [doc_id_for(p) for p in ("доклад.txt", "отчёт.txt", "报告.txt", "تقرير.txt", "report-2020.txt")]
    assert ids[-1] == "report-2020" and all(i.startswith("doc-") for i in ids[:4])
    assert doc_id_for("доклад-2020.txt") != doc_id_for("отчёт-2020.txt")
    assert doc_id_for("Café Politique.txt") == "cafe-politique"


@pytest.mark.parametrize("content", ["\u200b\u200b\n", "\u200e\u200f \u2066\u2069\n", "\ufeff\u00ad\n\u200d"])
def test_invisible_only_file_is_blank(tmp_path, content):
    f = tmp_path / "invisible.txt"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(kzlib.InputError, match=f"^{f}: file is empty or blank"):
        read_source(f)


@pytest.mark.parametrize("name", ["Kazakh\u200bstan", "Kazakh\u00adstan", "Turk\u200dmenistan"])
def test_invisible_characters_inside_a_name(name):
    text = f"A Short Statement\n\nOfficials from {name} met in 2019 to discuss trade.\n"
    c = kzlib.load(texts={"z": text})
    m = c.mentions
    assert len(m) == 1, m
    r = m.iloc[0]
    assert r.actor_id in ("kazakhstan", "turkmenistan")
    assert text[r.start : r.end] == r.surface == name


def test_empty_list_of_sources_is_an_error():
    with pytest.raises(kzlib.InputError, match="no sources given"):
        kzlib.load([])
    with pytest.raises(kzlib.InputError, match="no sources given"):
        kzlib.load(texts={})


@pytest.mark.parametrize("blank", ["", " \n\t", "\u200b\ufeff\n"])
def test_a_blank_text_in_memory_is_refused_with_its_id(blank):
    with pytest.raises(kzlib.InputError, match=r"^note: text is empty or blank") as e:
        kzlib.load(texts={"good": TEXT, "note": blank})
    assert "\n" not in str(e.value)


def test_no_source_and_no_seeds_folder_says_no_source_was_given(tmp_path, monkeypatch, capsys):
    from kzlib import cli, paths
    from kzlib.corpus import load as load_corpus

    monkeypatch.setattr(paths, "SEEDS", tmp_path / "site-packages" / "seeds")  # as after a plain install
    with pytest.raises(kzlib.InputError, match=r"^no source given: name the text files") as e:
        load_corpus()  # no source at all
    assert "seeds" not in str(e.value)
    assert cli.main(["qdpx", str(tmp_path / "out.qdpx")]) == 2
    assert capsys.readouterr().err == "kzlib: error: no SOURCE given (name the text files to read)\n"
    (tmp_path / "site-packages" / "seeds").mkdir(parents=True)  # a checkout's empty seeds/: named as before
    with pytest.raises(kzlib.InputError, match=r"seeds: no \.txt sources found"):
        load_corpus()


def test_permission_error_becomes_input_error(tmp_path, monkeypatch):
    f = tmp_path / "closed" / "a.txt"
    f.parent.mkdir()
    f.write_text(TEXT, encoding="utf-8")
    real_open = os.open

    def deny(path, *args, **kw):  # root reads every file, so the refusal is simulated
        if os.fspath(path) == str(f):
            raise PermissionError(errno.EACCES, "Permission denied", str(f))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(os, "open", deny)
    with pytest.raises(kzlib.InputError, match=f"^{f}: cannot read \\(permission denied\\)"):
        kzlib.load(f)


def test_symlink_loop_is_named(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(kzlib.InputError, match=f"^{a}: symbolic link loop"):
        read_source(a)
    assert "symbolic link loop" in one_line_error(cli("export", str(tmp_path / "out"), str(a)), a)


def _tables(text, doc_id):
    return kzlib.load(texts={doc_id: text}).tables()


def test_disk_full_names_the_folder_and_keeps_the_old_one(tmp_path, monkeypatch):
    out = tmp_path / "out"
    export.write_tables(_tables(TEXT, "old"), out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = []

    def full(self, path=None, *a, **kw):
        calls.append(path)
        if len(calls) > 3:  # a failure halfway through
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(self, path, *a, **kw)

    real = pd.DataFrame.to_csv
    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    with pytest.raises(kzlib.InputError) as exc:
        export.write_tables(_tables(TEXT, "new"), out)
    assert str(exc.value) == f"{out}: cannot write the tables (no space left on device (disk full))"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "staging folder left behind"


def test_read_only_folder_names_the_folder(tmp_path, monkeypatch):
    out = tmp_path / "ro" / "out"

    def read_only(*a, **kw):  # root writes anywhere, so the read-only file system is simulated
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / "ro" / ".out-new-x1y2"))

    monkeypatch.setattr(export.tempfile, "mkdtemp", read_only)
    with pytest.raises(kzlib.InputError) as exc:
        export.write_tables(_tables(TEXT, "a"), out)
    assert str(exc.value) == f"{out}: cannot write the tables (read-only file system)"


def test_a_folder_named_like_a_table_is_refused(tmp_path):
    out = tmp_path / "out"
    (out / "mentions.csv").mkdir(parents=True)
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    err = one_line_error(cli("export", str(out), str(src)), out)
    assert "mentions.csv (a directory)" in err
    assert [p.name for p in out.iterdir()] == ["mentions.csv"] and not list((out / "mentions.csv").iterdir())
    (out / "notes.txt").write_text("mine")
    (out / "mentions.csv").rmdir()
    assert "notes.txt (not a table kzlib wrote)" in one_line_error(cli("export", str(out), str(src)), out)
    assert (out / "notes.txt").read_text() == "mine"


def _write(tables, out, start, done, rounds):
    for _ in range(rounds):
        start.wait()  # both writers start together
        export.write_tables(tables, out)
        done.wait()  # and the test reads the folder before the next round


def test_twenty_concurrent_pairs_never_mix(tmp_path):
    """Two processes export different tables into the same folder at the same moment, twenty times: each time the
    folder holds one export whole, never a mix (the same two processes race every round: a fork per round cost
    2 s of CPU)."""
    a, b = _tables(TEXT, "alpha"), _tables(TEXT.replace("Turkmenistan", "Tajikistan"), "beta")
    ctx = multiprocessing.get_context("fork")
    expected = []
    for k, tables in enumerate((a, b)):
        export.write_tables(tables, tmp_path / f"ref{k}")
        expected.append({p.name: p.read_bytes() for p in (tmp_path / f"ref{k}").iterdir()})
    out = tmp_path / "out"
    seen = set()
    rounds = 20
    start, done = ctx.Barrier(3, timeout=60), ctx.Barrier(3, timeout=60)
    procs = [ctx.Process(target=_write, args=(t, out, start, done, rounds)) for t in (a, b)]
    for p in procs:
        p.start()
    try:
        for _ in range(rounds):
            start.wait()
            done.wait()
            got = {p.name: p.read_bytes() for p in out.iterdir()}
            assert got in expected, "tables of two exports mixed"
            seen.add(expected.index(got))
    except BaseException:
        start.abort()  # the writers stop waiting
        done.abort()
        raise
    finally:
        for p in procs:
            p.join(60)
            if p.is_alive():
                p.kill()
    assert [p.exitcode for p in procs] == [0, 0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "ref0", "ref1"]


def test_jobs_give_identical_bytes(tmp_path):
    texts = {
        f"d{k}": TEXT.replace("2019", str(2000 + k))
        + ("\nKazakhstan and Russia signed a deal in March 2015.\n" if k % 2 else "")
        for k in range(5)
    }
    sources = [source.from_text(t, d) for d, t in texts.items()]
    batch.export(sources, tmp_path / "one", jobs=1)
    batch.export(sources, tmp_path / "two", jobs=2)
    export.write_tables(kzlib.load(texts=texts).tables(), tmp_path / "corpus")
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "corpus").iterdir())
    for n in names:
        ref = (tmp_path / "corpus" / n).read_bytes()
        assert (tmp_path / "one" / n).read_bytes() == ref, n
        assert (tmp_path / "two" / n).read_bytes() == ref, n
    c = kzlib.load(texts=texts, jobs=2)
    for name, df in kzlib.load(texts=texts).tables().items():
        pd.testing.assert_frame_equal(c.tables()[name], df)


def _inherited(sources, codebook=None, options=None):
    """What a worker finds before its batch (the matchers its codebook holds, the objects frozen), and the work."""
    found = dict(matchers=len(codebook._compiled), frozen=gc.get_freeze_count())
    batch.document_tables(sources, codebook, options)
    return found


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers inherit only when forked")
def test_forked_workers_inherit_the_parents_warm_up():
    sources = [source.from_text(TEXT.replace("2019", str(2010 + k)), f"d{k}") for k in range(4)]
    gc.unfreeze()  # as a fresh process: nothing frozen (conftest froze what the test session holds)
    try:
        found = list(batch.map_documents(sources, jobs=2, codebook=Codebook.load(), work=_inherited))
        assert len(found) >= 2 and all(f["matchers"] > 5 and f["frozen"] > 0 for f in found), found
        assert gc.get_freeze_count() == 0  # the parent unfroze what it froze once the workers were forked
        gc.freeze()  # a caller that froze first (the command line its imports): nothing more is frozen, nor unfrozen
        frozen = gc.get_freeze_count()
        found = list(batch.map_documents(sources, jobs=2, codebook=Codebook.load(), work=_inherited))
        assert all(f["matchers"] > 5 and 0 < f["frozen"] <= frozen for f in found), (frozen, found)
        assert 0 < gc.get_freeze_count() <= frozen  # (a frozen object freed by its reference count leaves the count)
    finally:
        gc.collect()
        gc.freeze()  # conftest's freeze back


def test_progress_bar_only_on_a_terminal(tmp_path, capsys):
    files = []
    for k in range(batch.PROGRESS_MIN_DOCS + 1):
        f = tmp_path / f"d{k:02d}.txt"
        f.write_text(TEXT, encoding="utf-8")
        files.append(str(f))
    r = cli("export", str(tmp_path / "out"), *files)
    assert r.returncode == 0 and r.stderr == b""  # stderr is not a terminal here: no bar
    sources = [source.from_text(TEXT, f"d{k}") for k in range(3)]
    list(batch.map_documents(sources, progress=True))
    assert "/3 [" in capsys.readouterr().err


def test_any_executor_can_map_the_per_document_work():
    """joblib's executor (loky), one worker: a fresh interpreter that inherits nothing from this process, the
    work and its results pickled both ways (kzlib's own --jobs is tested above)."""
    from joblib.externals.loky import get_reusable_executor

    texts = {f"d{k}": TEXT.replace("2019", str(2010 + k)) for k in range(3)}
    sources = [source.from_text(t, d) for d, t in texts.items()]
    executor = get_reusable_executor(max_workers=1)
    mapped = batch.combine(list(executor.map(batch.document_tables, sources)))
    executor.shutdown()
    for name, df in kzlib.load(texts=texts).tables().items():
        pd.testing.assert_frame_equal(mapped[name], df)


@pytest.mark.parametrize(
    "said, value",
    [("the ſpring of 2020", "2020-SP"), ("the ſecond half of 2019", "2019-H2"), ("the \u212aarch of 2019", None)],
)
def test_letters_that_case_fold_to_ascii_do_not_break_the_date_grammar(said, value):
    """The date patterns ignore case, so the long s (ſ) matches 's' and the Kelvin sign 'k': the words they match
    are looked up case-folded (a KeyError before)."""
    c = kzlib.load(texts={"a": f"A Note\n\nIt happened in {said}, they said.\n"})
    assert c.timexes.value.tolist()[-1:] == ([value] if value else ["2019"])


# ---- outputs that cannot be written: the user's path and the cause, never the hidden staging name


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs a /proc that takes no new entries")
@pytest.mark.parametrize(
    "command, out, what", [("report", "/proc/kzout", "report"), ("qdpx", "/proc/kz.qdpx", "project")]
)
def test_unwritable_output_folder_names_the_users_path(tmp_path, command, out, what):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = cli(command, out, src)
    err = one_line_error(r)
    assert err.startswith(f"kzlib: error: {out}: cannot write the {what} ("), err
    assert "/proc/." not in err, "the staging name leaked"
    assert "cannot create files in /proc" in err or "permission denied" in err, err


@pytest.mark.parametrize("command, what", [("report", "the report"), ("export", "the tables"), ("qdpx", "the project")])
def test_output_under_a_file_says_not_a_folder(tmp_path, command, what):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    afile = tmp_path / "afile"
    afile.write_text("a regular file\n")
    out = afile / ("out.qdpx" if command == "qdpx" else "out")
    r = cli(command, out, src)
    err = one_line_error(r)
    assert err == f"kzlib: error: {out}: cannot write {what} ({afile} is not a folder)\n"
    assert afile.read_text() == "a regular file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "afile"]


def test_options_may_follow_the_output_and_precede_the_sources(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    r = cli("report", tmp_path / "out", "--notebooks", tmp_path / "none", src)
    assert one_line_error(r) == f"kzlib: error: {tmp_path / 'none'}: not a folder of executed notebooks\n"
    r = cli("export", tmp_path / "tables", "--max-bytes", "0", src, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "tables" / "mentions.csv").is_file()


def test_only_python_m_kzlib_freezes_its_imports(tmp_path):
    """``python -m kzlib`` moves its imports to the collector's permanent generation (its process ends with the
    command); a caller of ``cli.main`` in its own process keeps its collector as it was."""
    from kzlib import cli as command_line

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gc.unfreeze()
    try:
        assert command_line.main(["export", str(tmp_path / "out"), str(tmp_path / "a.txt")]) == 0
        assert gc.get_freeze_count() == 0
    finally:
        gc.collect()
        gc.freeze()  # conftest's freeze back
    main = (Path(command_line.__file__).parent / "__main__.py").read_text(encoding="utf-8")
    assert "main(freeze_imports=True)" in main
