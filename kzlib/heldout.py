"""Scores on the held-out test split, baselines and bootstrap intervals.

The development text (the chapter) is the one the rules were written on; its gold shares its author with
the rules. The **test split** is six White House texts in ``data/corpus/``, annotated blind in
``data/annotations/test/`` before any extractor ran on them (protocol in its README). Gold rows name a span
by ``(surface, occurrence)``: the occurrence-th non-overlapping ``str.find`` hit in the whole file;
paragraph themes name their paragraph by its opening words (``para_start``).

Measures:

- **mentions, span level**: a predicted mention is correct when its span overlaps a gold span of the same
  actor (relaxed) or has exactly its offsets (strict);
- **mentions, paragraph presence**: (paragraph, actor) pairs, as on the chapter;
- **dated expressions**: relaxed span, and value over the overlapping pairs (TempEval-3 style);
- **themes**: is the reader's primary theme among the codebook's top two for the paragraph.

Baselines: for actors, matching only each actor's canonical name (no aliases, acronyms, demonyms, capitals,
titles or misspellings); for themes, a constant guess of the two primary themes most frequent in the
development gold. Intervals: percentile bootstrap over documents' paragraphs (resampling units with
replacement, 1,000 draws, fixed seed), so they show how much the scores hang on which passages were read.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from . import paths
from .evaluate import Score, gold, overlapping

TEST_GOLD = "test"
CORPUS = paths.DATA / "corpus"
DRAWS = 1000


def test_sources() -> list[Path]:
    """The texts of the test split (``data/corpus/*.txt``), in name order."""
    return sorted(CORPUS.glob("*.txt"))


def load_test(**kwargs):
    """The test split as a corpus (keyword arguments go to :func:`kzlib.load`, e.g. ``options``)."""
    import kzlib

    return kzlib.load(*test_sources(), **kwargs)


def locate(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) non-overlapping occurrence of ``surface`` in ``text``."""
    i = -1
    for _ in range(int(occurrence)):
        i = text.find(surface, i + 1 if i < 0 else i + len(surface))
        if i < 0:
            raise ValueError(f"{surface!r} occurrence {occurrence} not found")
    return i, i + len(surface)


def _test_gold(name: str) -> pd.DataFrame:
    return gold(f"{TEST_GOLD}/{name}")


def _with_spans(corpus, g: pd.DataFrame) -> pd.DataFrame:
    g = g[g.doc_id.isin(corpus.documents.doc_id)].copy()
    spans = [locate(corpus.source(d), s, o) for d, s, o in zip(g.doc_id, g.surface, g.occurrence)]
    g["start"] = [s for s, _ in spans]
    g["end"] = [e for _, e in spans]
    return g


def _prf(tp: int, fp: int, fn: int, **labels) -> dict:
    return Score(int(tp), int(fp), int(fn)).row(**labels)


def _bootstrap(units: pd.DataFrame, seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of F1 over units (rows with tp, fp, fn), resampled with replacement."""
    if units.empty:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    counts = units[["tp", "fp", "fn"]].to_numpy(dtype=float)
    idx = rng.integers(0, len(counts), size=(DRAWS, len(counts)))
    tp, fp, fn = (counts[idx].sum(axis=1)).T
    f1 = np.divide(2 * tp, 2 * tp + fp + fn, out=np.zeros_like(tp), where=(2 * tp + fp + fn) > 0)
    lo, hi = np.percentile(f1, [2.5, 97.5])
    return round(float(lo), 3), round(float(hi), 3)


def _per_unit(pred: pd.DataFrame, true: pd.DataFrame, key: list[str], unit: list[str]) -> pd.DataFrame:
    """tp, fp, fn per unit (e.g. document and paragraph) for exact matching on ``key``."""
    p = pred[key].drop_duplicates().assign(_p=1)
    t = true[key].drop_duplicates().assign(_t=1)
    both = p.merge(t, on=key, how="outer").fillna(0)
    both["tp"] = (both._p * both._t).astype(int)
    both["fp"] = (both._p * (1 - both._t)).astype(int)
    both["fn"] = ((1 - both._p) * both._t).astype(int)
    return both.groupby(unit)[["tp", "fp", "fn"]].sum().reset_index()


def exact_name_mentions(corpus) -> pd.DataFrame:
    """Baseline: mentions found by each actor's canonical name only (whole words, case-sensitive, longest
    first), in the paragraphs."""
    from . import codebook

    names = codebook.actors()[["actor_id", "name"]]
    names = names.assign(n=names.name.str.len()).sort_values(["n", "name"], ascending=[False, True])
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names.name) + r")(?!\w)")
    ids = dict(zip(names.name, names.actor_id))
    rows = []
    for p in corpus.paragraphs.itertuples():
        src = corpus.source(p.doc_id)
        for m in pattern.finditer(src, p.start, p.end):
            rows.append(
                dict(
                    doc_id=p.doc_id,
                    actor_id=ids[m.group(0)],
                    para_id=p.para_id,
                    start=m.start(),
                    end=m.end(),
                    surface=m.group(0),
                )
            )
    return pd.DataFrame(rows, columns=["doc_id", "actor_id", "para_id", "start", "end", "surface"])


def mention_scores(
    corpus, mentions: pd.DataFrame | None = None, label: str = "kzlib"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Span-level (strict, relaxed) and paragraph-presence scores of ``mentions`` (default: the corpus's)
    against the test gold, with bootstrap intervals; and every error."""
    m = corpus.mentions if mentions is None else mentions
    m = m[m.doc_id.isin(corpus.documents.doc_id)].reset_index(drop=True)
    g = _with_spans(corpus, _test_gold("mentions")).reset_index(drop=True)
    paras = [corpus.docs[d].paragraph_at(at) for d, at in zip(g.doc_id, g.start)]
    g["para_id"] = [p.para_id if p is not None else "" for p in paras]  # "": a title or a heading
    g["unit"] = g.doc_id + "/" + g.para_id.replace("", "(title or heading)")
    m = m.assign(unit=m.doc_id + "/" + m.para_id)
    rows = []
    strict = _per_unit(m, g, ["doc_id", "actor_id", "start", "end", "unit"], ["unit"])
    rows.append(
        _prf(*strict[["tp", "fp", "fn"]].sum(), system=label, measure="span, strict", items=len(g))
        | dict(zip(("f1_low", "f1_high"), _bootstrap(strict)))
    )
    pairs = overlapping(m, g, ["doc_id", "actor_id"])
    hit_p, hit_t = {pi for pi, _ in pairs}, {gi for _, gi in pairs}
    relaxed = (
        pd.DataFrame(
            {
                "unit": list(m.unit) + list(g.unit),
                "tp": [int(i in hit_p) for i in m.index] + [0] * len(g),
                "fp": [int(i not in hit_p) for i in m.index] + [0] * len(g),
                "fn": [0] * len(m) + [int(i not in hit_t) for i in g.index],
            }
        )
        .groupby("unit")
        .sum()
    )
    tp = len(hit_t)
    rows.append(
        _prf(tp, len(m) - len(hit_p), len(g) - tp, system=label, measure="span, relaxed", items=len(g))
        | dict(zip(("f1_low", "f1_high"), _bootstrap(relaxed.reset_index())))
    )
    body = g[g.para_id != ""]
    para = _per_unit(m, body, ["doc_id", "para_id", "actor_id", "unit"], ["unit"])
    rows.append(
        _prf(
            *para[["tp", "fp", "fn"]].sum(),
            system=label,
            measure="paragraph presence",
            items=len(body[["doc_id", "para_id", "actor_id"]].drop_duplicates()),
        )
        | dict(zip(("f1_low", "f1_high"), _bootstrap(para)))
    )
    errors = [
        dict(
            doc_id=r.doc_id,
            where=r.para_id or "title/heading",
            error="missed",
            actor_id=r.actor_id,
            surface=r.surface,
            note=r.note,
        )
        for r in g.loc[sorted(set(g.index) - hit_t)].itertuples()
    ]
    errors += [
        dict(doc_id=r.doc_id, where=r.para_id, error="false positive", actor_id=r.actor_id, surface=r.surface, note="")
        for r in m.loc[sorted(set(m.index) - hit_p)].itertuples()
    ]
    return pd.DataFrame(rows), pd.DataFrame(errors, columns=["doc_id", "where", "error", "actor_id", "surface", "note"])


def timex_scores(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Relaxed-span and value scores of the dated expressions on the test split, and every error."""
    t = corpus.timexes[corpus.timexes.doc_id.isin(corpus.documents.doc_id)].reset_index(drop=True)
    g = _with_spans(corpus, _test_gold("timexes")).reset_index(drop=True)
    pairs = overlapping(g, t, ["doc_id"])
    mg, mt = {gi for gi, _ in pairs}, {ti for _, ti in pairs}
    value_ok = {gi for gi, ti in pairs if g.value[gi] == t.value[ti]}
    rows = [
        _prf(len(mg), len(t) - len(mt), len(g) - len(mg), measure="relaxed span", items=len(g)),
        _prf(len(value_ok), len(t) - len(value_ok), len(g) - len(value_ok), measure="value", items=len(g)),
    ]
    errors = [
        dict(
            doc_id=g.doc_id[gi],
            error="value",
            gold=f"{g.surface[gi]} = {g.value[gi]}",
            found=f"{t.surface[ti]} = {t.value[ti]}",
        )
        for gi, ti in pairs
        if gi not in value_ok
    ]
    errors += [
        dict(doc_id=g.doc_id[gi], error="missed", gold=f"{g.surface[gi]} = {g.value[gi]}", found="")
        for gi in g.index
        if gi not in mg
    ]
    errors += [
        dict(doc_id=t.doc_id[ti], error="false positive", gold="", found=f"{t.surface[ti]} = {t.value[ti]}")
        for ti in t.index
        if ti not in mt
    ]
    return pd.DataFrame(rows), pd.DataFrame(errors, columns=["doc_id", "error", "gold", "found"])


def _paragraph_of_start(corpus, doc_id: str, start_words: str) -> str:
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id]
    want = " ".join(start_words.split())
    for r in paras.itertuples():
        if " ".join(corpus.source(doc_id)[r.start : r.end].split()).startswith(want):
            return r.para_id
    return ""


def constant_theme_guess(k: int = 2) -> list[str]:
    """The ``k`` primary themes most frequent in the development gold (ties by name)."""
    counts = gold("themes_primary").primary_theme.value_counts()
    return sorted(counts.index, key=lambda t: (-counts[t], t))[:k]


def theme_scores(corpus) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Top-2 agreement with the test gold's primary themes, by clarity, for the codebook and for the constant
    baseline; and the per-paragraph table."""
    g = _test_gold("themes")
    g = g[g.doc_id.isin(corpus.documents.doc_id)].copy()
    g["para_id"] = [_paragraph_of_start(corpus, d, s) for d, s in zip(g.doc_id, g.para_start)]
    th = corpus.themes[(corpus.themes.score > 0)]
    top = (
        th.sort_values(["doc_id", "para_id", "score", "theme_id"], ascending=[True, True, False, True])
        .groupby(["doc_id", "para_id"])
        .theme_id.agg(lambda s: list(s)[:2])
    )
    g["top"] = [", ".join(top.get((d, p), [])) for d, p in zip(g.doc_id, g.para_id)]
    g["agrees"] = [t in top.get((d, p), []) for d, p, t in zip(g.doc_id, g.para_id, g.primary_theme)]
    guess = constant_theme_guess()
    g["baseline_agrees"] = g.primary_theme.isin(guess)
    rows = []
    for label, part in (("all", g), ("clear", g[g.clarity == "clear"])):
        for system, hit in (("kzlib codebook", part.agrees), ("constant guess", part.baseline_agrees)):
            rate = round(float(hit.mean()), 3) if len(part) else float("nan")
            rows.append(dict(system=system, paragraphs=label, n=len(part), agree=int(hit.sum()), rate=rate))
    return pd.DataFrame(rows), g[["doc_id", "para_id", "primary_theme", "clarity", "top", "agrees"]]


def chapter_actor_baseline(corpus, doc_id: str) -> pd.DataFrame:
    """Paragraph-presence scores on the development text: kzlib and the exact-name baseline, with intervals."""
    g = gold("actors_by_paragraph").assign(doc_id=doc_id)
    out = []
    for label, m in (("kzlib", corpus.mentions), ("exact names only", exact_name_mentions(corpus))):
        m = m[m.doc_id == doc_id]
        units = _per_unit(m, g, ["doc_id", "para_id", "actor_id"], ["para_id"])
        out.append(
            _prf(*units[["tp", "fp", "fn"]].sum(), system=label, measure="paragraph presence", items=len(g))
            | dict(zip(("f1_low", "f1_high"), _bootstrap(units)))
        )
    return pd.DataFrame(out)


OVERVIEW = ["split", "table", "system", "measure", "items", "precision", "recall", "f1", "f1_low", "f1_high"]


def _lines(scores: pd.DataFrame, split: str, table: str, **fixed) -> pd.DataFrame:
    """Score rows in the overview's columns: ``fixed`` sets or overrides columns, missing intervals are NaN."""
    out = scores.assign(split=split, table=table, **fixed)
    return out.reindex(columns=OVERVIEW)


def overview(chapter, test, doc_id: str) -> pd.DataFrame:
    """Development against test, one line per measure: F1 (or top-2 rate) with its 95% bootstrap interval."""
    parts = [_lines(chapter_actor_baseline(chapter, doc_id), "development", "mentions")]
    for label, mentions in (("kzlib", None), ("exact names only", exact_name_mentions(test))):
        parts.append(_lines(mention_scores(test, mentions, label)[0], "test", "mentions"))
    parts.append(_lines(timex_scores(test)[0], "test", "timexes", system="kzlib"))
    th = theme_scores(test)[0]
    parts.append(
        _lines(
            th,
            "test",
            "themes",
            measure=[f"top-2 contains primary ({p})" for p in th.paragraphs],
            items=th.n,
            precision=th.rate,
            recall=th.rate,
            f1=th.rate,
        )
    )
    return pd.concat(parts, ignore_index=True)
