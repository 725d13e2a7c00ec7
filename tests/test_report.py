"""The report: every figure the notebooks draw is registered, and the index links every notebook page."""

import html
import json
import re
from pathlib import Path

import nbformat
import pytest

import kzlib
from kzlib import paths, report
from kzlib.plots import _style


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
    page = html.unescape(report.write_index(tmp_path).read_text())
    for nb in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        title, question = report.notebook_summary(nb)
        assert f'href="{nb.stem}.html"' in page and title in page and question in page
        assert question.endswith("?") and question.count("?") == 1 and "*" not in question
    assert 'href="figures/01-x.svg"' in page
    assert "https://" not in page


def executed(tmp_path, findings_outputs):
    """A tiny executed notebook with a Findings section whose code printed ``findings_outputs``."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 1 · A small look\n\n**Question.** What is here?"),
        nbformat.v4.new_code_cell("corpus.paragraphs[['para_id', 'n_words']]"),
        nbformat.v4.new_markdown_cell("## Findings"),
        nbformat.v4.new_code_cell("findings"),
    ]
    nb.cells[1].outputs = [
        nbformat.v4.new_output(
            "execute_result",
            {
                "text/html": "<table><tr><th>para_id</th><th>n_words</th><th>x</th></tr>"
                "<tr><td>P001</td><td>12</td><td>&lt;NA&gt;</td></tr>"
                "<tr><td>P001</td><td>7</td><td>NaN</td></tr></table>",
                "text/plain": "table",
            },
            execution_count=1,
        )
    ]
    nb.cells[3].outputs = findings_outputs
    path = tmp_path / "01-small.ipynb"
    nbformat.write(nb, path)
    return path


def laid_out(fig, outdir, name):
    """Stand-in for :func:`kzlib.plots._style.save`: the figure laid out and every artist drawn
    (``Figure.draw_without_rendering``: text layout, ticks, image resampling), and its size at the report's dpi
    checked by Agg's renderer, as saving it would; but no pixel rasterised, no file encoded (rasterising the 20
    figures took 3 of this test's 6 s of CPU; the browser test rasterises a real figure, PNG and SVG, through
    ``save`` itself). An empty ``name.png`` stands in for the file, so the index lists it."""
    import matplotlib as mpl
    from matplotlib.backends.backend_agg import RendererAgg

    fig.draw_without_rendering()
    dpi = mpl.rcParams["savefig.dpi"]
    dpi = fig.dpi if dpi == "figure" else dpi
    RendererAgg(fig.bbox_inches.width * dpi, fig.bbox_inches.height * dpi, dpi)  # Agg refuses a too large image
    Path(outdir).mkdir(parents=True, exist_ok=True)
    (Path(outdir) / f"{name}.png").write_bytes(b"")
    return [Path(outdir) / f"{name}.png"]


def no_figures(corpus, outdir, maps=None):
    """Stand-in for drawing every figure (slow, and not what these tests are about)."""
    (Path(outdir) / "figures").mkdir(parents=True, exist_ok=True)
    return []


def test_report_pages_navigate_link_and_stay_offline(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "write_figures", no_figures)
    corpus = kzlib.load(
        texts={"note": "A Note\n\nKazakhstan and the United States met in May 2019.\n\nRussia & China watched.\n"}
    )
    md = nbformat.v4.new_output("display_data", {"text/markdown": "1. **Two** states met.", "text/plain": "x"})
    nb = executed(tmp_path, [md])
    raised = nbformat.read(nb, as_version=4)  # a cell that raised, as a kernel stores it: the index flags the page
    error = nbformat.v4.new_output("error", ename="ZeroDivisionError", evalue="division by zero", traceback=[])
    raised.cells.append(nbformat.v4.new_code_cell("1 / 0", outputs=[error]))
    nbformat.write(raised, nb)
    out = tmp_path / "report"
    index = report.write_report(corpus, out, [nb])
    page = (out / "01-small.html").read_text()
    assert "<title>1 · A small look · kzlib report</title>" in page
    assert page.count('href="index.html"') == 2 and page.count('class="kz-nav') == 2
    assert 'href="reading/note.html#P001">P001</a>' in page
    assert "&lt;NA&gt;" not in page and ">NaN<" not in page and page.count('class="na"') == 2
    for name in ("index.html", "01-small.html", "reading/note.html"):
        text = (out / name).read_text()
        assert not re.search(r"<(script|link|img)[^>]+(src|href)=[\"']?(https?:)?//", text), name
        assert "require.js" not in text and "MathJax.js" not in text and "mathjax" not in text.lower(), name
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//|@font-face", text), name
        assert all('alt="' in tag and 'alt=""' not in tag for tag in re.findall(r"<img[^>]*>", text)), name
    front = index.read_text()
    assert "<strong>Two</strong> states met." in front and "What is here?" in front
    assert "(failed)" in front and "1 cell raised an error (cell 4: ZeroDivisionError: division by zero" in front
    assert 'href="reading/note.html"' in front
    prov = json.loads((out / "provenance.json").read_text())
    assert prov["sources"][0]["sha256"] == corpus.documents.sha256[0] and prov["kzlib_version"] == kzlib.__version__
    assert prov["built"].endswith("Z") and set(prov) >= {"git_commit", "requirements_lock_sha256"}
    assert prov["sources"][0]["sha256"] in front


def test_findings_printed_as_a_dict_read_as_a_list(tmp_path):
    plain = nbformat.v4.new_output(
        "execute_result", {"text/plain": "{'mentions': 3, 'top': {'a': 2}}"}, execution_count=2
    )
    cells = nbformat.read(executed(tmp_path, [plain]), as_version=4).cells
    assert report.findings_html(cells) == '<dl class="kv"><dt>mentions</dt><dd>3</dd><dt>top</dt><dd>a 2</dd></dl>'


def test_report_is_all_or_nothing(tmp_path, monkeypatch):
    corpus = kzlib.load(texts={"note": "Kazakhstan met the United States in 2019.\n"})
    out = tmp_path / "report"
    out.mkdir()
    (out / "provenance.json").write_text("{}")
    (out / "keep.txt").write_text("old")
    monkeypatch.setattr(report, "write_figures", no_figures)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(report, "write_index", broken)
    with pytest.raises(RuntimeError):
        report.write_report(corpus, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt", "provenance.json"]
    monkeypatch.undo()
    monkeypatch.setattr(report, "write_figures", no_figures)
    report.write_report(corpus, out)
    assert not (out / "keep.txt").exists() and (out / "index.html").exists(), "an earlier report is replaced whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]
    other = tmp_path / "notes"
    other.mkdir()
    (other / "mine.txt").write_text("x")
    with pytest.raises(kzlib.InputError, match="not a kzlib report"):
        report.write_report(corpus, other)
    assert [p.name for p in other.iterdir()] == ["mine.txt"]


def test_notebooks_are_narrative():
    for nb in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        cells = json.loads(nb.read_text())["cells"]
        code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
        text = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
        assert text[0].startswith("# ") and "**Question.**" in text[0], nb.name
        assert any(t.startswith("## Findings") or "## Findings" in t for t in text), nb.name
        assert not any(re.search(r"^\s*(def|class) ", c, re.M) for c in code), nb.name
        assert not any("sys.path" in c or "../" in c for c in code), nb.name
        # short code cells; a Findings cell is a prose template filled with values (kzlib.findings)
        assert all(len(c.splitlines()) <= 15 for c in code if "findings.render(" not in c), nb.name
        plots = [c for c in code if "plots." in c]
        assert all(c.rstrip().endswith("plt.show()") for c in plots), nb.name


def test_hostile_titles_are_text_in_the_index(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "write_figures", no_figures)
    corpus = kzlib.load(texts={"x": '# <script>alert("t")</script> & "Title"\n\nKazakhstan acted in 2019.\n'})
    assert corpus.documents.title[0].startswith("<script>")
    front = report.write_report(corpus, tmp_path / "r").read_text()
    assert "<script>alert" not in front and "&lt;script&gt;alert" in front
    assert "<script>alert" not in (tmp_path / "r" / "reading" / "x.html").read_text()


def test_report_on_a_readout_whose_dated_events_name_no_bloc(tmp_path, monkeypatch):
    """A short real readout (test split) has dated events but none names a bloc: figures say so, no crash;
    and without notebooks the report needs no nbconvert (as after a plain ``pip install``)."""
    import sys

    monkeypatch.setitem(sys.modules, "nbformat", None)
    monkeypatch.setitem(sys.modules, "nbconvert", None)
    monkeypatch.setattr(_style, "save", laid_out)  # every figure laid out and drawn, no pixels
    src = paths.ROOT / "data" / "corpus" / "wh-2022-11-16-finer-kazykhan-readout.txt"
    report.write_report(kzlib.load(src), tmp_path / "rep")
    assert (tmp_path / "rep" / "index.html").is_file() and any((tmp_path / "rep" / "figures").glob("*.png"))
