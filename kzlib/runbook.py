"""The notebooks on another text: ``make report SOURCE=path/to/text.txt``.

Each notebook's cell tagged ``parameters`` sets ``DOC`` (the chapter's doc_id) and ``SOURCE``. For another
text, a copy of each notebook gets a cell tagged ``injected-parameters`` right after it (``DOC`` and
``SOURCE`` of that text, in the manner of papermill), loses its cells tagged ``chapter-only`` (prose and code
that read the chapter specifically, such as its findings and its hand annotations), and is executed with
nbclient in the notebooks' folder. A notebook whose metadata says ``"kzlib": {"chapter_only": true}`` is
left out. The committed notebooks are not touched. The executed copies go to ``build/executed-<doc_id>/``
and the report (pages, reading view, figures, tables) to ``build/report-<doc_id>/``.

A cell that fails keeps its error in the page (the other cells still run); the run lists every failure on
stderr and exits with status 1, so a failure is seen, not hidden.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import InputError

PARAMETERS = "parameters"
INJECTED = "injected-parameters"
CHAPTER_ONLY = "chapter-only"
# the kernels run with CurveZMQ transport encryption (jupyter_client's KernelManager.transport_encryption: "auto"
# provisions keys when the kernelspec declares "curve", as ipykernel's does), so ipykernel does not warn "Kernel is
# running over TCP without encryption" on stderr for every notebook; the Makefile's EXECUTE passes the same
TRANSPORT_ENCRYPTION = "auto"


def tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def prepare(nb, doc_id: str, source: str | None):
    """A copy of notebook ``nb`` (nbformat) for ``doc_id``: parameters injected, chapter-only cells dropped.
    ``source=None`` keeps the notebook as it is (the chapter itself)."""
    import copy

    import nbformat

    nb = copy.deepcopy(nb)
    if source is None:
        return nb
    cells = [c for c in nb.cells if CHAPTER_ONLY not in tags(c)]
    at = next((k for k, c in enumerate(cells) if PARAMETERS in tags(c)), None)
    if at is None:
        raise InputError("a notebook has no cell tagged 'parameters' to set DOC and SOURCE")
    injected = nbformat.v4.new_code_cell(f"DOC = {doc_id!r}\nSOURCE = {str(source)!r}", metadata={"tags": [INJECTED]})
    injected.id = INJECTED
    cells.insert(at + 1, injected)
    nb.cells = cells
    return nb


def errors(nb) -> list[tuple[int, str]]:
    """``(cell index, "Name: message")`` of every cell that raised."""
    out = []
    for k, c in enumerate(nb.cells):
        for o in c.get("outputs", []):
            if o.get("output_type") == "error":
                out.append((k, f"{o.get('ename')}: {o.get('evalue')}"))
    return out


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
        failures += [f"{path.name}: cell {k}: {msg}" for k, msg in errors(nb)]
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
        raise InputError(f"{notebooks_dir}: no notebooks found")
    if source is not None:
        src = read_source(source)  # refuses a bad source with one line, before any kernel starts
        doc_id, suffix, path = src.doc_id, f"-{src.doc_id}", str(Path(source).resolve())
    else:
        doc_id, suffix, path = None, "", None
    executed = Path(build) / f"executed{suffix}"
    if executed.exists():
        shutil.rmtree(executed)
    written, failures = execute(notebooks, executed, doc_id or "", path)
    corpus = load(path) if path else load()
    report = write_report(corpus, Path(build) / f"report{suffix}", written, screenshots)
    print(f"wrote {report}")
    for f in failures:
        print(f"kzlib: cell failed: {f}", file=sys.stderr)
    return 1 if failures else 0


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
