"""kzlib benchmark: import time, per-stage times on the chapter, a 1/8/64-chapter corpus, a 2 MB single
paragraph, a 50 MB corpus, worker processes (``--jobs``) on 64 and 1,000 chapters, and a spaCy baseline.

Run with ``make bench`` (never part of ``make test``); ``--skip-long`` leaves out the 50 MB corpus and the
1,000-chapter runs; ``--quick`` is a smoke test of this script (every size reduced, no spaCy, no long runs:
its numbers verify no target). Targets (see README): full pipeline on the chapter < 100 ms warm; 64 chapters
exported < 5 s including interpreter start; per-chapter cost at 64 no higher than at 8 (the table also gives
the wall time each chapter adds, and the stage times per chapter in a batch of 16 show where it goes, beside
the CPU time of the same chapters one corpus each); a 2 MB single-paragraph text < 10 s; cost linear in
paragraph length (CPU time at most 2.3 times per doubling); a 50 MB corpus (the chapter repeated) exported < 60 s with peak memory < 1 GB; ``--jobs 2`` faster than one
process on 64 and 1,000 chapters, with byte-identical tables; ``import kzlib`` < 0.5 s; kzlib's full pipeline
at least as fast as a spaCy pipeline that only splits sentences and matches the same names. Every target is
listed with met, NO, or not run.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import kzlib
from kzlib import codebook, paths
from kzlib.export import write_tables

CHAPTER = paths.SEEDS / "ch05-new-focus-new-grounding.txt"
REPEATS = 7  # in-process timings (median)
RUNS = 5  # fresh-process timings (median)
CHILD = """
import resource, sys, time
t = time.perf_counter()
from kzlib.cli import main
code = main(["export", "--max-bytes", "0", *sys.argv[1:]])
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
cpu = sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))
# the parent plus its largest worker (each worker's peak is about the same), and the CPU seconds of all of them
print(own + workers, cpu, file=sys.stderr)
sys.exit(code)
"""


def median_ms(fn, repeats=REPEATS) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def import_time(module: str = "kzlib") -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(RUNS)
    ]
    return statistics.median(runs) * 1000


STAGES = [
    ("parse", ("documents", "sections", "paragraphs", "footnotes", "unassigned")),
    ("sentences", ("sentences",)),
    ("actors", ("mentions", "actors", "cooccurrence")),
    ("candidates", ("candidates",)),
    ("timexes", ("timexes",)),
    ("actions", ("actions",)),
    ("events", ("events",)),
    ("themes", ("theme_evidence", "themes")),
    ("dyads", ("dyads",)),
]


def cold_pipeline(empty_cache: bool = False) -> float:
    """Median ms of the first full run in a fresh process, after the imports (kzlib and pandas): codebooks read,
    regexes compiled (the largest read from ``kzlib.rxcache``'s folder when an earlier process compiled them;
    ``empty_cache``: an empty folder, the very first run on a machine)."""
    code = (
        f"import time, kzlib, kzlib.corpus; t = time.perf_counter(); kzlib.load({str(CHAPTER)!r}).tables(); "
        "print(time.perf_counter() - t)"
    )
    runs = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as empty:
            env = {**os.environ, "KZLIB_CACHE": empty} if empty_cache else None
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        runs.append(float(out.stdout))
    return statistics.median(runs) * 1000


def stage_times() -> dict[str, float]:
    """Median ms of each stage on a fresh corpus (warm process: codebooks and regexes compiled); "parse" and "all
    tables" include ``kzlib.load`` (reading the file and parsing its structure)."""
    kzlib.load(CHAPTER).tables()
    per: dict[str, list[float]] = {name: [] for name, _ in STAGES}
    per["export"], per["all tables"], per["all tables, CPU time"] = [], [], []
    for _ in range(REPEATS):
        t0, cpu = time.perf_counter(), time.process_time()
        c = kzlib.load(CHAPTER)
        loaded = time.perf_counter()
        for name, tables in STAGES:
            t = t0 if name == "parse" else time.perf_counter()
            for table in tables:
                getattr(c, table)
            per[name].append((time.perf_counter() - t) * 1000)
        per.setdefault("of which kzlib.load", []).append((loaded - t0) * 1000)
        per["all tables"].append((time.perf_counter() - t0) * 1000)
        per["all tables, CPU time"].append((time.process_time() - cpu) * 1000)  # less sensitive to a busy machine
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            write_tables(c.tables(), Path(tmp) / "out")
            per["export"].append((time.perf_counter() - t) * 1000)
    return {k: statistics.median(v) for k, v in per.items()}


COMPARED = ("timexes", "actions")  # stages also timed in CPU time, in a batch and one corpus per chapter


def _chapter_copies(n: int) -> list:
    """``n`` sources of the chapter (titles changed), in memory."""
    from kzlib.source import from_text

    title, rest = CHAPTER.read_text(encoding="utf-8").split("\n", 1)
    return [from_text(f"{title} (copy {k})\n{rest}", f"copy-{k:04d}") for k in range(1, n + 1)]


def batch_stage_times(n: int = 16, repeats: int = 3) -> dict[str, float]:
    """Median ms per chapter of each stage in a batch of ``n`` chapters (titles changed) as ``export`` parses them
    (one corpus per batch, the collector set as export sets it; warm process), and of writing the batch's CSV
    text as ``export`` writes it: the per-chapter cost of a long export without its start-up. Beside them, not
    part of "all": reading the documents (structure parsed when the corpus is made), and the CPU time of "all"
    and of the stages :data:`COMPARED` with :func:`one_by_one_times` (wall time above it: the machine was busy)."""
    from kzlib.batch import _Batch, written
    from kzlib.collector import few_collections

    sources = _chapter_copies(n)
    cb = codebook.Codebook.load()
    _Batch(sources[:1], cb).tables()
    per: dict[str, list[float]] = {name: [] for name, _ in STAGES}
    per["CSV text"], per["all"], per["all, CPU time"], per["documents read (not in all)"] = [], [], [], []
    for _ in range(repeats):
        with few_collections(pause=True):
            t = time.perf_counter()
            c = _Batch(sources, cb)
            per["documents read (not in all)"].append((time.perf_counter() - t) * 1000 / n)
            t0, cpu = time.perf_counter(), time.process_time()
            for name, tables in STAGES:
                t, t_cpu = time.perf_counter(), time.process_time()
                for table in tables:
                    getattr(c, table)
                per[name].append((time.perf_counter() - t) * 1000 / n)
                if name in COMPARED:
                    per.setdefault(f"{name}, CPU time", []).append((time.process_time() - t_cpu) * 1000 / n)
            t = time.perf_counter()
            written(c.tables())  # every table's CSV text, the pairs' rows and the actor counts, as a worker's
            per["CSV text"].append((time.perf_counter() - t) * 1000 / n)
            per["all"].append((time.perf_counter() - t0) * 1000 / n)
            per["all, CPU time"].append((time.process_time() - cpu) * 1000 / n)
    return {k: statistics.median(v) for k, v in per.items()}


def one_by_one_times(n: int = 16, repeats: int = 3) -> dict[str, float]:
    """Median CPU ms per chapter of the actions and timexes stages and of every stage, for the same ``n`` chapters
    as :func:`batch_stage_times` but one corpus per chapter, each through every stage before the next is made (the
    collector paused as in a batch). Against the batch's figures: what the batch's order costs (every chapter
    through one stage before the next stage begins), beside what a corpus per chapter costs."""
    from kzlib.batch import _Batch
    from kzlib.collector import few_collections

    sources = _chapter_copies(n)
    cb = codebook.Codebook.load()
    _Batch(sources[:1], cb).tables()
    per: dict[str, list[float]] = {name: [] for name in (*COMPARED, "all")}
    for _ in range(repeats):
        got = dict.fromkeys(per, 0.0)
        with few_collections(pause=True):
            for s in sources:
                c = _Batch([s], cb)
                t0 = time.process_time()
                for name, tables in STAGES:
                    t = time.process_time()
                    for table in tables:
                        getattr(c, table)
                    if name in got:
                        got[name] += time.process_time() - t
                got["all"] += time.process_time() - t0
                del c
        for k, v in got.items():
            per[k].append(v * 1000 / n)
    return {k: statistics.median(v) for k, v in per.items()}


def _copies(n: int, workdir: Path) -> list[str]:
    """``n`` copies of the chapter (titles changed) in a folder of ``workdir``."""
    text = CHAPTER.read_text(encoding="utf-8")
    title, rest = text.split("\n", 1)
    folder = workdir / f"corpus-{n}"
    if not folder.exists():
        folder.mkdir()
        for k in range(1, n + 1):
            (folder / f"copy-{k:04d}.txt").write_text(f"{title} (copy {k})\n{rest}", encoding="utf-8")
    return sorted(str(f) for f in folder.glob("*.txt"))


def export_run(
    files: list[str], out: Path, jobs: int = 1, regex_cache: str | None = None
) -> tuple[float, float, float]:
    """Wall seconds (incl. interpreter start), peak MB and CPU seconds (the parent and its workers) of
    ``python -m kzlib export --jobs N`` in a fresh process (``regex_cache``: ``kzlib.rxcache``'s folder, as in
    :func:`cold_pipeline`)."""
    env = None if regex_cache is None else {**os.environ, "KZLIB_CACHE": regex_cache}
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, "--jobs", str(jobs), str(out), *files], capture_output=True, text=True, env=env
    )
    wall = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(f"export of {len(files)} files failed: {proc.stderr.strip()[-500:]}")
    peak, cpu = map(float, proc.stderr.split()[-2:])
    return wall, peak, cpu


def corpus_run(n: int, workdir: Path, jobs: int = 1, empty_cache: bool = False) -> dict:
    """Export ``n`` copies of the chapter in a fresh interpreter: wall time, words/s, peak MB, CPU time
    (``empty_cache``: with an empty regex cache folder, as the very first run on a machine)."""
    out = workdir / f"out-{n}-j{jobs}{'-empty' if empty_cache else ''}"
    if empty_cache:
        with tempfile.TemporaryDirectory() as empty:
            wall, peak, cpu = export_run(_copies(n, workdir), out, jobs, regex_cache=empty)
    else:
        wall, peak, cpu = export_run(_copies(n, workdir), out, jobs)
    words = n * kzlib.load(CHAPTER).documents.n_words.iloc[0]
    return dict(
        chapters=n,
        jobs=jobs,
        wall_s=round(wall, 2),
        per_chapter_ms=round(wall * 1000 / n, 1),
        words_per_s=int(words / wall),
        peak_mb=round(peak, 1),
        mb=round(n * CHAPTER.stat().st_size / 1e6, 1),
        cpu_s=round(cpu, 2),
    )


def same_tables(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(filecmp.cmp(a / n, b / n, shallow=False) for n in names)


def one_paragraph_text(size: int) -> str:
    """A text of one paragraph of about ``size`` characters: the chapter's paragraphs run together."""
    body = " ".join(kzlib.load(CHAPTER).paragraphs.text)
    return ("A Long Text\n\n" + (body + " ") * (size // len(body) + 1))[:size].rstrip() + ".\n"


def linearity(sizes: tuple[int, ...]) -> list[dict]:
    """CPU seconds of every table of one-paragraph texts of doubling ``sizes``, in this process, and the ratio
    to the size before (2 for a linear cost)."""
    kzlib.load(CHAPTER).tables()
    rows = []
    for size in sizes:
        text = one_paragraph_text(size)
        t = time.process_time()
        kzlib.load(texts={"long": text}).tables()
        cpu = time.process_time() - t
        ratio = round(cpu / rows[-1]["cpu_s"], 2) if rows else None
        rows.append(dict(chars=len(text), cpu_s=round(cpu, 2), ratio=ratio))
    return rows


def single_paragraph(workdir: Path, size: int = 2_000_000) -> dict:
    """A text of one paragraph of ``size`` characters (the chapter's paragraphs run together), exported."""
    text = one_paragraph_text(size)
    path = workdir / "one-paragraph.txt"
    path.write_text(text, encoding="utf-8")
    wall, peak, _ = export_run([str(path)], workdir / "out-one")
    return dict(chars=len(text), wall_s=round(wall, 2), peak_mb=round(peak, 1))


def jobs_speedup(n: int, workdir: Path) -> dict:
    """One process against two workers on ``n`` chapters: wall times, speed-up, identical bytes."""
    one, two = corpus_run(n, workdir, 1), corpus_run(n, workdir, 2)
    same = same_tables(workdir / f"out-{n}-j1", workdir / f"out-{n}-j2")
    return dict(
        chapters=n,
        one_s=one["wall_s"],
        two_s=two["wall_s"],
        speedup=round(one["wall_s"] / two["wall_s"], 2),
        one_cpu_s=one["cpu_s"],
        two_cpu_s=two["cpu_s"],
        identical=same,
    )


def spacy_baseline() -> dict[str, float]:
    """A spaCy blank English pipeline: sentencizer plus an EntityRuler with kzlib's own actor surfaces."""
    try:
        t = time.perf_counter()
        import spacy
    except ImportError:
        return {}
    imported = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(
        [{"label": "ACTOR", "pattern": s.text, "id": s.actor_id} for s in codebook.surfaces() if s.actor_id]
    )
    build = (time.perf_counter() - t) * 1000
    texts = list(kzlib.load(CHAPTER).paragraphs.text)
    run = median_ms(lambda: [doc.ents for doc in nlp.pipe(texts)])
    return {"spacy import (ms)": imported, "spacy build (ms)": build, "spacy run (ms)": run}


ABBREVIATIONS = [
    "the U.S. maintains important interests.",
    "S. Frederick Starr, \"First Glimpses of Tokayev's Kazakhstan: The Listening State?",
    "See eg. Fareed Zakaria, The Future of Freedom, New York: W.W. Norton, 2007.",
    "America's commitment to the (a) independence, (b) sovereignty, and (c) territorial integrity of states.",
]


def segmenters() -> list[dict]:
    """Sentence segmenters on the chapter's paragraphs: median ms, and the abbreviation cases kept whole."""
    from kzlib import sentences

    def split_with(name):
        if name == "sentencex":
            return lambda t: [t[a:b] for a, b in sentences.split(t)]
        if name == "blingfire":
            import blingfire

            return lambda t: blingfire.text_to_sentences(t).split("\n")
        if name == "syntok":
            from syntok import segmenter

            return lambda t: [
                "".join(tok.spacing + tok.value for tok in s).strip() for para in segmenter.analyze(t) for s in para
            ]
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        return lambda t: [s.strip() for s in seg.segment(t)]

    texts = list(kzlib.load(CHAPTER).paragraphs.text)
    rows = []
    for name in ("sentencex", "blingfire", "syntok", "pysbd"):
        try:
            split = split_with(name)
        except ImportError:
            continue
        kept = sum(split(case + " Next sentence.") == [case, "Next sentence."] for case in ABBREVIATIONS)
        rows.append(
            dict(
                segmenter=name,
                ms=median_ms(lambda split=split: [split(t) for t in texts], 3),
                sentences=sum(len(split(t)) for t in texts),
                kept=f"{kept}/{len(ABBREVIATIONS)}",
            )
        )
    return rows


FULL = dict(chapters=(1, 8, 64), paragraph=2_000_000, doublings=(250_000, 500_000, 1_000_000), jobs=(64, 1000))
QUICK = dict(chapters=(1, 2, 8), paragraph=100_000, doublings=(25_000, 50_000), jobs=(8,))


def main() -> None:
    global REPEATS, RUNS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-long", action="store_true", help="leave out the 50 MB corpus and 1,000 chapters")
    parser.add_argument("--quick", action="store_true", help="smoke test of this script: every size reduced")
    args = parser.parse_args()
    size = QUICK if args.quick else FULL
    long = not (args.skip_long or args.quick)
    REPEATS, RUNS = (2, 1) if args.quick else (REPEATS, RUNS)
    result = {"import kzlib (ms)": import_time(), "import kzlib.corpus, with pandas (ms)": import_time("kzlib.corpus")}
    stages = stage_times()
    result.update({f"stage {k} (ms)": v for k, v in stages.items()})
    result["first run in a fresh process, regex cache warm (ms)"] = cold_pipeline()
    result["first run in a fresh process, regex cache empty (ms)"] = cold_pipeline(empty_cache=True)
    n_batch = 4 if args.quick else 16
    batch = batch_stage_times(n_batch, 1 if args.quick else 3)
    result.update({f"per chapter in a batch of {n_batch}: {k} (ms)": v for k, v in batch.items()})
    apart = one_by_one_times(n_batch, 1 if args.quick else 3)
    result.update({f"per chapter, {n_batch} chapters one corpus each: {k}, CPU time (ms)": v for k, v in apart.items()})
    doubling = linearity(size["doublings"])
    with tempfile.TemporaryDirectory() as tmp:
        runs = [corpus_run(n, Path(tmp)) for n in size["chapters"]]
        long_para = single_paragraph(Path(tmp), size["paragraph"])
        speedups = [jobs_speedup(n, Path(tmp)) for n in size["jobs"] if long or n < 1000]
        n_empty = min(size["jobs"])
        empty = corpus_run(n_empty, Path(tmp), jobs=2, empty_cache=True)
        big = None
        if long:
            n50 = -(-50_000_000 // CHAPTER.stat().st_size)
            big = corpus_run(n50, Path(tmp), jobs=2)
    base = {} if args.quick else spacy_baseline()
    result.update(base)
    if args.quick:
        print("QUICK SMOKE RUN: sizes reduced, no target is verified by these numbers\n")
    print("| measure | value |\n| --- | --- |")
    for k, v in result.items():
        print(f"| {k} | {v:.1f} |")
    print(
        "\n| chapters | wall time (s, incl. interpreter start) | per chapter (ms) | each chapter more (ms) | words/s "
        "| peak memory (MB) | CPU s (all processes) |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r, before in zip(
        runs, [None, *runs]
    ):  # each chapter more: the wall time added per chapter since the row before
        more = f"{(r['wall_s'] - before['wall_s']) * 1000 / (r['chapters'] - before['chapters']):.0f}" if before else ""
        print(
            f"| {r['chapters']} | {r['wall_s']} | {r['per_chapter_ms']} | {more} | {r['words_per_s']:,} "
            f"| {r['peak_mb']} | {r['cpu_s']} |"
        )
    print(
        f"\nsingle paragraph ({long_para['chars']:,} characters): {long_para['wall_s']} s incl. start-up, "
        f"peak {long_para['peak_mb']} MB"
    )
    print("\n| one paragraph (characters) | CPU s, every table, in process | times the size before |")
    print("| --- | --- | --- |")
    for r in doubling:
        print(f"| {r['chars']:,} | {r['cpu_s']} | {r['ratio'] or ''} |")
    print(
        "\n| chapters | one process (s) | --jobs 2 (s) | speed-up | identical bytes | CPU s, one process / --jobs 2 |"
        "\n| --- | --- | --- | --- | --- | --- |"
    )
    for s in speedups:
        print(
            f"| {s['chapters']:,} | {s['one_s']} | {s['two_s']} | {s['speedup']} | {'yes' if s['identical'] else 'NO'} "
            f"| {s['one_cpu_s']} / {s['two_cpu_s']} |"
        )
    print(f"\n{n_empty} chapters, --jobs 2, regex cache empty (the very first run on a machine): {empty['wall_s']} s")
    if big:
        print(
            f"\n50 MB corpus: {big['chapters']:,} chapters, {big['mb']} MB, --jobs 2: {big['wall_s']} s, "
            f"peak {big['peak_mb']} MB (parent + largest worker), CPU {big['cpu_s']} s (all processes)"
        )
    full = stages["all tables"]
    skipped = "not run (--quick)" if args.quick else "not run (--skip-long)"
    by_n = {r["chapters"]: r for r in runs}
    jobs = {s["chapters"]: s for s in speedups}
    ratios = [r["ratio"] for r in doubling if r["ratio"] is not None]
    checks = {
        "full pipeline on the chapter < 100 ms (warm)": full < 100,
        "actions stage on the chapter (warm, part of the full pipeline)": f"{stages['actions']:.1f} ms",
        "64 chapters exported < 5 s incl. interpreter start (one process)": (
            by_n[64]["wall_s"] < 5 if 64 in by_n else skipped
        ),
        "64 chapters exported < 5 s incl. interpreter start (--jobs 2)": (
            jobs[64]["two_s"] < 5 if 64 in jobs else skipped
        ),
        "64 chapters exported < 5 s incl. interpreter start (--jobs 2, regex cache empty)": (
            empty["wall_s"] < 5 if n_empty == 64 else skipped
        ),
        "per-chapter cost at 64 <= at 8": (
            by_n[64]["per_chapter_ms"] <= by_n[8]["per_chapter_ms"] if 64 in by_n else skipped
        ),
        "peak memory < 500 MB": max(r["peak_mb"] for r in runs) < 500,
        "import kzlib < 0.5 s": result["import kzlib (ms)"] < 500,
        "2 MB single paragraph < 10 s": long_para["wall_s"] < 10 if size["paragraph"] == 2_000_000 else skipped,
        "cost linear in paragraph length (CPU at most 2.3x per doubling)": (
            max(ratios) <= 2.3 if not args.quick else skipped
        ),
    }
    for n in FULL["jobs"]:
        s = jobs.get(n)
        checks[f"--jobs 2 faster than one process on {n:,} chapters"] = s["speedup"] > 1 if s else skipped
        checks[f"--jobs 2 gives identical bytes on {n:,} chapters"] = s["identical"] if s else skipped
    checks["50 MB corpus exported < 60 s (--jobs 2)"] = big["wall_s"] < 60 if big else skipped
    checks["50 MB corpus peak memory < 1 GB"] = big["peak_mb"] < 1024 if big else skipped
    if base:
        warm = full / base["spacy run (ms)"]
        like = (stages["sentences"] + stages["actors"]) / base["spacy run (ms)"]
        first = result["first run in a fresh process, regex cache warm (ms)"]
        cold = first / (base["spacy build (ms)"] + base["spacy run (ms)"])
        print(f"\nkzlib / spaCy baseline (sentences + name matching only), warm, full pipeline: {warm:.2f}")
        print(f"kzlib / spaCy baseline, warm, like for like (sentences + actors stages): {like:.2f}")
        print(
            "kzlib / spaCy baseline, first run, regex cache warm (kzlib all tables vs spaCy build + run, imports "
            f"excluded): {cold:.2f}"
        )
    no_spacy = "not run (--quick)" if args.quick else "not run (spaCy not installed)"
    checks["kzlib full pipeline at least as fast as the spaCy baseline (warm)"] = warm <= 1 if base else no_spacy
    checks["kzlib full pipeline at least as fast as the spaCy baseline (first run)"] = cold <= 1 if base else no_spacy
    if not args.quick:
        print("\n| sentence segmenter | ms on the chapter | sentences | abbreviation cases kept whole |")
        print("| --- | --- | --- | --- |")
        for r in segmenters():
            print(f"| {r['segmenter']} | {r['ms']:.1f} | {r['sentences']} | {r['kept']} |")
    print("\n| target | met |\n| --- | --- |")
    for k, ok in checks.items():
        print(f"| {k} | {ok if isinstance(ok, str) else 'yes' if ok else 'NO'} |")
    out = paths.BUILD / ("bench-quick.json" if args.quick else "bench.json")
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "result": result,
                "corpus": runs,
                "single_paragraph": long_para,
                "linearity": doubling,
                "jobs": speedups,
                "jobs_regex_cache_empty": empty,
                "corpus_50mb": big,
                "targets": checks,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
