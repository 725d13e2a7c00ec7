"""The report: every figure the notebooks draw is registered, and the index links every notebook page."""
import html
import json
import re

from kzlib import paths, report


def notebook_plot_calls():
    calls = set()
    for nb in paths.NOTEBOOKS.glob("*.ipynb"):
        for cell in json.loads(nb.read_text())["cells"]:
            if cell["cell_type"] == "code":
                calls |= set(re.findall(r"plots\.(\w+)\.(\w+)\(", "".join(cell["source"])))
    return calls


def test_every_notebook_figure_is_in_the_report_registry():
    registered = {(f.__module__.split(".")[-1], f.__name__) for _, f, _ in report.figure_registry()}
    calls = notebook_plot_calls()
    assert len(calls) >= 15
    assert calls <= registered


def test_index_links_every_notebook_with_its_question(tmp_path):
    for nb in paths.NOTEBOOKS.glob("*.ipynb"):
        (tmp_path / f"{nb.stem}.html").write_text("<html></html>")
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / "01-x.png").write_bytes(b"")
    page = report.write_index(tmp_path).read_text()
    for nb in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        title, question = report.notebook_summary(nb)
        assert f'href="{nb.stem}.html"' in page and html.escape(title) in page and html.escape(question) in page
        assert question.endswith("?") and question.count("?") == 1 and "*" not in question
    assert 'href="figures/01-x.svg"' in page
    assert "https://" not in page


def test_notebooks_are_narrative():
    for nb in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        cells = json.loads(nb.read_text())["cells"]
        code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
        text = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
        assert text[0].startswith("# ") and "**Question.**" in text[0], nb.name
        assert any(t.startswith("## Findings") or "## Findings" in t for t in text), nb.name
        assert not any(re.search(r"^\s*(def|class) ", c, re.M) for c in code), nb.name
        assert not any("sys.path" in c or "../" in c for c in code), nb.name
        assert all(len(c.splitlines()) <= 15 for c in code), nb.name
        plots = [c for c in code if "plots." in c]
        assert all(c.rstrip().endswith("plt.show()") for c in plots), nb.name
