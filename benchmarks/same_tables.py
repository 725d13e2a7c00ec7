"""Check that a speed change changes no table: export the same sources with the code of a git revision (default
``main``) and with this checkout, and compare every CSV byte for byte.

    python benchmarks/same_tables.py [REV]

The sources: the chapter (``seeds/``) alone, every text of ``data/corpus/`` alone and all of them together, 20
copies of the chapter (titles changed) with the corpus texts through ``--jobs 2`` (the batch and worker path),
and a paragraph of 120,000 characters (the chapter's paragraphs run together). REV is checked out into a
temporary git worktree and run from there (``PYTHONPATH``) with this checkout's interpreter; the texts are this
checkout's (copied to a temporary folder). Exit status 0 when every table is identical, 1 otherwise (the differing files are listed). It takes
about a minute of CPU: run it before each speed commit, never in a timing loop on a shared machine.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "seeds" / "ch05-new-focus-new-grounding.txt"


def _inputs(work: Path) -> list[tuple[str, list[str]]]:
    """``(name, export arguments)`` of every export to compare: copies of the texts outside both checkouts, so the
    ``path`` column of ``documents`` reads the same for both."""
    texts = work / "texts"
    texts.mkdir()
    corpus = []
    for p in sorted((ROOT / "data" / "corpus").glob("*.txt")):
        (texts / p.name).write_bytes(p.read_bytes())
        corpus.append(str(texts / p.name))
    chapter = texts / CHAPTER.name
    chapter.write_bytes(CHAPTER.read_bytes())
    title, rest = CHAPTER.read_text(encoding="utf-8").split("\n", 1)
    copies = work / "copies"
    copies.mkdir()
    for k in range(1, 21):
        (copies / f"copy-{k:04d}.txt").write_text(f"{title} (copy {k})\n{rest}", encoding="utf-8")
    paragraphs = [p.strip() for p in rest.split("\n\n") if p.strip()]
    body = " ".join(" ".join(p.split()) for p in paragraphs)
    long = work / "one-paragraph.txt"
    long.write_text(("A Long Text\n\n" + (body + " ") * 5)[:120_000].rstrip() + ".\n", encoding="utf-8")
    runs = [("chapter", [str(chapter)]), ("corpus", corpus)]
    runs += [(f"one-{Path(p).stem}", [p]) for p in corpus]
    runs.append(("jobs2", ["--jobs", "2", *sorted(str(p) for p in copies.glob("*.txt")), *corpus]))
    runs.append(("paragraph", [str(long)]))
    return runs


def _export(code: Path, runs, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0"}
    for name, args in runs:
        proc = subprocess.run(
            [sys.executable, "-m", "kzlib", "export", "--max-bytes", "0", str(out / name), *args],
            env=env,
            cwd=out.parent,  # not a checkout: ``-m`` puts the working folder first on the path
            capture_output=True,
            text=True,
        )
        if proc.returncode:
            raise SystemExit(f"export {name} with {code} failed: {proc.stderr.strip()[-400:]}")


def _differing(a: Path, b: Path) -> list[str]:
    out = []
    for run in sorted(p.name for p in a.iterdir()):
        names = sorted({p.name for p in (a / run).iterdir()} | {p.name for p in (b / run).iterdir()})
        out += [
            f"{run}/{n}"
            for n in names
            if not ((a / run / n).is_file() and (b / run / n).is_file())
            or not filecmp.cmp(a / run / n, b / run / n, shallow=False)
        ]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", nargs="?", default="main", help="the git revision to compare with (default main)")
    rev = parser.parse_args().rev
    with tempfile.TemporaryDirectory(prefix="kzlib-same-") as tmp:
        work = Path(tmp)
        before = work / "before"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(before), rev], check=True, capture_output=True
        )
        try:
            runs = _inputs(work)
            _export(before, runs, work / "out-before")
            _export(ROOT, runs, work / "out-now")
            bad = _differing(work / "out-before", work / "out-now")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], capture_output=True)
    if bad:
        print(f"{len(bad)} table(s) differ from {rev}:", *bad, sep="\n  ")
        return 1
    print(f"every table identical to {rev}'s ({len(runs)} exports)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
