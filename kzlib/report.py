"""The report's contents page: each executed notebook with its title and its question."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from . import paths


def notebook_summary(path: Path) -> tuple[str, str]:
    """Title (first heading) and question (the paragraph starting **Question.**) of a notebook."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    first = "".join(cells[0]["source"]) if cells else ""
    title = re.search(r"^#\s+(.+)$", first, re.M)
    question = re.search(r"\*\*Question\.\*\*\s*(.+?)(?:\n\n|$)", first, re.S)
    return (title.group(1).strip() if title else path.stem,
            " ".join(question.group(1).split()) if question else "")


def write_index(outdir) -> Path:
    """Write ``index.html`` in ``outdir`` linking every notebook page found there."""
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
    body = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kzlib report</title>
<style>body{{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5;color:#222}}
li{{margin-bottom:1em}} li p{{margin:.2em 0 0 0;color:#555}}</style></head>
<body><h1>kzlib report: "Chapter Five: New Focus, New Grounding"</h1>
<p>Each page is a notebook executed fresh by <code>make report</code>.</p>
<h2>Notebooks</h2><ol>{''.join(items)}</ol>
<h2>Tables (CSV)</h2><ul>{table_links}</ul>
</body></html>
"""
    index = outdir / "index.html"
    index.write_text(body, encoding="utf-8")
    return index
