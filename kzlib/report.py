"""The report: an index that can be navigated and cited, the notebook pages, a reading page per document,
every figure as PNG and SVG, every table as CSV, and a provenance record.

``write_report(corpus, outdir, notebooks=[...executed .ipynb...])`` builds everything in a staging folder
beside ``outdir`` and moves it in only when all of it was written (all or nothing, like ``export``).
The pages are offline: no script, style or font comes from the network; the notebook pages are rendered
with the ``kzlib`` nbconvert template (``kzlib/templates/nbconvert/kzlib``) and then linked: every
``para_id`` shown in a table links to its paragraph in ``reading/<doc_id>.html``.
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import os
import re
import shutil
import subprocess
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from markupsafe import Markup, escape

from . import paths
from .errors import cell_errors

KEY_FIGURES = {
    "01": "01-section-lengths",
    "02": "02-actor-section-heatmap",
    "03": "03-timeline",
    "04": "04-theme-section-heatmap",
    "05": "05-blocs-over-time",
}
TEMPLATES = Path(__file__).resolve().parent / "templates"
NA_MARKER = "–"
_NA_CELL = re.compile(r"<td>\s*(?:&lt;NA&gt;|NaN|nan|None|NaT|&lt;NaT&gt;)\s*</td>")
_ID_CELL = re.compile(r"<(td|th)([^>]*)>\s*(P\d{3,}(?:\.\d{2,})?|S\d{2,})\s*</\1>")
_NUMBER = re.compile(r"\s*-?[\d,]+(?:\.\d+)?%?\s*")
_TD = re.compile(r"<td([^>]*)>(.*?)</td>", re.S)


def _principals(corpus, _doc_id):
    """The 14 most-named actors of ``corpus`` (one document's; a registry argument takes the corpus and doc_id)."""
    return corpus.actors.actor_id.head(14).tolist()


def _frame(corpus, doc_id):
    """The period a document frames itself in (:func:`kzlib.synthesis.span`), shaded as the notebook shades it."""
    from . import synthesis

    return synthesis.span(corpus, doc_id)


def figure_registry():
    """``(file name, function, extra keyword arguments)`` for every figure the notebooks draw."""
    from .plots import actors, chronology, structure, synthesis, themes

    return [
        ("01-section-lengths", structure.section_lengths, {}),
        ("01-length-distributions", structure.length_distributions, {}),
        ("01-footnote-positions", structure.footnote_positions, {}),
        ("02-mentions-by-type", actors.mentions_by_type, {"top": 20}),
        ("02-dispersion", actors.dispersion, {"actor_ids": _principals}),
        ("02-actor-section-heatmap", actors.section_heatmap, {"top": 15}),
        ("02-actor-association", actors.association, {"actor_ids": _principals}),
        ("02-great-power-balance", actors.balance, {}),
        ("03-timeline", chronology.timeline, {}),
        ("03-events-per-year", chronology.per_year, {}),
        ("03-narrative-vs-story", chronology.narrative_vs_story, {"band": _frame}),
        ("03-actor-lanes", chronology.actor_lanes, {"top": 10}),
        ("04-theme-mix", themes.mix, {}),
        ("04-theme-section-heatmap", themes.section_heatmap, {}),
        ("04-theme-flow", themes.flow, {}),
        ("04-topics-vs-codebook", themes.topics_vs_codebook, {}),
        ("04-actor-themes", themes.actor_heatmap, {"top_actors": 12}),
        ("05-blocs-over-time", synthesis.blocs_over_time, {}),
        ("05-dyad-timeline", synthesis.dyad_timeline, {"top": 10}),
        ("05-themes-by-bloc", synthesis.themes_by_bloc, {}),
    ]


def write_figures(corpus, outdir, maps: dict | None = None) -> list[Path]:
    """Draw every registered figure for every document; ``figures/<name>.png|svg`` (one folder per document
    when there are several). ``maps``, when given, receives the clickable areas of the per-section heatmaps
    (see :func:`section_areas`) by PNG path relative to ``outdir``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .display import setup
    from .plots._style import save

    setup()
    written = []
    for doc_id, doc in corpus.docs.items():
        one = corpus.doc(doc_id)  # its tables filtered from the corpus's, not recomputed
        folder = Path(outdir) / ("figures" if len(corpus.docs) == 1 else f"figures/{doc_id}")
        for name, func, kwargs in figure_registry():
            args = {k: (v(one, doc_id) if callable(v) else v) for k, v in kwargs.items()}
            if "doc_id" in inspect.signature(func).parameters:
                args["doc_id"] = doc_id
            fig = func(one, **args)
            written += save(fig, folder, name)
            if maps is not None and name.endswith("section-heatmap"):
                areas = section_areas(fig, {sec.section_id for sec in doc.sections})
                if areas:
                    width = fig.get_figwidth() * matplotlib.rcParams["savefig.dpi"]
                    maps[(folder / f"{name}.png").relative_to(Path(outdir)).as_posix()] = (doc_id, areas, width)
            plt.close(fig)
    return written


def section_areas(fig, section_ids) -> list[tuple[str, tuple[int, int, int, int]]]:
    """``(section_id, (left, top, right, bottom))`` in PNG pixels for every column of a heatmap whose tick
    label is a section id: the areas of an HTML image map that opens each section in the reading view."""
    import matplotlib as mpl

    ax = next((a for a in fig.axes if a.images), None)
    if ax is None:
        return []
    nrows = ax.images[0].get_array().shape[0]
    scale = mpl.rcParams["savefig.dpi"] / fig.dpi if mpl.rcParams["savefig.dpi"] != "figure" else 1.0
    height = fig.get_figheight() * fig.dpi * scale
    areas = []
    for x, label in zip(ax.get_xticks(), ax.get_xticklabels()):
        if label.get_text() not in section_ids:
            continue
        (x0, y0), (x1, y1) = ax.transData.transform([(x - 0.5, -0.5), (x + 0.5, nrows - 0.5)])
        box = (min(x0, x1) * scale, height - max(y0, y1) * scale, max(x0, x1) * scale, height - min(y0, y1) * scale)
        areas.append((label.get_text(), tuple(round(v) for v in box)))
    return areas


# ------------------------------------------------------------------------------------------- notebooks


def notebook_summary(path: Path) -> tuple[str, str]:
    """Title (first heading) and one-line question (the paragraph starting **Question.**) of a notebook."""
    cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    return _summary(cells, Path(path).stem)


def _summary(cells, stem) -> tuple[str, str]:
    first = "".join(cells[0]["source"]) if cells else ""
    title = re.search(r"^#\s+(.+)$", first, re.M)
    question = re.search(r"\*\*Question\.\*\*\s*(.+?)(?:\n\n|$)", first, re.S)
    text = " ".join(question.group(1).split()).replace("*", "") if question else ""
    return title.group(1).strip() if title else stem, text


def _markdown(text: str) -> str:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(text)


def _plain_findings(text: str) -> str:
    """A printed dict of key figures as a definition list; anything else as preformatted text."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        value = None
    if isinstance(value, dict):
        rows = []
        for k, v in value.items():
            if isinstance(v, dict):
                v = ", ".join(f"{a} {b}" for a, b in v.items())
            elif isinstance(v, (list, tuple)):
                v = ", ".join(map(str, v))
            k = " · ".join(map(str, k)) if isinstance(k, tuple) else k
            rows.append(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>")
        return f'<dl class="kv">{"".join(rows)}</dl>'
    lines = text.rstrip().splitlines()
    if lines and re.match(r"(Name: .*)?dtype: \w+$", lines[-1]):  # a printed pandas Series
        pairs = [re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in lines[:-1]]
        if pairs and all(len(p) == 2 for p in pairs):
            return '<dl class="kv">' + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in pairs) + "</dl>"
    return f"<pre>{escape(text)}</pre>"


def findings_html(cells) -> str:
    """The computed Findings of an executed notebook, as HTML: the outputs of the code under its
    ``## Findings`` heading (Markdown rendered, HTML as is, a printed dict as a list), else its prose."""
    start = next(
        (
            k
            for k, c in enumerate(cells)
            if c["cell_type"] == "markdown" and re.search(r"^##\s+Findings", "".join(c["source"]), re.M)
        ),
        None,
    )
    if start is None:
        return ""
    outputs, prose = [], []
    for c in cells[start + 1 :]:
        src = "".join(c["source"])
        if c["cell_type"] == "markdown":
            if re.match(r"\s*#{1,2}\s", src):
                break
            prose.append(_markdown(src))
            continue
        for out in c.get("outputs", []):
            data = out.get("data", {})
            if "text/markdown" in data:
                outputs.append(_markdown("".join(data["text/markdown"])))
            elif "text/html" in data:
                outputs.append("".join(data["text/html"]))
            elif "text/plain" in data:
                outputs.append(_plain_findings("".join(data["text/plain"])))
            elif out.get("output_type") == "stream":
                outputs.append(f"<pre>{escape(''.join(out.get('text', '')))}</pre>")
    return "\n".join(outputs or prose)


def _figure_alts(cells, title: str) -> None:
    """Alt text for every image output, from the plot call that drew it (``plots.chronology.timeline``)."""
    for c in cells:
        if c["cell_type"] != "code":
            continue
        calls = re.findall(r"plots\.(\w+)\.(\w+)\(", "".join(c["source"]))
        images = [o for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
        for k, out in enumerate(images):
            module, func = calls[min(k, len(calls) - 1)] if calls else ("", "figure")
            what = f"{func.replace('_', ' ')} ({module})" if module else "figure"
            meta = out.setdefault("metadata", {})
            # the figure's own description (kzlib.plots sets it; kzlib.display stores it as metadata "alt")
            meta["kz_alt"] = meta.get("alt") or f"Figure from “{title}”: {what}"


def _figure_links(cells, corpus, doc_id) -> None:
    """Under the timeline and the per-section heatmaps, a linked list of the places they show."""
    import nbformat

    if doc_id is None:
        return
    for c in cells:
        if c["cell_type"] != "code" or not any("image/png" in o.get("data", {}) for o in c.get("outputs", [])):
            continue
        for _, func in re.findall(r"plots\.(\w+)\.(\w+)\(", "".join(c["source"])):
            places = _figure_places(corpus, func, doc_id, f"reading/{doc_id}.html")
            if places:
                items = "".join(f'<li><a href="{escape(h)}">{escape(label)}</a></li>' for label, h in places)
                html = (
                    f'<details class="kz-places"><summary>Where in the text: {len(places)} links to the '
                    f"reading view</summary><ul>{items}</ul></details>"
                )
                c.outputs.append(nbformat.v4.new_output("display_data", {"text/html": html}))
                break


PAGE_CSS = """
details.kz-places{font:13px system-ui,sans-serif;margin:.3em 0 1em}
details.kz-places ul{columns:3;column-gap:2em}
body.jp-Notebook main{max-width:1100px;margin:0 auto}
nav.kz-nav{font:14px system-ui,sans-serif;display:flex;gap:1.5em;flex-wrap:wrap;padding:.6em 1em;margin:.5em 0;
  border:1px solid #ddd;background:#f7f7f7;border-radius:4px}
nav.kz-nav .here{color:#555}
body.jp-Notebook .jp-RenderedHTMLCommon table{table-layout:auto;max-width:100%;font-size:12px;border-collapse:collapse}
body.jp-Notebook .jp-RenderedHTMLCommon td,body.jp-Notebook .jp-RenderedHTMLCommon th{text-align:left;white-space:normal;overflow-wrap:break-word;
  max-width:32em;vertical-align:top;padding:.25em .4em}
body.jp-Notebook .jp-RenderedHTMLCommon td.num{text-align:right;white-space:nowrap}
body.jp-Notebook .jp-RenderedHTMLCommon td.na{color:#999;text-align:center}
.jp-RenderedHTMLCommon td a.kz-para{font-family:monospace}
"""


def _nav(pages: list[dict], k: int, where: str) -> Markup:
    prev = pages[k - 1] if k > 0 else None
    nxt = pages[k + 1] if k + 1 < len(pages) else None
    parts = ['<a href="index.html">Report index</a>']
    parts.append(
        f'<a rel="prev" href="{escape(prev["href"])}">← {escape(prev["title"])}</a>'
        if prev
        else '<span class="here">← (first)</span>'
    )
    parts.append(
        f'<a rel="next" href="{escape(nxt["href"])}">{escape(nxt["title"])} →</a>'
        if nxt
        else '<span class="here">(last) →</span>'
    )
    return Markup(f'<nav class="kz-nav kz-nav-{where}" aria-label="Report pages">{"".join(parts)}</nav>')


def link_tables(html: str, doc_ids: list[str], default_doc: str | None, para_ids: dict[str, set]) -> str:
    """In every table row, link paragraph and section ids to the reading page; one marker for missing values."""

    def row(match):
        tr = match.group(0)
        doc = next((d for d in doc_ids if f">{d}<" in tr), default_doc)
        known = para_ids.get(doc, set())

        def cell(m):
            tag, attrs, ident = m.groups()
            if doc is None or (ident not in known and ident.split(".")[0] not in known):
                return m.group(0)
            return f'<{tag}{attrs}><a class="kz-para" href="reading/{escape(doc)}.html#{ident}">{ident}</a></{tag}>'

        tr = _ID_CELL.sub(cell, tr)
        return _NA_CELL.sub(f'<td class="na" title="missing">{NA_MARKER}</td>', tr)

    html = re.sub(r"<tr[\s>].*?</tr>", row, html, flags=re.S)
    # long column names (theme_id, regional_cooperation) may break after an underscore
    html = re.sub(
        r"(<th[^>]*>)([^<]{12,})(</th>)", lambda m: m.group(1) + m.group(2).replace("_", "_<wbr>") + m.group(3), html
    )
    return re.sub(r"<table[\s>].*?</table>", _align_numbers, html, flags=re.S)


def _align_numbers(match) -> str:
    """Right-align the columns whose every value is a number; everything else stays left-aligned."""
    table = match.group(0)
    rows = re.findall(r"<tr[\s>].*?</tr>", table, flags=re.S)
    numeric: dict[int, bool] = {}
    for tr in rows:
        for k, (attrs, body) in enumerate(_TD.findall(tr)):
            if 'class="na"' not in attrs:
                numeric[k] = numeric.get(k, True) and bool(_NUMBER.fullmatch(body))
    if not any(numeric.values()):
        return table

    def fix(tr_match):
        count = iter(range(10**6))
        return _TD.sub(
            lambda m: (
                f'<td class="num"{m.group(1)}>{m.group(2)}</td>'
                if numeric.get(next(count)) and not m.group(1)
                else m.group(0)
            ),
            tr_match.group(0),
        )

    return re.sub(r"<tr[\s>].*?</tr>", fix, table, flags=re.S)


def render_notebooks(notebooks, outdir, corpus) -> list[dict]:
    """Render each executed notebook as ``<stem>.html`` in ``outdir``; return title, question, Findings."""
    if not notebooks:  # a report of tables, figures and reading pages needs no nbconvert (a plain install)
        return []
    import nbformat
    from nbconvert import HTMLExporter

    outdir = Path(outdir)
    nbs = []
    for path in sorted(Path(p) for p in notebooks):
        nb = nbformat.read(path, as_version=4)
        title, question = _summary(nb.cells, path.stem)
        nbs.append(
            dict(
                path=path,
                nb=nb,
                stem=path.stem,
                title=title,
                question=question,
                href=f"{path.stem}.html",
                findings=findings_html(nb.cells),
                failed=[f"cell {k}: {message}" for k, message in cell_errors(nb.cells)],
            )
        )
    doc_ids = list(corpus.docs)
    para_ids = {
        d: {p.para_id for p in doc.paragraphs} | {s.section_id for s in doc.sections} for d, doc in corpus.docs.items()
    }
    exporter = HTMLExporter(template_name="kzlib", extra_template_basedirs=[str(TEMPLATES / "nbconvert")])
    for k, page in enumerate(nbs):
        nb = page["nb"]
        _figure_alts(nb.cells, page["title"])
        nb.metadata["title"] = f"{page['title']} · kzlib report"
        default_doc = _notebook_doc(nb, doc_ids)
        _figure_links(nb.cells, corpus, default_doc)
        text = "".join("".join(c["source"]) for c in nb.cells if c["cell_type"] == "markdown")
        resources = {
            "kz": {
                "css": PAGE_CSS,
                "nav_top": _nav(nbs, k, "top"),
                "nav_bottom": _nav(nbs, k, "bottom"),
                "needs_mathjax": bool(re.search(r"\$[^$\s][^$]*\$", text)),
            }
        }
        body, _ = exporter.from_notebook_node(nb, resources=resources)
        body = link_tables(body, doc_ids, default_doc, para_ids)
        (outdir / page["href"]).write_text(body, encoding="utf-8")
        page["key_figure"] = KEY_FIGURES.get(page["stem"][:2])
    return nbs


def _notebook_doc(nb, doc_ids):
    """The document a notebook reads: its ``DOC = "..."`` when that is in the corpus, else the only one."""
    for c in nb.cells:
        if c["cell_type"] == "code":
            m = re.search(r"^DOC\s*=\s*[\"']([^\"']+)[\"']", "".join(c["source"]), re.M)
            if m and m.group(1) in doc_ids:
                return m.group(1)
    return doc_ids[0] if len(doc_ids) == 1 else None


# ------------------------------------------------------------------------------------------ provenance


def _sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def _git_commit() -> tuple[str | None, bool | None]:
    if not (paths.ROOT / ".git").exists():
        return None, None
    try:
        run = dict(cwd=paths.ROOT, capture_output=True, text=True, timeout=10, check=True)
        commit = subprocess.run(["git", "rev-parse", "HEAD"], **run).stdout.strip()
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], **run).stdout.strip())
        return commit or None, dirty
    except (OSError, subprocess.SubprocessError):
        return None, None


def provenance(corpus) -> dict:
    """What a reader needs to cite and reproduce the report."""
    from . import __version__

    commit, dirty = _git_commit()
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    built = (
        datetime.fromtimestamp(int(epoch), timezone.utc) if epoch and epoch.isdigit() else datetime.now(timezone.utc)
    )
    docs = corpus.documents
    return {
        "kzlib_version": __version__,
        "git_commit": commit,
        "git_dirty": dirty,
        "built": built.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sources": [
            dict(doc_id=r.doc_id, path=r.path, title=r.title, sha256=r.sha256) for r in docs.itertuples(index=False)
        ],
        "requirements_lock_sha256": _sha256(paths.ROOT / "requirements.lock"),
    }


# ---------------------------------------------------------------------------------------------- index


def _figure_places(corpus, name: str, doc_id: str, href: str) -> list[tuple[str, str]]:
    """Where in the text a figure's marks come from: (label, link) pairs for timeline and heatmaps."""
    if name.endswith(("section-heatmap", "section_heatmap")):
        return [(f"{s.section_id} {s.title}".strip(), f"{href}#{s.section_id}") for s in corpus.docs[doc_id].sections]
    if name in ("03-timeline", "timeline"):
        ev = corpus.events[corpus.events.doc_id == doc_id]
        return [
            (f"{r.date_value} · {r.label if isinstance(r.label, str) else ''} ({r.para_id})", f"{href}#{r.para_id}")
            for r in ev.itertuples(index=False)
        ]
    return []


MAP_WIDTH = 860  # px: the width a clickable heatmap is shown at on the index


def write_index(outdir, pages=None, corpus=None, prov=None, maps=None) -> Path:
    """Write ``index.html`` in ``outdir``: notebooks (title, question, Findings, key figure), reading pages,
    figures (with links into the text where they make sense: linked lists, and clickable per-section heatmaps
    from ``maps``, see :func:`write_figures`), tables and provenance."""
    from .reading import _environment

    outdir = Path(outdir)
    if pages is None:  # pages already rendered beside the index: titles and questions from the notebooks
        pages = []
        for nb in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
            if (outdir / f"{nb.stem}.html").exists():
                title, question = notebook_summary(nb)
                pages.append(
                    dict(
                        stem=nb.stem,
                        title=title,
                        question=question,
                        href=f"{nb.stem}.html",
                        findings="",
                        key_figure=KEY_FIGURES.get(nb.stem[:2]),
                    )
                )
    figures = sorted(p.relative_to(outdir).as_posix() for p in outdir.glob("figures/**/*.png"))
    for page in pages:
        key = next((f for f in figures if Path(f).stem == page.get("key_figure")), None)
        if key is None:  # no key figure named for this notebook: its first registered figure, if any
            key = next((f for f in figures if Path(f).stem.startswith(page["stem"][:3])), None)
            page["key_figure"] = Path(key).stem if key else None
        page.update(thumb=key, findings_html=Markup(page.get("findings") or ""))
    docs = list(corpus.docs) if corpus is not None else []
    fig_items = []
    for f in figures:
        name = Path(f).stem
        doc = Path(f).parent.name if Path(f).parent.name != "figures" else (docs[0] if docs else None)
        places = _figure_places(corpus, name, doc, f"reading/{doc}.html") if corpus is not None and doc in docs else []
        item = dict(png=f, svg=f[:-4] + ".svg", name=f[len("figures/") : -4], places=places, areas=[])
        if maps and f in maps:
            map_doc, areas, width = maps[f]
            k = min(1.0, MAP_WIDTH / width)
            titles = {sec.section_id: sec.title for sec in corpus.docs[map_doc].sections} if corpus else {}
            item.update(
                map_width=round(width * k),
                areas=[
                    dict(
                        coords=",".join(str(round(v * k)) for v in box),
                        href=f"reading/{map_doc}.html#{sid}",
                        label=f"{sid} {titles.get(sid, '')}".strip(),
                    )
                    for sid, box in areas
                ],
            )
        fig_items.append(item)
    tables = sorted(p.name for p in (outdir / "tables").glob("*.csv")) if (outdir / "tables").exists() else []
    titles = corpus.documents.title.tolist() if corpus is not None else []
    heading = titles[0] if len(titles) == 1 else (f"{len(titles)} documents" if titles else "")
    reading = (
        [dict(doc_id=d, title=t, href=f"reading/{d}.html") for d, t in zip(corpus.documents.doc_id, titles)]
        if corpus is not None
        else []
    )
    html_text = (
        _environment()
        .get_template("index.html.j2")
        .render(heading=heading, pages=pages, figures=fig_items, tables=tables, reading=reading, prov=prov)
    )
    index = outdir / "index.html"
    index.write_text(html_text, encoding="utf-8")
    return index


# --------------------------------------------------------------------------------------------- report


def write_report(corpus, outdir, notebooks=(), screenshots: bool = False) -> Path:
    """Tables, figures, reading pages, notebook pages, provenance and the index in ``outdir``, all or nothing.

    ``notebooks``: executed ``.ipynb`` files to render (none: the report has no notebook pages).
    """
    from . import reading
    from .errors import InputError
    from .export import current_umask, make_parent, output_error, write_csv
    from .source import shown

    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{shown(outdir)}: exists and is not a directory")
    if outdir.is_dir() and any(outdir.iterdir()) and not (outdir / "provenance.json").is_file():
        raise InputError(f"{shown(outdir)}: not empty and not a kzlib report; choose a new or empty folder")
    parent = make_parent(outdir, "the report")
    stage = None
    try:
        stage = Path(tempfile.mkdtemp(dir=parent, prefix=f".{outdir.name}-"))
        os.chmod(stage, 0o777 & ~current_umask())  # mkdtemp makes it private; a report is for sharing
        (stage / "tables").mkdir()
        for name, df in corpus.tables().items():  # the stage itself is all or nothing
            write_csv(df, stage / "tables" / f"{name}.csv")
        maps: dict = {}
        write_figures(corpus, stage, maps)
        reading.write_pages(corpus, stage / "reading")
        pages = render_notebooks(notebooks, stage, corpus)
        prov = provenance(corpus)
        (stage / "provenance.json").write_text(json.dumps(prov, indent=2) + "\n", encoding="utf-8")
        write_index(stage, pages, corpus, prov, maps)
        # the earlier report (if any) is replaced whole, so no page of an earlier run lingers
        old = outdir.with_name(f".{outdir.name}-old-{os.getpid()}")
        if outdir.exists():
            outdir.rename(old)
        stage.rename(outdir)
        stage = None
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:  # never the staging folder's name: the user's folder and the cause
        where = os.fsdecode(exc.filename) if exc.filename is not None else ""
        if where and not where.startswith((str(parent / f".{outdir.name}-"), str(outdir), str(outdir.absolute()))):
            raise  # a file the report reads (a notebook): the command line names it
        raise output_error(outdir, exc, "the report") from None
    finally:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
    if screenshots:
        from .browser import screenshots as shoot

        shoot(outdir)
    return outdir / "index.html"
