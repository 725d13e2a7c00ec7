"""The notebooks on another text: parameters injected, chapter-only cells dropped, the committed notebooks untouched."""

import json

import nbformat

from kzlib import paths, runbook


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
    assert [runbook.tags(c) for c in out.cells] == [[], ["parameters"], ["injected-parameters"], []]
    assert out.cells[2].source == "DOC = 'speech'\nSOURCE = '/texts/speech.txt'"
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
    assert failures == ["01-x.ipynb: cell 3: ZeroDivisionError: division by zero"]  # listed, not hidden
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
