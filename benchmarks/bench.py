"""kzlib benchmark: import time, per-stage times on the chapter, a 1/8/64-chapter corpus, and a spaCy baseline.

Run with ``make bench``. Targets (see README): full pipeline on the chapter < 100 ms warm; 64 chapters
exported < 5 s including interpreter start; per-chapter cost at 64 no higher than at 8; peak memory
< 500 MB; ``import kzlib`` < 0.5 s; kzlib's full pipeline at least as fast as a spaCy pipeline that
only splits sentences and matches the same names.
"""
from __future__ import annotations

import json
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
REPEATS = 7
CHILD = """
import resource, sys, time
t = time.perf_counter()
from kzlib.cli import main
code = main(["export", sys.argv[1], *sys.argv[2:]])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr)
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
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(5)]
    return statistics.median(runs) * 1000


STAGES = [
    ("parse", ("documents", "sections", "paragraphs", "footnotes", "unassigned")),
    ("sentences", ("sentences",)),
    ("actors", ("mentions", "actors", "cooccurrence")),
    ("timexes", ("timexes",)),
    ("events", ("events",)),
    ("themes", ("theme_evidence", "themes")),
    ("dyads", ("dyads",)),
]


def cold_pipeline() -> float:
    """Median ms of the first full run in a fresh process, after the imports (kzlib and pandas): codebooks read,
    regexes compiled."""
    code = (f"import time, kzlib, kzlib.corpus; t = time.perf_counter(); kzlib.load({str(CHAPTER)!r}).tables(); "
            "print(time.perf_counter() - t)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(5)]
    return statistics.median(runs) * 1000


def stage_times() -> dict[str, float]:
    """Median ms of each stage on a fresh corpus (warm process: codebooks and regexes compiled)."""
    kzlib.load(CHAPTER).tables()
    per: dict[str, list[float]] = {name: [] for name, _ in STAGES}
    per["export"], per["all tables"] = [], []
    for _ in range(REPEATS):
        c = kzlib.load(CHAPTER)
        t0 = time.perf_counter()
        for name, tables in STAGES:
            t = time.perf_counter()
            for table in tables:
                getattr(c, table)
            per[name].append((time.perf_counter() - t) * 1000)
        per["all tables"].append((time.perf_counter() - t0) * 1000)
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            write_tables(c.tables(), Path(tmp) / "out")
            per["export"].append((time.perf_counter() - t) * 1000)
    return {k: statistics.median(v) for k, v in per.items()}


def corpus_run(n: int, workdir: Path) -> dict:
    """Export ``n`` copies of the chapter (titles changed) in a fresh interpreter: wall time, words/s, peak MB."""
    text = CHAPTER.read_text(encoding="utf-8")
    title, rest = text.split("\n", 1)
    folder = workdir / f"corpus-{n}"
    folder.mkdir()
    files = []
    for k in range(1, n + 1):
        f = folder / f"copy-{k:03d}.txt"
        f.write_text(f"{title} (copy {k})\n{rest}", encoding="utf-8")
        files.append(str(f))
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(workdir / f"out-{n}"), *files],
                          capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode:
        raise SystemExit(f"corpus run of {n} failed: {proc.stderr.strip()}")
    words = n * kzlib.load(CHAPTER).documents.n_words.iloc[0]
    return dict(chapters=n, wall_s=round(wall, 2), per_chapter_ms=round(wall * 1000 / n, 1),
                words_per_s=int(words / wall), peak_mb=round(float(proc.stderr.split()[-1]), 1))


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
    ruler.add_patterns([{"label": "ACTOR", "pattern": s.text, "id": s.actor_id}
                        for s in codebook.surfaces() if s.actor_id])
    build = (time.perf_counter() - t) * 1000
    texts = list(kzlib.load(CHAPTER).paragraphs.text)
    run = median_ms(lambda: [doc.ents for doc in nlp.pipe(texts)])
    return {"spacy import (ms)": imported, "spacy build (ms)": build, "spacy run (ms)": run}


ABBREVIATIONS = [
    "the U.S. maintains important interests.",
    'S. Frederick Starr, "First Glimpses of Tokayev\'s Kazakhstan: The Listening State?',
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
            return lambda t: ["".join(tok.spacing + tok.value for tok in s).strip()
                              for para in segmenter.analyze(t) for s in para]
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
        rows.append(dict(segmenter=name, ms=median_ms(lambda split=split: [split(t) for t in texts], 3),
                         sentences=sum(len(split(t)) for t in texts), kept=f"{kept}/{len(ABBREVIATIONS)}"))
    return rows


def main() -> None:
    result = {"import kzlib (ms)": import_time(), "import kzlib.corpus, with pandas (ms)": import_time("kzlib.corpus")}
    stages = stage_times()
    result.update({f"stage {k} (ms)": v for k, v in stages.items()})
    result["first run in a fresh process (ms)"] = cold_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        runs = [corpus_run(n, Path(tmp)) for n in (1, 8, 64)]
    base = spacy_baseline()
    result.update(base)
    print("| measure | value |\n| --- | --- |")
    for k, v in result.items():
        print(f"| {k} | {v:.1f} |")
    print("\n| chapters | wall time (s, incl. interpreter start) | per chapter (ms) | words/s | peak memory (MB) |")
    print("| --- | --- | --- | --- | --- |")
    for r in runs:
        print(f"| {r['chapters']} | {r['wall_s']} | {r['per_chapter_ms']} | {r['words_per_s']:,} | {r['peak_mb']} |")
    full = stages["all tables"]
    checks = {
        "full pipeline on the chapter < 100 ms (warm)": full < 100,
        "64 chapters exported < 5 s incl. interpreter start": runs[2]["wall_s"] < 5,
        "per-chapter cost at 64 <= at 8": runs[2]["per_chapter_ms"] <= runs[1]["per_chapter_ms"],
        "peak memory < 500 MB": max(r["peak_mb"] for r in runs) < 500,
        "import kzlib < 0.5 s": result["import kzlib (ms)"] < 500,
    }
    if base:
        warm = full / base["spacy run (ms)"]
        like = (stages["sentences"] + stages["actors"]) / base["spacy run (ms)"]
        cold = result["first run in a fresh process (ms)"] / (base["spacy build (ms)"] + base["spacy run (ms)"])
        print(f"\nkzlib / spaCy baseline (sentences + name matching only), warm, full pipeline: {warm:.2f}")
        print(f"kzlib / spaCy baseline, warm, like for like (sentences + actors stages): {like:.2f}")
        print(f"kzlib / spaCy baseline, first run (kzlib all tables vs spaCy build + run, imports excluded): {cold:.2f}")
        checks["kzlib full pipeline at least as fast as the spaCy baseline (warm)"] = warm <= 1
        checks["kzlib full pipeline at least as fast as the spaCy baseline (first run)"] = cold <= 1
    print("\n| sentence segmenter | ms on the chapter | sentences | abbreviation cases kept whole |")
    print("| --- | --- | --- | --- |")
    for r in segmenters():
        print(f"| {r['segmenter']} | {r['ms']:.1f} | {r['sentences']} | {r['kept']} |")
    print("\n| target | met |\n| --- | --- |")
    for k, ok in checks.items():
        print(f"| {k} | {'yes' if ok else 'NO'} |")
    (paths.BUILD / "bench.json").parent.mkdir(exist_ok=True)
    (paths.BUILD / "bench.json").write_text(json.dumps({"result": result, "corpus": runs, "targets": checks}, indent=1))


if __name__ == "__main__":
    main()
