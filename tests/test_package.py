"""The package as a user meets it: a Codebook of their own, Options, explicit sources, and a real install."""

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pandas as pd
import pytest

import kzlib
from kzlib import codebook as codebook_module
from kzlib import paths, presence
from kzlib.codebook import TABLES, Codebook, shipped_folder

from conftest import CHAPTER, CHAPTER_PATH, SHIPPED

STATEMENT = (
    "A Joint Statement\n\nOfficials in Hanoi met Quill Dorran and the Vietnamese delegation in 2019. "
    "Kazakh diplomats and Astana welcomed it.\n"
)


def write_csv(folder: Path, name: str, rows: list[dict]) -> None:
    folder.mkdir(exist_ok=True)
    pd.DataFrame(rows).to_csv(folder / name, index=False)


def test_a_two_row_codebook_of_ones_own(tmp_path):
    write_csv(
        tmp_path / "cb",
        "actors.csv",
        [
            dict(actor_id="vietnam", name="Vietnam", type="state", demonyms="Vietnamese", metonyms="Hanoi"),
            dict(actor_id="dorran", name="Quill Dorran", type="person", affiliation="vietnam", aliases="Dorran"),
        ],
    )
    cb = Codebook.load(tmp_path / "cb")
    assert len(cb.actors) == 2 and cb.themes.empty and cb.theme_terms.empty
    c = kzlib.load(texts={"s": STATEMENT}, codebook=cb)
    assert c.codebook is cb
    assert sorted(c.mentions.actor_id) == ["dorran", "vietnam", "vietnam"]
    assert set(c.mentions.form) == {"metonym", "name", "demonym"}
    assert c.theme_evidence.empty and c.themes.empty  # no themes in this codebook: nothing to score
    for table in c.tables().values():  # every table computes with the small codebook
        assert isinstance(table, pd.DataFrame)


def test_the_shipped_codebook_overlaid_with_ones_own_rows(tmp_path):
    write_csv(
        tmp_path / "cb",
        "actors.csv",
        [
            dict(actor_id="vietnam", name="Vietnam", type="state", demonyms="Vietnamese", metonyms="Hanoi"),
            dict(
                actor_id="kazakhstan",
                name="Kazakhstan",
                type="state",
                aliases="Republic of Kazakhstan",
                metonyms="Astana",
            ),
        ],
    )
    cb = Codebook.load(tmp_path / "cb", extend=True)
    assert len(cb.actors) == len(SHIPPED.actors) + 1
    kz = cb.actors.set_index("actor_id").loc["kazakhstan"]
    assert kz.demonyms == "" and kz.aliases == "Republic of Kazakhstan"  # the user's row replaces the shipped one
    assert len(cb.theme_terms) == len(SHIPPED.theme_terms)  # tables the folder lacks stay as shipped
    c = kzlib.load(texts={"s": STATEMENT}, codebook=cb)
    assert set(c.mentions.actor_id) == {"vietnam", "kazakhstan"}  # Astana kept as the capital; Kazakh dropped
    assert "Kazakh" not in set(c.mentions.surface)


def test_a_bad_codebook_is_refused_with_its_path(tmp_path):
    write_csv(
        tmp_path / "cb",
        "actors.csv",
        [
            dict(actor_id="a", name="A", type="state", aliases="X"),
            dict(actor_id="b", name="B", type="state", aliases="X"),
        ],
    )
    with pytest.raises(kzlib.InputError, match=r"actors\.csv: 'X' names both a and b"):
        Codebook.load(tmp_path / "cb")
    write_csv(tmp_path / "cb2", "actors.csv", [dict(actor_id="a", name="A")])
    with pytest.raises(kzlib.InputError, match=r"actors\.csv: missing columns \['type'\]"):
        Codebook.load(tmp_path / "cb2")
    with pytest.raises(kzlib.InputError, match="codebook folder not found"):
        Codebook.load(tmp_path / "nowhere")


def test_every_codebook_table_is_declared_and_shipped():
    for name, spec in TABLES.items():
        assert shipped_folder().joinpath(spec.file).is_file(), name
        assert len(SHIPPED[name]) > 0, name
    assert not list(Path(paths.ROOT, "data").glob("codebook*")), "the codebook lives in the package only"


def test_no_module_level_caches_of_codebook_files():
    import inspect

    for module in ("actors", "chronology", "codebook", "dyads", "themes", "presence", "corpus"):
        src = inspect.getsource(__import__(f"kzlib.{module}", fromlist=["_"]))
        assert "lru_cache" not in src and "@cache\n" not in src and "@functools.cache" not in src, module


# Facts of the chapter that must not steer library code: its years, its country and president, its doc_id.
CHAPTER_FACTS = re.compile(r"\b20(?:1[5-9]|2[01])\b|kazakh|nazarbayev|tokayev|ch05|united_states", re.I)


def chapter_facts(path: Path) -> list[str]:
    """Every literal of a module's code (not its docstrings or comments, where examples may quote a text) that
    names a chapter fact: an int 2015-2021, or a string holding one of CHAPTER_FACTS."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = set()  # one walk (a third of the time): it reaches a module, class or function before its docstring
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
                docs.add(id(node.body[0].value))
            continue
        if not isinstance(node, ast.Constant) or id(node) in docs:
            continue
        v = node.value
        if (isinstance(v, int) and not isinstance(v, bool) and 2015 <= v <= 2021) or (
            isinstance(v, str) and CHAPTER_FACTS.search(v)
        ):
            where = path.relative_to(paths.PACKAGE) if path.is_relative_to(paths.PACKAGE) else path.name
            found.append(f"{where}:{node.lineno}: {v!r:.60}")
    return found


def test_no_chapter_facts_in_library_code():
    found = [hit for path in sorted(paths.PACKAGE.rglob("*.py")) for hit in chapter_facts(path)]
    assert not found, "chapter facts in kzlib/ (pass them from the notebook or derive them from the data):\n" + (
        "\n".join(found)
    )


def test_the_chapter_fact_check_sees_code_not_prose(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Reads "in 2015" as a year."""\n# Kazakhstan, an example\n'
        'SPLIT = 2015\nWHO = ("kazakhstan", "Nazarbayev")\nLABEL = f"{SPLIT}–2021"\nOK = (2014, 2022, "Kyrgyz")\n'
    )
    assert [hit.split(": ", 1)[1] for hit in chapter_facts(sample)] == [
        "2015",
        "'kazakhstan'",
        "'Nazarbayev'",
        "'–2021'",
    ]


def test_options_switch_the_contestable_rules(corpus):
    base = corpus
    forms = base.mentions.form.value_counts()
    assert forms["metonym"] > 0 and forms["demonym"] > 0
    no_capitals = kzlib.load(CHAPTER_PATH, codebook=SHIPPED, options=kzlib.Options(metonyms=False))
    assert "metonym" not in set(no_capitals.mentions.form)
    assert len(no_capitals.mentions) < len(base.mentions)
    no_demonyms = kzlib.load(CHAPTER_PATH, codebook=SHIPPED, options=kzlib.Options(demonyms=False))
    assert "demonym" not in set(no_demonyms.mentions.form)
    flat = kzlib.load(CHAPTER_PATH, codebook=SHIPPED, options=kzlib.Options(theme_weights="flat"))
    hits = base.themes.hits.sum()
    assert flat.themes.hits.sum() == hits and not flat.themes.score.equals(base.themes.score)
    listed = kzlib.load(CHAPTER_PATH, codebook=SHIPPED, options=kzlib.Options(bloc_by_affiliation=False))
    listed_members = presence.blocs(corpus=listed).groupby("bloc").size()
    assert (listed_members < presence.blocs(corpus=base).groupby("bloc").size()).all()
    assert listed_members.to_dict() == {
        b: len(m.split(";")) for b, m in SHIPPED.blocs.query("group == 'great power'")[["bloc", "members"]].values
    }
    sentence = kzlib.load(CHAPTER_PATH, codebook=SHIPPED, options=kzlib.Options(action_scope="sentence"))
    assert sentence.options.action_scope == "sentence"  # read by the actions layer
    with pytest.raises(ValueError, match="action_scope"):
        kzlib.Options(action_scope="paragraph")
    assert len(kzlib.Options().alternatives()) == 5


def test_a_second_seed_changes_nothing_for_the_chapter(tmp_path, monkeypatch, corpus):
    """Tests and notebooks name the chapter; a second text in seeds/ only adds its own rows."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(CHAPTER_PATH, seeds)
    (seeds / "another.txt").write_text(STATEMENT, encoding="utf-8")
    monkeypatch.setattr(paths, "SEEDS", seeds)
    both = kzlib.load(codebook=SHIPPED)
    assert list(both.docs) == ["another", CHAPTER]
    for name, table in corpus.tables().items():
        if "doc_id" in table:
            mine = both.tables()[name]
            mine = mine[mine.doc_id == CHAPTER].drop(columns=["path"], errors="ignore").reset_index(drop=True)
            assert mine.equals(table.drop(columns=["path"], errors="ignore").reset_index(drop=True)), name
    # nothing in the tests or the notebooks loads "every seed"
    every_seed = "kzlib.load" + "()"
    for test in Path(__file__).parent.glob("*.py"):
        assert every_seed not in test.read_text(), test.name
    for nb in paths.NOTEBOOKS.glob("*.ipynb"):
        cells = json.loads(nb.read_text())["cells"]
        code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
        assert every_seed not in "\n".join(code), nb.name
        params = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(params) == 1 and f'DOC = "{CHAPTER}"' in "".join(params[0]["source"]), nb.name
        assert "SOURCE or paths.seed(DOC)" in "\n".join(code), nb.name  # the text read is the parameter


def test_shipped_codebook_shims_read_afresh():
    assert codebook_module.actors().equals(SHIPPED.actors)
    assert codebook_module.themes().equals(SHIPPED.themes)


def test_wheel_installs_and_runs_from_another_folder(tmp_path):
    """Build the wheel, install it (not editable) into a fresh venv, use it from a folder outside the project."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(paths.ROOT / name, src)
    shutil.copytree(paths.PACKAGE, src / "kzlib", ignore=shutil.ignore_patterns("__pycache__"))
    run = dict(capture_output=True, text=True, timeout=300)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True, **run)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], check=True, **run
        ).stdout.strip()
    )
    # the project venv's packages (pandas ...) without its editable kzlib: a plain path, whose .pth are not read
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # one pip run builds the wheel (PEP 517, setuptools from the lock) and installs it
    r = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--target", site, src],
        **run,
    )
    assert r.returncode == 0, r.stderr
    assert [p.name for p in site.glob("kzlib-*.dist-info/WHEEL")] == ["WHEEL"]  # installed from a built wheel
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "some.txt").write_text(STATEMENT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    # one interpreter for every check (an interpreter costs about a second): what it imports, the CLI's refusal
    # without a source, `python -m kzlib export` (its __main__, run as -m runs it), and last, uncaught, load()
    # with no source and no seeds/ beside the package
    script = (
        "import contextlib, io, runpy, sys, kzlib, kzlib.plots, kzlib.codebook as c\n"
        "from kzlib.cli import main\n"
        "print(kzlib.__file__); print(len(c.Codebook.load().actors)); print(len(kzlib.load('some.txt').mentions))\n"
        "err = io.StringIO()\n"
        "with contextlib.redirect_stderr(err):\n"
        "    code = main(['export', 'out2'])\n"
        "print(code); print(repr(err.getvalue()))\n"
        "sys.argv = ['-m', 'export', 'out', 'some.txt']\n"
        "try:\n"
        "    runpy.run_module('kzlib', run_name='__main__', alter_sys=True)\n"
        "except SystemExit as stop:\n"
        "    print(stop.code)\n"
        "from kzlib import load\n"
        "load()\n"
    )
    r = subprocess.run([python, "-c", script], cwd=work, env=env, **run)
    assert len(r.stdout.splitlines()) == 7, r.stderr
    where, n_actors, n_mentions, code, err, wrote, export_code = r.stdout.splitlines()
    assert Path(where).is_relative_to(site) and int(n_actors) == len(SHIPPED.actors) and int(n_mentions) > 0
    # no source: the CLI says so in one line, exit 2 (nothing about a seeds/ folder)
    assert code == "2" and err == repr("kzlib: error: no SOURCE given (name the text files to read)\n")
    # and load() says that no source was given, not where seeds are not
    assert r.returncode == 1 and r.stderr.splitlines()[-1].startswith("kzlib.errors.InputError: no source given")
    assert "site-packages" not in r.stderr.splitlines()[-1]
    assert export_code == "0" and wrote.startswith("wrote "), r.stderr  # `python -m kzlib export out some.txt`
    assert (work / "out" / "mentions.csv").is_file()
    assert pd.read_csv(work / "out" / "documents.csv").doc_id.tolist() == ["some"]
    assert CHAPTER not in (work / "out" / "documents.csv").read_text()
    assert not (work / "out2").exists()


def test_one_document_of_a_corpus(corpus):
    text = corpus.source(CHAPTER)
    both = kzlib.load(texts={CHAPTER: text, "note": STATEMENT}, codebook=SHIPPED)
    _ = both.mentions, both.timexes  # computed once for both, then filtered for one
    one = both.doc(CHAPTER)
    assert list(one.docs) == [CHAPTER] and one.codebook is both.codebook and one.options is both.options
    assert one.docs[CHAPTER] is both.docs[CHAPTER]
    for name in ("paragraphs", "mentions", "timexes", "events", "themes", "actors", "cooccurrence", "candidates"):
        mine = one.tables()[name].reset_index(drop=True)
        alone = corpus.tables()[name].reset_index(drop=True)
        assert mine.drop(columns=["path"], errors="ignore").equals(alone.drop(columns=["path"], errors="ignore")), name
    assert corpus.doc(CHAPTER) is corpus
    with pytest.raises(KeyError, match="no document"):
        both.doc("missing")
