"""The notebooks on another text: ``make report SOURCE=path/to/text.txt``.

Each notebook's cell tagged ``parameters`` sets ``DOC`` (the chapter's doc_id) and ``SOURCE``. For another
text, a copy of each notebook gets a cell tagged ``injected-parameters`` right after it (``DOC`` and
``SOURCE`` of that text, in the manner of papermill), loses its cells tagged ``chapter-only`` (prose and code
that read the chapter specifically, such as its findings and its hand annotations), and is executed with
nbclient in the notebooks' folder. Where chapter-only cells stood, the copy says so: a chapter-only cell's
wording for any text (Markdown in its metadata, ``"kzlib": {"other_text": "..."}``: a question asked of any
text instead of the chapter's own) or its code for any text (``"other_code"``: the Findings, rendered from the
text's own values as the chapter's are from its) takes its place, and a note (tag ``left-out``) says what else was left
out and why. A notebook whose metadata says ``"kzlib": {"chapter_only": true}`` is left out. The committed
notebooks are not touched. The executed copies go to ``build/executed-<doc_id>/`` and the report (pages,
reading view, figures, tables) to ``build/report-<doc_id>/``.

A cell that fails keeps its error in the page (the other cells still run) and the report's index marks the
notebook as failed; the run names each failed notebook in one line on stderr and exits with status 1, so a
failure is seen, not hidden.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from pathlib import Path

from . import paths
from .errors import InputError, cell_errors

PARAMETERS = "parameters"
INJECTED = "injected-parameters"
CHAPTER_ONLY = "chapter-only"
OTHER_TEXT = "other-text"  # a chapter-only cell's wording for any text, put in its place
LEFT_OUT = "left-out"  # the note where chapter-only cells were left out
# the kernels run with CurveZMQ transport encryption (jupyter_client's KernelManager.transport_encryption: "auto"
# provisions keys when the kernelspec declares "curve", as ipykernel's does), so ipykernel does not warn "Kernel is
# running over TCP without encryption" on stderr for every notebook; the Makefile's EXECUTE passes the same
TRANSPORT_ENCRYPTION = "auto"


NOTEBOOK_MODULES = ("nbformat", "nbclient", "ipykernel")  # the `notebooks` extra: what executing a notebook imports


def tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def _reason(cell) -> str:
    """Why a chapter-only cell is left out, in a few words: the cell's ``kzlib.left_out`` metadata, else by what the
    cell does."""
    told = cell.get("metadata", {}).get("kzlib", {}).get("left_out")
    if told:
        return told
    src, code = cell.get("source", ""), cell.get("cell_type") == "code"
    if "findings.render(" in src or re.match(r"\s*#+\s*Findings\s*$", src):  # a Findings cell may quote scores too
        return "the chapter's findings, worded for its numbers"
    if re.search(r"\brecord\.", src):
        return "the chapter's dates against the reference chronology compiled for it"
    if re.search(r"\bevaluate\.|\bgold\(|hand annotation", src):
        return "the check against the chapter's hand annotations, which exist for it alone"
    return (
        "code that picks out the chapter's own sections, paragraphs, actors or dates"
        if code
        else "prose about the chapter"
    )


def _stand_ins(dropped: list) -> list:
    """What stands where a run of chapter-only cells was, in their order: a cell's ``kzlib.other_text`` where it has
    one (the same cell worded for any text, Markdown: a question asked of any text instead of the chapter's own) or
    its ``kzlib.other_code`` (code for any text: the Findings, rendered from the text's own values), and for the
    cells between, one note saying what was left out and why."""
    import nbformat

    out, pending = [], []

    def note():
        if pending:
            reasons = "; ".join(dict.fromkeys(_reason(c) for c in pending))
            n = f"{len(pending)} cell{'s' if len(pending) > 1 else ''}"
            text = f"*Left out on this text: {reasons} ({n} tagged `{CHAPTER_ONLY}`, written for the chapter these notebooks read).*"
            out.append(nbformat.v4.new_markdown_cell(text, metadata={"tags": [LEFT_OUT]}))
            pending.clear()

    for c in dropped:
        told = c.get("metadata", {}).get("kzlib", {})
        if told.get("other_text") or told.get("other_code"):
            note()
            if told.get("other_text"):
                out.append(nbformat.v4.new_markdown_cell(told["other_text"], metadata={"tags": [OTHER_TEXT]}))
            if told.get("other_code"):  # the chapter's Findings, rendered from this text's values
                out.append(nbformat.v4.new_code_cell(told["other_code"], metadata={"tags": [OTHER_TEXT]}))
        else:
            pending.append(c)
    note()
    for k, c in enumerate(out):
        c.id = f"{c.metadata['tags'][0]}-{dropped[0].get('id', 'cell')}-{k}"[:64]  # unique within the notebook
    return out


def prepare(nb, doc_id: str, source: str | None):
    """A copy of notebook ``nb`` (nbformat) for ``doc_id``: parameters injected, chapter-only cells dropped (where
    they stood: their wording for any text, if they have one, and a note of what was left out and why).
    ``source=None`` keeps the notebook as it is (the chapter itself)."""
    import copy

    import nbformat

    nb = copy.deepcopy(nb)
    if source is None:
        return nb
    if not any(PARAMETERS in tags(c) for c in nb.cells):
        raise InputError("a notebook has no cell tagged 'parameters' to set DOC and SOURCE")
    cells, dropped = [], []
    for cell in [*nb.cells, None]:
        if cell is not None and CHAPTER_ONLY in tags(cell):
            dropped.append(cell)
            continue
        if dropped:
            cells += _stand_ins(dropped)
            dropped = []
        if cell is None:
            break
        cells.append(cell)
        if PARAMETERS in tags(cell):
            injected = nbformat.v4.new_code_cell(
                f"DOC = {doc_id!r}\nSOURCE = {str(source)!r}", metadata={"tags": [INJECTED]}
            )
            injected.id = INJECTED
            cells.append(injected)
    nb.cells = cells
    return nb


def execute(notebooks, outdir, doc_id: str, source: str | None, timeout: int = 600) -> tuple[list[Path], list[str]]:
    """Execute each notebook (prepared for ``doc_id``) into ``outdir``; return the written files and failures."""
    import nbformat
    from nbclient import NotebookClient
    from traitlets.config import Config

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written, failures = [], []
    for path in notebooks:
        path = Path(path)
        nb = nbformat.read(path, as_version=4)
        if source is not None and nb.metadata.get("kzlib", {}).get("chapter_only"):
            continue
        nb = prepare(nb, doc_id, source)
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name="python3",
            allow_errors=True,
            resources={"metadata": {"path": str(path.parent.resolve())}},
            config=Config({"KernelManager": {"transport_encryption": TRANSPORT_ENCRYPTION}}),
        )
        client.execute()
        failures += [f"{path.name}: cell {k}: {msg}" for k, msg in cell_errors(nb.cells)]
        target = outdir / path.name
        nbformat.write(nb, target)
        written.append(target)
    return written, failures


def run(source: str | None, notebooks_dir="notebooks", build="build", screenshots: bool = False) -> int:
    """Execute the notebooks on ``source`` (None: the chapter, as committed) and write its report."""
    import shutil

    from .corpus import load
    from .report import write_report
    from .source import read_source

    notebooks = sorted(Path(notebooks_dir).glob("*.ipynb"))
    if not notebooks:
        raise InputError(
            f"{notebooks_dir}: no notebooks found (they ship with the kzlib repository, not the package:"
            " name a checkout's folder with --notebooks DIR)"
        )
    missing = [m for m in NOTEBOOK_MODULES if importlib.util.find_spec(m) is None]
    if missing:
        raise InputError(f"running notebooks needs {', '.join(missing)}, not installed: pip install 'kzlib[notebooks]'")
    if source is not None:
        src = read_source(source)  # refuses a bad source with one line, before any kernel starts
        doc_id, suffix, path = src.doc_id, f"-{src.doc_id}", str(Path(source).resolve())
    elif not paths.SEEDS.is_dir():  # an installed package has no seeds/: the chapter is not there to run on
        raise InputError(
            "no source given: name the text to run the notebooks on, e.g. python -m kzlib.runbook speech.txt"
        )
    else:
        doc_id, suffix, path = None, "", None
    executed = Path(build) / f"executed{suffix}"
    if executed.exists():
        shutil.rmtree(executed)
    written, failures = execute(notebooks, executed, doc_id or "", path)
    corpus = load(path) if path else load()
    report = write_report(corpus, Path(build) / f"report{suffix}", written, screenshots)
    print(f"wrote {report}")
    for name, cells in _by_notebook(failures).items():
        more = f" (and {len(cells) - 1} more cell{'s' if len(cells) > 2 else ''})" if len(cells) > 1 else ""
        print(f"kzlib: {name} failed on this text: {cells[0]}{more}; its page shows each error", file=sys.stderr)
    return 1 if failures else 0


def _by_notebook(failures: list[str]) -> dict[str, list[str]]:
    """``"name: cell k: error"`` lines grouped by notebook name, in order."""
    out: dict[str, list[str]] = {}
    for f in failures:
        name, _, rest = f.partition(": ")
        out.setdefault(name, []).append(rest)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kzlib.runbook", description="Execute the notebooks on a text and write its report."
    )
    parser.add_argument("source", nargs="?", help="a UTF-8 text file (default: the chapter, as committed)")
    parser.add_argument("--notebooks", default="notebooks", metavar="DIR")
    parser.add_argument("--build", default="build", metavar="DIR")
    parser.add_argument("--screenshots", action="store_true")
    args = parser.parse_args(argv)
    try:
        return run(args.source, args.notebooks, args.build, args.screenshots)
    except InputError as exc:
        print(f"kzlib: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
