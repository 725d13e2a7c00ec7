"""The report: a contents page for the executed notebooks, every figure as PNG and SVG, every table as CSV."""
from __future__ import annotations

import html
import inspect
import json
import re
from pathlib import Path

from . import paths


def _principals(corpus, doc_id):
    return corpus.actors.actor_id.head(14).tolist()


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
        ("02-cooccurrence-network", actors.network, {"top": 20, "min_weight": 2}),
        ("02-great-power-balance", actors.balance, {}),
        ("03-timeline", chronology.timeline, {}),
        ("03-events-per-year", chronology.per_year, {}),
        ("03-narrative-vs-story", chronology.narrative_vs_story, {}),
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


def write_figures(corpus, outdir) -> list[Path]:
    """Draw every registered figure for every document; ``figures/<name>.png|svg`` (one folder per document
    when there are several)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .corpus import Corpus
    from .display import setup
    from .plots._style import save

    setup()
    written = []
    for doc_id, doc in corpus.docs.items():
        one = Corpus([doc.source]) if len(corpus.docs) > 1 else corpus
        folder = Path(outdir) / ("figures" if len(corpus.docs) == 1 else f"figures/{doc_id}")
        for name, func, kwargs in figure_registry():
            args = {k: (v(one, doc_id) if callable(v) else v) for k, v in kwargs.items()}
            if "doc_id" in inspect.signature(func).parameters:
                args["doc_id"] = doc_id
            fig = func(one, **args)
            written += save(fig, folder, name)
            plt.close(fig)
    return written


def notebook_summary(path: Path) -> tuple[str, str]:
    """Title (first heading) and one-line question (the paragraph starting **Question.**) of a notebook."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    first = "".join(cells[0]["source"]) if cells else ""
    title = re.search(r"^#\s+(.+)$", first, re.M)
    question = re.search(r"\*\*Question\.\*\*\s*(.+?)(?:\n\n|$)", first, re.S)
    text = " ".join(question.group(1).split()).replace("*", "") if question else ""
    return title.group(1).strip() if title else path.stem, text


def write_report(corpus, outdir) -> Path:
    """Tables, figures and the contents page into ``outdir`` (beside the notebook pages nbconvert wrote)."""
    from .export import write_tables

    write_tables(corpus.tables(), Path(outdir) / "tables")
    write_figures(corpus, outdir)
    return write_index(outdir)


def write_index(outdir) -> Path:
    """Write ``index.html`` in ``outdir`` linking every notebook page, figure and table found there."""
    outdir = Path(outdir)
    items = []
    for nb in sorted(paths.NOTEBOOKS.glob("*.ipynb")):
        page = outdir / f"{nb.stem}.html"
        if not page.exists():
            continue
        title, question = notebook_summary(nb)
        items.append(f'<li><a href="{page.name}">{html.escape(title)}</a><p>{html.escape(question)}</p></li>')
    tables = sorted(p.name for p in (outdir / "tables").glob("*.csv")) if (outdir / "tables").exists() else []
    table_links = "".join(f'<li><a href="tables/{t}">{t}</a></li>' for t in tables)
    figures = sorted(p.relative_to(outdir).as_posix() for p in outdir.glob("figures/**/*.png"))
    figure_links = "".join(f'<li><a href="{f}">{f[8:-4]}</a> (<a href="{f[:-4]}.svg">SVG</a>)</li>' for f in figures)
    body = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kzlib report</title>
<style>body{{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5;color:#222}}
li{{margin-bottom:1em}} li p{{margin:.2em 0 0 0;color:#555}}</style></head>
<body><h1>kzlib report: "Chapter Five: New Focus, New Grounding"</h1>
<p>Each page is a notebook executed fresh by <code>make report</code>.</p>
<h2>Notebooks</h2><ol>{''.join(items)}</ol>
<h2>Figures (PNG and SVG)</h2><ul>{figure_links}</ul>
<h2>Tables (CSV)</h2><ul>{table_links}</ul>
<p>Made with kzlib from the unedited sources in <code>seeds/</code>; every table row carries character offsets
into its source.</p>
</body></html>
"""
    index = outdir / "index.html"
    index.write_text(body, encoding="utf-8")
    return index
