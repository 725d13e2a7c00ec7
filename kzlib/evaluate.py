"""Scoring extractors against the hand annotations in ``data/annotations/``."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import paths

CHAPTER = "ch05-new-focus-new-grounding"  # the document the annotations describe


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, **labels) -> dict:
        return dict(**labels, tp=self.tp, fp=self.fp, fn=self.fn, precision=round(self.precision, 3),
                    recall=round(self.recall, 3), f1=round(self.f1, 3))


def score(predicted: set, gold: set) -> Score:
    return Score(len(predicted & gold), len(predicted - gold), len(gold - predicted))


def gold(name: str) -> pd.DataFrame:
    """An annotation table from ``data/annotations/<name>.csv``."""
    return pd.read_csv(paths.ANNOTATIONS / f"{name}.csv", dtype=str, keep_default_na=False)


def actor_paragraphs(corpus, doc_id: str = CHAPTER, annotation: str = "actors_by_paragraph"
                     ) -> tuple[Score, pd.DataFrame]:
    """Paragraph-level actor scores: is each (paragraph, actor) pair found? With every error listed."""
    m = corpus.mentions[corpus.mentions.doc_id == doc_id]
    g = gold(annotation)
    pred = set(zip(m.para_id, m.actor_id))
    true = set(zip(g.para_id, g.actor_id))
    evidence = m.groupby(["para_id", "actor_id"]).surface.agg(lambda s: "; ".join(dict.fromkeys(s)))
    gold_ev = g.set_index(["para_id", "actor_id"]).evidence
    errors = [dict(para_id=p, actor_id=a, error="false positive", found=evidence.get((p, a), ""), gold="")
              for p, a in sorted(pred - true)]
    errors += [dict(para_id=p, actor_id=a, error="missed", found="", gold=gold_ev.get((p, a), ""))
               for p, a in sorted(true - pred)]
    return score(pred, true), pd.DataFrame(errors, columns=["para_id", "actor_id", "error", "found", "gold"])


def _gold_timexes(corpus, doc_id: str, annotation: str = "timexes") -> pd.DataFrame:
    """The timex gold with source offsets: each surface located by its occurrence in its paragraph or footnote."""
    g = gold(annotation)
    src = corpus.source(doc_id)
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id")
    notes = corpus.footnotes[corpus.footnotes.doc_id == doc_id].set_index("number")
    starts = []
    for r in g.itertuples():
        lo, hi = ((int(paras.start[r.para_id]), int(paras.end[r.para_id])) if r.para_id else
                  (int(notes.start[int(r.footnote)]), int(notes.end[int(r.footnote)])))
        pos = lo - 1
        for _ in range(int(r.occurrence)):
            pos = src.find(r.surface, pos + 1, hi)
        starts.append(pos)
    g["start"] = starts
    g["end"] = g.start + g.surface.str.len()
    return g


def timexes(corpus, doc_id: str = CHAPTER, annotation: str = "timexes") -> tuple[pd.DataFrame, pd.DataFrame]:
    """TempEval-3 style scores of the timexes: strict span, relaxed span (overlap), value and kind
    (over relaxed matches); and every error, for a reader to inspect."""
    g = _gold_timexes(corpus, doc_id, annotation)
    t = corpus.timexes[corpus.timexes.doc_id == doc_id]
    pairs = [(gi, ti) for gi, gr in g.iterrows() for ti, tr in t.iterrows()
             if gr.start < tr.end and tr.start < gr.end]
    strict = {(g.start[gi], g.end[gi]) for gi, _ in pairs} & set(zip(t.start, t.end))
    n_gold, n_pred = len(g), len(t)
    matched_g = {gi for gi, _ in pairs}
    matched_t = {ti for _, ti in pairs}
    value_ok = sum(g.value[gi] == t.value[ti] for gi, ti in pairs)
    kind_ok = sum(g.kind[gi] == t.kind[ti] for gi, ti in pairs)
    rows = [
        Score(len(strict), n_pred - len(strict), n_gold - len(strict)).row(measure="strict span"),
        Score(len(matched_g), n_pred - len(matched_t), n_gold - len(matched_g)).row(measure="relaxed span"),
        Score(value_ok, n_pred - value_ok, n_gold - value_ok).row(measure="value"),
        Score(kind_ok, n_pred - kind_ok, n_gold - kind_ok).row(measure="kind"),
    ]
    errors = []
    for gi, ti in pairs:
        problems = [name for name, a, b in (("span", (g.start[gi], g.end[gi]), (t.start[ti], t.end[ti])),
                                           ("value", g.value[gi], t.value[ti]), ("kind", g.kind[gi], t.kind[ti]),
                                           ("mod", g["mod"][gi], t["mod"][ti])) if a != b]
        if problems:
            errors.append(dict(where=g.para_id[gi] or f"fn {g.footnote[gi]}", error=", ".join(problems),
                               gold=f"{g.surface[gi]} = {g.value[gi]} {g.kind[gi]} {g['mod'][gi]}".strip(),
                               found=f"{t.surface[ti]} = {t.value[ti]} {t.kind[ti]} {t['mod'][ti]}".strip()))
    errors += [dict(where=g.para_id[gi] or f"fn {g.footnote[gi]}", error="missed",
                    gold=f"{g.surface[gi]} = {g.value[gi]}", found="") for gi in g.index if gi not in matched_g]
    errors += [dict(where=t.para_id[ti] or f"fn {t.footnote[ti]}", error="false positive", gold="",
                    found=f"{t.surface[ti]} = {t.value[ti]}") for ti in t.index if ti not in matched_t]
    return pd.DataFrame(rows).set_index("measure"), pd.DataFrame(errors, columns=["where", "error", "gold", "found"])


def structure(corpus, doc_id: str = CHAPTER) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Headings (by title), page-break joins (by paragraph and resumed words) and footnotes (number, anchoring
    paragraph, URL) against ``structure.csv``; with every error."""
    g = gold("structure")
    src = corpus.source(doc_id)
    secs = corpus.sections[(corpus.sections.doc_id == doc_id) & (corpus.sections.title != "")]
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id]
    joins = {(r.para_id, " ".join(src[int(seg.split(":")[0]):int(seg.split(":")[1])].split()))
             for r in paras.itertuples() for seg in r.segments.split()[1:]}
    notes = corpus.footnotes[corpus.footnotes.doc_id == doc_id]
    details = g[g.kind == "join"].detail.tolist()
    found = {
        "heading": {(t,) for t in secs.title},
        # a join is named by the words that resume it: the gold's opening words when they match
        "join": {(p, next((d for d in details if t.startswith(d)), t[:40])) for p, t in joins},
        "footnote": {(str(n), p, u) for n, p, u in zip(notes.number, notes.para_id, notes.url)},
    }
    true = {
        "heading": {(d,) for d in g[g.kind == "heading"].detail},
        "join": set(zip(g[g.kind == "join"].para_id, g[g.kind == "join"].detail)),
        "footnote": set(zip(g[g.kind == "footnote"].number, g[g.kind == "footnote"].para_id,
                            g[g.kind == "footnote"].url)),
    }
    rows, errors = [], []
    for kind in ("heading", "join", "footnote"):
        rows.append(score(found[kind], true[kind]).row(unit=kind))
        errors += [dict(unit=kind, error="false positive", item=" | ".join(x)) for x in sorted(found[kind] - true[kind])]
        errors += [dict(unit=kind, error="missed", item=" | ".join(x)) for x in sorted(true[kind] - found[kind])]
    return pd.DataFrame(rows).set_index("unit"), pd.DataFrame(errors, columns=["unit", "error", "item"])


def themes_top2(corpus, doc_id: str = CHAPTER, annotation: str = "themes_primary") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Top-2 agreement of the theme scores with a hand-annotated primary theme, by clarity; and the misses."""
    from .themes import agreement

    a = agreement(corpus, gold(annotation), doc_id)
    table = a.groupby("clarity").agrees.agg(paragraphs="size", agree="sum", rate="mean").round(3)
    return table, a[~a.agrees].reset_index(drop=True)


def overview(corpus, doc_id: str = CHAPTER) -> pd.DataFrame:
    """One line per check: what is scored, against how many gold items, and precision, recall, F1."""
    s, _ = structure(corpus, doc_id)
    a, _ = actor_paragraphs(corpus, doc_id)
    t, _ = timexes(corpus, doc_id)
    th, _ = themes_top2(corpus, doc_id)
    prf = ["precision", "recall", "f1"]
    rows = [dict(table="sections", check="headings", **s.loc["heading", prf]),
            dict(table="paragraphs", check="page-break joins", **s.loc["join", prf]),
            dict(table="footnotes", check="number, anchor, URL", **s.loc["footnote", prf]),
            dict(table="mentions", check="actors per paragraph", **{k: a.row()[k] for k in prf})]
    rows += [dict(table="timexes", check=m, **t.loc[m, prf]) for m in ("strict span", "relaxed span", "value")]
    rate = float(th.loc["clear", "rate"])
    rows.append(dict(table="themes", check="top-2 contains primary (clear)", precision=rate, recall=rate, f1=rate))
    return pd.DataFrame(rows)


def agreement() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two independent readers (gold files ``*_b.csv``): how far they agree, and where they differ.

    Actors: F1 over (paragraph, actor) pairs. Dated expressions: exact-span F1, and value and kind over
    overlapping spans. Primary themes: raw agreement and Cohen's kappa, on all paragraphs and on those
    both readers call clear.
    """
    from sklearn.metrics import cohen_kappa_score

    rows, diffs = [], []
    a, b = gold("actors_by_paragraph"), gold("actors_by_paragraph_b")
    pa, pb = set(zip(a.para_id, a.actor_id)), set(zip(b.para_id, b.actor_id))
    rows.append(dict(annotation="actors per paragraph", items=len(pa | pb), measure="F1", value=score(pb, pa).f1))
    diffs += [dict(annotation="actors", where=p, first=x if (p, x) in pa else "", second=x if (p, x) in pb else "")
              for p, x in sorted(pa ^ pb)]
    ta, tb = gold("timexes"), gold("timexes_b")
    keys = ["para_id", "footnote", "surface", "occurrence"]
    ka, kb = set(map(tuple, ta[keys].values)), set(map(tuple, tb[keys].values))
    rows.append(dict(annotation="dated expressions", items=len(ka | kb), measure="exact-span F1", value=score(kb, ka).f1))
    both = ta.merge(tb, on=keys, suffixes=("_a", "_b"))
    same = ((both.value_a == both.value_b) & (both.kind_a == both.kind_b) & (both.mod_a == both.mod_b)).mean()
    rows.append(dict(annotation="dated expressions", items=len(both), measure="same value, kind, mod (exact spans)",
                     value=float(same)))
    diffs += [dict(annotation="timexes", where=k[0] or f"fn {k[1]}", first=k[2] if k in ka else "",
                   second=k[2] if k in kb else "") for k in sorted(ka ^ kb)]
    ha, hb = gold("themes_primary"), gold("themes_primary_b")
    m = ha.merge(hb, on="para_id", suffixes=("_a", "_b"))
    clear = m[(m.clarity_a == "clear") & (m.clarity_b == "clear")]
    for label, part in (("all paragraphs", m), ("both clear", clear)):
        rows.append(dict(annotation=f"primary theme, {label}", items=len(part), measure="agreement",
                         value=float((part.primary_theme_a == part.primary_theme_b).mean())))
        rows.append(dict(annotation=f"primary theme, {label}", items=len(part), measure="Cohen's kappa",
                         value=float(cohen_kappa_score(part.primary_theme_a, part.primary_theme_b))))
    diffs += [dict(annotation="themes", where=r.para_id, first=f"{r.primary_theme_a} ({r.clarity_a})",
                   second=f"{r.primary_theme_b} ({r.clarity_b})")
              for r in m[m.primary_theme_a != m.primary_theme_b].itertuples()]
    table = pd.DataFrame(rows)
    table["value"] = table.value.round(3)
    return table, pd.DataFrame(diffs, columns=["annotation", "where", "first", "second"])
