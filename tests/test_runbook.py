"""The notebooks on another text: parameters injected, chapter-only cells dropped, the committed notebooks
untouched; the Findings of a new text rendered from its own values."""

from __future__ import annotations

import ast
import json
import re

import nbformat
import pytest

import kzlib
from kzlib import evaluate, paths, report, runbook, sensitivity


def notebook(cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    return nb


def test_prepare_injects_parameters_and_drops_chapter_only_cells():
    nb = notebook(
        [
            nbformat.v4.new_markdown_cell("# Title"),
            nbformat.v4.new_code_cell('DOC = "chapter"\nSOURCE = ""', metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("print(DOC)"),
            nbformat.v4.new_markdown_cell("The chapter says 42.", metadata={"tags": ["chapter-only"]}),
        ]
    )
    out = runbook.prepare(nb, "speech", "/texts/speech.txt")
    assert [runbook.tags(c) for c in out.cells] == [[], ["parameters"], ["injected-parameters"], [], ["left-out"]]
    assert out.cells[2].source == "DOC = 'speech'\nSOURCE = '/texts/speech.txt'"
    assert "Left out on this text: prose about the chapter (1 cell tagged `chapter-only`" in out.cells[4].source
    assert len(nb.cells) == 4  # the original is untouched
    assert runbook.prepare(nb, "chapter", None).cells == nb.cells


def test_every_notebook_can_take_another_text():
    for path in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        runbook.prepare(nb, "speech", "/texts/speech.txt")  # has its parameters cell
        findings = [c for c in nb.cells if "findings.render(" in c.source]
        assert all("chapter-only" in runbook.tags(c) for c in findings), path.name


def test_execute_runs_a_notebook_on_another_text(tmp_path, capfd):
    nb = notebook(
        [
            nbformat.v4.new_code_cell('DOC = "chapter"\nSOURCE = ""', metadata={"tags": ["parameters"]}),
            nbformat.v4.new_code_cell("import kzlib\ncorpus = kzlib.load(SOURCE)\nprint(DOC, len(corpus.paragraphs))"),
            nbformat.v4.new_code_cell("raise RuntimeError('chapter gold')", metadata={"tags": ["chapter-only"]}),
            nbformat.v4.new_code_cell("1 / 0"),
        ]
    )
    (tmp_path / "nb").mkdir()
    nbformat.write(nb, tmp_path / "nb" / "01-x.ipynb")
    before = (tmp_path / "nb" / "01-x.ipynb").read_bytes()
    text = tmp_path / "speech.txt"
    text.write_text("A Statement\n\nOne paragraph here.\n\nAnother paragraph.\n", encoding="utf-8")
    written, failures = runbook.execute([tmp_path / "nb" / "01-x.ipynb"], tmp_path / "out", "speech", str(text))
    assert (tmp_path / "nb" / "01-x.ipynb").read_bytes() == before
    cells = json.loads(written[0].read_text())["cells"]
    assert "speech 2" in "".join(cells[2]["outputs"][0]["text"])
    assert cells[3]["metadata"]["tags"] == ["left-out"]  # the chapter-only cell is said to be left out, not run
    assert failures == ["01-x.ipynb: cell 4: ZeroDivisionError: division by zero"]  # listed, not hidden
    assert "without encryption" not in capfd.readouterr().err  # the kernel's transport is encrypted: no warning


def test_the_makefile_executes_notebooks_as_the_runbook_does():
    """``make report`` and ``make notebooks`` start their kernels with the runbook's transport encryption."""
    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    option = f"--KernelManager.transport_encryption={runbook.TRANSPORT_ENCRYPTION}"
    assert f"EXECUTE := $(PY) -m jupyter nbconvert --to notebook --execute --log-level WARN {option}" in makefile
    assert makefile.count("nbconvert") == 1 and makefile.count("$(EXECUTE) ") == 2


def test_summaries_of_a_short_text_keep_their_columns():
    """What the notebooks call on another text: no page-break joins, too few paragraphs for a topic model."""
    import kzlib
    from kzlib import describe, topics

    c = kzlib.load(texts={"short": "A Short Note\n\nThe United States met Kazakhstan on 5 January 2022.\n"})
    assert list(describe.joins(c).drop(columns="doc_id").columns)[:2] == ["para_id", "before"]
    st = topics.stability(c, "short")
    assert st.empty and "same_theme" in st.columns


def test_left_out_cells_are_said_and_a_question_for_any_text_takes_their_place():
    """Where chapter-only cells stood, a note says what was left out and why (one per run of such cells), then each
    one's wording for any text (metadata ``kzlib.other_text``) stands in its place."""
    nb = notebook(
        [
            nbformat.v4.new_markdown_cell(
                "# 5 · The chapter\n\n**Question.** What did the chapter's hero do?",
                metadata={
                    "tags": ["chapter-only"],
                    "kzlib": {"other_text": "# 5 · The text\n\n**Question.** Who acts?"},
                },
            ),
            nbformat.v4.new_code_cell('DOC = "chapter"\nSOURCE = ""', metadata={"tags": ["parameters"]}),
            nbformat.v4.new_markdown_cell(
                "## The chapter's scores", metadata={"tags": ["chapter-only"], "kzlib": {"other_text": "## Scores"}}
            ),
            nbformat.v4.new_code_cell(
                "score, errors = evaluate.actor_paragraphs(corpus)", metadata={"tags": ["chapter-only"]}
            ),
            nbformat.v4.new_code_cell("findings.render('{n}', n=1)", metadata={"tags": ["chapter-only"]}),
            nbformat.v4.new_markdown_cell(
                "## The chapter's dates", metadata={"tags": ["chapter-only"], "kzlib": {"other_text": "## Dates"}}
            ),
            nbformat.v4.new_code_cell("corpus.mentions"),
        ]
    )
    out = runbook.prepare(nb, "speech", "/texts/speech.txt")
    assert [runbook.tags(c) for c in out.cells] == [
        ["other-text"], ["parameters"], ["injected-parameters"], ["other-text"], ["left-out"], ["other-text"], []
    ]  # fmt: skip
    assert report._summary(out.cells, "05-x") == ("5 · The text", "Who acts?")  # the index asks the text's question
    assert out.cells[3].source == "## Scores" and out.cells[5].source == "## Dates"  # in the order of the cells
    assert out.cells[4].source == (
        "*Left out on this text: the check against the chapter's hand annotations, which exist for it alone; the "
        "chapter's findings, worded for its numbers (2 cells tagged `chapter-only`, written for the chapter these "
        "notebooks read).*"
    )
    assert len({c.id for c in out.cells}) == len(out.cells)
    nbformat.validate(out)


GOLD_CALLS = re.compile(r"\b(?:evaluate|heldout|record)\.|\bgold\(|paths\.(?:DATA|ANNOTATIONS)")


def test_another_text_without_the_annotations_runs_no_chapter_gold_cell(tmp_path, monkeypatch):
    """An installed package has no data/annotations/: reading the gold is one clear InputError, and no cell the
    runbook keeps for another text reads the chapter's gold (02's matcher check, 04's theme agreement, 07's table)."""
    missing = tmp_path / "site-packages" / "data" / "annotations"
    monkeypatch.setattr(paths, "ANNOTATIONS", missing)
    with pytest.raises(kzlib.InputError) as error:
        evaluate.gold("themes_primary")
    message = str(error.value)
    assert str(missing / "themes_primary.csv") in message and "ship with the kzlib repository" in message
    assert "\n" not in message
    assert not evaluate.has_gold("ch05-new-focus-new-grounding")
    for path in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        if nb.metadata.get("kzlib", {}).get("chapter_only"):
            continue
        kept = runbook.prepare(nb, "speech", str(tmp_path / "speech.txt")).cells
        reads_gold = [c.source[:60] for c in kept if c.cell_type == "code" and GOLD_CALLS.search(c.source)]
        assert reads_gold == [], path.name
        title, question = report._summary(kept, path.stem)  # the index asks the notebook's question of this text
        assert not re.search(r"chapter|Kazakhstan|New Focus", title + question), (path.name, question)
    # what the kept cells call for every text: the robustness table leaves out the finding scored against the gold
    text = tmp_path / "speech.txt"
    text.write_text("A Statement\n\nThe United States met Kazakhstan on 5 January 2022.\n", encoding="utf-8")
    table = sensitivity.table(str(text), "speech", findings=sensitivity.for_notebook("04"))
    assert list(table.finding) == [f.claim for f in sensitivity.for_notebook("04") if not f.gold]


def test_the_index_marks_a_failed_notebook_and_the_run_names_it(tmp_path, monkeypatch, capsys):
    cells = [
        nbformat.v4.new_code_cell(
            "1 / 0",
            outputs=[
                nbformat.v4.new_output("error", ename="ZeroDivisionError", evalue="division by zero", traceback=[])
            ],
        ),
    ]
    assert report.cell_errors(cells) == [(0, "ZeroDivisionError: division by zero")]
    page = dict(stem="02-x", title="2 · X", question="Who?", href="02-x.html", findings="", key_figure=None)
    html = report.write_index(
        tmp_path, pages=[{**page, "failed": ["cell 0: ZeroDivisionError: division by zero"]}]
    ).read_text()
    assert (
        "(failed)" in html and "Failed on this text:</strong> 1 cell raised an error (cell 0: ZeroDivisionError" in html
    )
    assert "failed" not in report.write_index(tmp_path, pages=[page]).read_text().replace(".failed", "")
    # the run: one line per failed notebook on stderr, exit 1
    text = tmp_path / "speech.txt"
    text.write_text("A Statement\n\nOne paragraph here.\n", encoding="utf-8")
    (tmp_path / "nb").mkdir()
    (tmp_path / "nb" / "02-x.ipynb").write_text("{}", encoding="utf-8")
    failures = [
        "02-x.ipynb: cell 5: InputError: no gold",
        "02-x.ipynb: cell 6: NameError: name 'errors' is not defined",
    ]
    monkeypatch.setattr(runbook, "execute", lambda *a, **k: ([], failures))
    monkeypatch.setattr(report, "write_report", lambda corpus, out, *a: out)
    assert runbook.run(str(text), tmp_path / "nb", tmp_path / "build") == 1
    assert capsys.readouterr().err.splitlines() == [
        "kzlib: 02-x.ipynb failed on this text: cell 5: InputError: no gold (and 1 more cell); its page shows each error"
    ]


def test_no_source_outside_a_checkout_is_one_line(tmp_path, monkeypatch, capsys):
    """An installed package has no seeds/: the runbook without a text says so before any kernel starts."""
    monkeypatch.setattr(paths, "SEEDS", tmp_path / "site-packages" / "seeds")
    (tmp_path / "nb").mkdir()
    (tmp_path / "nb" / "01-x.ipynb").write_text("{}", encoding="utf-8")
    assert runbook.main(["--notebooks", str(tmp_path / "nb"), "--build", str(tmp_path / "build")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kzlib: error: no source given") and err.count("\n") == 1
    assert not (tmp_path / "build").exists()


def test_the_runbook_says_what_to_install_when_the_notebook_modules_are_missing(tmp_path, monkeypatch, capsys):
    """From a plain ``pip install kzlib`` (no notebook modules): one line naming them and the extra, exit 2."""
    import importlib.util

    (tmp_path / "01-x.ipynb").write_text("{}")
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "nbclient" else real(name, *a))
    assert runbook.main([str(tmp_path / "t.txt"), "--notebooks", str(tmp_path), "--build", str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nbclient" in err and "kzlib[notebooks]" in err and "Traceback" not in err
    assert not (tmp_path / "b").exists()  # refused before anything is written


def test_the_runbook_without_notebooks_says_where_they_are(tmp_path, capsys):
    assert runbook.main(["t.txt", "--notebooks", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(tmp_path) in err and "--notebooks DIR" in err


def _findings_stand_in(name: str):
    """The cells that stand after the Findings heading of notebook ``name`` prepared for another text."""
    import nbformat

    from kzlib import paths, runbook

    nb = runbook.prepare(nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4), "note", "/texts/note.txt")
    at = next(k for k, c in enumerate(nb.cells) if c.cell_type == "markdown" and "## Findings" in c.source)
    return nb, nb.cells[at + 1]


@pytest.mark.parametrize(
    "name", ["01-structure", "02-actors", "03-chronology", "04-themes", "05-synthesis", "07-sensitivity"]
)
def test_a_new_text_gets_findings_rendered_from_its_own_values(name):
    # the report's index shows each notebook's Findings: on a new text they were all left out (chapter-only)
    _, cell = _findings_stand_in(name)
    assert (
        cell.cell_type == "code"
        and "findings.render(" in cell.source
        and "chapter-only" not in cell.metadata.get("tags", [])
    )
    assert "ch05" not in cell.source and "kazakhstan" not in cell.source.lower()  # nothing of the chapter's own


def _run(source: str, space: dict):
    """Run a cell's code in ``space``; the value of its last expression, as a notebook shows it."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "cell", "exec"), space)
    return eval(compile(ast.Expression(last.value), "cell", "eval"), space) if last else None


def test_the_structure_findings_of_a_new_text_run_and_say_its_numbers(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text(
        "A Note on Trade\n\nKazakhstan and Japan met in Tokyo in 2024. They agreed to expand trade.\n\n"
        "Background\n\nJapan signed an agreement with Kazakhstan in 2023.\n",
        encoding="utf-8",
    )
    nb, cell = _findings_stand_in("01-structure")
    space: dict = {}
    for c in nb.cells:  # the notebook's own code on this text, without its figures
        if c is cell:
            break
        if c.cell_type == "code" and "plots." not in c.source and "parameters" not in c.metadata.get("tags", []):
            _run(c.source.replace("/texts/note.txt", str(text)), space)
    shown = str(_run(cell.source, space))
    assert "2 sections (1 under a heading), 2 paragraphs" in shown
    assert "3 sentences and 21 words; 0 footnotes" in shown
    assert "The longest section is `S00`: 62% (13 of 21) of the text's words." in shown
