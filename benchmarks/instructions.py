"""Count the CPU instructions of a warm chapter with callgrind (valgrind): unlike a timing, the count is the same
whatever else the machine is doing, so it resolves a speed change of 1%.

    python benchmarks/instructions.py [--stage STAGE] [--chapters N] [CODE_DIR]

After one uncounted run that fills the regex cache, it runs this interpreter under ``valgrind --tool=callgrind``
twice, each reading the chapter once to warm up (codebooks read, regexes compiled), then one more chapter or N + 1
more (default N = 6), and prints the difference divided by N: instructions per warm chapter, every table, or one
stage of ``bench.STAGES`` (then twice more with only the stages before it, whose difference is subtracted; the
parse stage includes ``kzlib.load``, the file read and its structure parsed). More than one chapter is counted because one alone moves
by up to 100 M with where the garbage collector's full passes fall. CODE_DIR (default: this checkout) is put first on
the path, and the child runs from a temporary folder, so the code measured is CODE_DIR's; ``PYTHONHASHSEED=0`` and ``OPENBLAS_NUM_THREADS=1``; the
regex cache is ``$KZLIB_CACHE``, else ``build/regex-cache``. Needs valgrind (Debian's ``valgrind``); a run takes one to five minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHAPTER = ROOT / "seeds" / "ch05-new-focus-new-grounding.txt"

CHILD = """
import sys
import kzlib
from bench import STAGES

chapters, stage, upto = int(sys.argv[1]), sys.argv[2], sys.argv[3] == "1"
kzlib.load(sys.argv[4]).tables()
for _ in range(chapters):
    if stage == "parse" and not upto:
        continue  # the parse stage is kzlib.load (the file read, its structure parsed) and the tables of that parse
    c = kzlib.load(sys.argv[4])
    if stage == "all":
        c.tables()
        continue
    for name, tables in STAGES:
        if name == stage and not upto:
            break
        for table in tables:
            getattr(c, table)
        if name == stage:
            break
"""


def count(code: Path, chapters: int, stage: str, upto: bool, counted: bool = True) -> int:
    """Instructions of one callgrind run: the warm-up chapter, then ``chapters`` more (up to ``stage``); not
    ``counted``: the same run without valgrind (0)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(code), str(ROOT / "benchmarks")]),
        "PYTHONHASHSEED": "0",
        "OPENBLAS_NUM_THREADS": "1",  # numpy's idle BLAS threads add a few M instructions that vary from run to run
        "KZLIB_CACHE": os.environ.get("KZLIB_CACHE", str(ROOT / "build" / "regex-cache")),
    }
    with tempfile.TemporaryDirectory() as tmp:  # not a checkout: the child imports CODE_DIR's kzlib
        proc = subprocess.run(
            (["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] if counted else [])
            + [sys.executable, "-c", CHILD]
            + [str(chapters), stage, "1" if upto else "0", str(CHAPTER)],
            env=env,
            cwd=tmp,
            capture_output=True,
            text=True,
        )
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode or (counted and not found):
        raise SystemExit(f"callgrind run failed: {proc.stderr.strip()[-400:]}")
    return int(found.group(1)) if found else 0


def per_chapter(code: Path, chapters: int, stage: str) -> float:
    """Millions of instructions per warm chapter (every table, or ``stage`` alone)."""

    def delta(upto: bool) -> int:
        return count(code, chapters + 1, stage, upto) - count(code, 1, stage, upto)

    count(code, 1, "all", True, counted=False)  # fills the regex cache, so that no counted run compiles and writes it
    total = delta(True) if stage == "all" else delta(True) - delta(False)
    return total / chapters / 1e6


def main() -> int:
    from bench import STAGES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("code", nargs="?", type=Path, default=ROOT, help="the checkout whose kzlib is measured")
    parser.add_argument("--stage", default="all", choices=["all", *(name for name, _ in STAGES)])
    parser.add_argument("--chapters", type=int, default=6, help="warm chapters averaged (at least 1)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions.py: valgrind not found (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    if args.chapters < 1:
        parser.error("--chapters must be at least 1")
    m = per_chapter(args.code.resolve(), args.chapters, args.stage)
    print(f"{m:.1f} M instructions per warm chapter ({args.stage}; mean of {args.chapters}; {args.code})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
