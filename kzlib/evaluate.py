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


def actor_paragraphs(corpus, doc_id: str = CHAPTER) -> tuple[Score, pd.DataFrame]:
    """Paragraph-level actor scores: is each (paragraph, actor) pair found? With every error listed."""
    m = corpus.mentions[corpus.mentions.doc_id == doc_id]
    g = gold("actors_by_paragraph")
    pred = set(zip(m.para_id, m.actor_id))
    true = set(zip(g.para_id, g.actor_id))
    evidence = m.groupby(["para_id", "actor_id"]).surface.agg(lambda s: "; ".join(dict.fromkeys(s)))
    gold_ev = g.set_index(["para_id", "actor_id"]).evidence
    errors = [dict(para_id=p, actor_id=a, error="false positive", found=evidence.get((p, a), ""), gold="")
              for p, a in sorted(pred - true)]
    errors += [dict(para_id=p, actor_id=a, error="missed", found="", gold=gold_ev.get((p, a), ""))
               for p, a in sorted(true - pred)]
    return score(pred, true), pd.DataFrame(errors, columns=["para_id", "actor_id", "error", "found", "gold"])
