"""Scoring extractors against the hand annotations in ``data/annotations/``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from . import paths
from .errors import InputError


def cohen_kappa(a: list, b: list) -> float:
    """Cohen's kappa of two readers' labels for the same items: (observed - chance agreement) / (1 - chance),
    chance from each reader's label shares (as ``sklearn.metrics.cohen_kappa_score``, without importing
    scikit-learn's 2 s of modules for one formula); NaN when chance agreement is 1 or there are no items."""
    n = len(a)
    if n == 0:
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b)) / n
    counts_a, counts_b = Counter(a), Counter(b)
    chance = sum(k * counts_b.get(label, 0) for label, k in counts_a.items()) / n**2
    return (observed - chance) / (1 - chance) if chance != 1 else float("nan")


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
        return dict(
            **labels,
            tp=self.tp,
            fp=self.fp,
            fn=self.fn,
            precision=round(self.precision, 3),
            recall=round(self.recall, 3),
            f1=round(self.f1, 3),
        )


def score(predicted: set, gold: set) -> Score:
    return Score(len(predicted & gold), len(predicted - gold), len(gold - predicted))


def overlapping(a: pd.DataFrame, b: pd.DataFrame, by: list[str] | tuple[str, ...] = ()) -> list[tuple]:
    """``(index in a, index in b)`` of every pair of rows whose ``start:end`` spans overlap and whose ``by`` columns
    (e.g. ``doc_id``) are equal: each row of ``a`` in order, with the rows of ``b`` it overlaps in their order."""

    def keys(df: pd.DataFrame) -> list[tuple]:
        return list(zip(*(df[c].tolist() for c in by))) if by else [()] * len(df)

    spans: dict[tuple, list] = {}
    for key, j, s, e in zip(keys(b), b.index, b.start.tolist(), b.end.tolist()):
        spans.setdefault(key, []).append((j, s, e))
    return [
        (i, j)
        for key, i, s, e in zip(keys(a), a.index, a.start.tolist(), a.end.tolist())
        for j, bs, be in spans.get(key, ())
        if s < be and bs < e
    ]


def gold(name: str) -> pd.DataFrame:
    """An annotation table from ``data/annotations/<name>.csv``. The hand annotations belong to the project's
    repository, not to the installed package: without them, an :class:`~kzlib.InputError` names the missing file."""
    path = paths.ANNOTATIONS / f"{name}.csv"
    if not path.is_file():
        raise InputError(
            f"{path}: no such annotation file: the hand annotations (gold) ship with the kzlib repository "
            "(data/annotations/), not with the installed package; run this from a checkout"
        )
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def development_doc() -> str:
    """The doc_id of the development text that ``data/annotations/`` describes (the scoring functions'
    default), as the action gold names it."""
    return str(gold("actions").doc_id.iloc[0])


def has_gold(doc_id: str) -> bool:
    """Whether the hand annotations of ``data/annotations/`` are at hand and describe ``doc_id`` (the development
    text): False for any other text, and for every text when kzlib is installed without its repository."""
    return (paths.ANNOTATIONS / "actions.csv").is_file() and development_doc() == doc_id


def actor_paragraphs(
    corpus, doc_id: str | None = None, annotation: str = "actors_by_paragraph"
) -> tuple[Score, pd.DataFrame]:
    """Paragraph-level actor scores: is each (paragraph, actor) pair found? With every error listed."""
    doc_id = doc_id or development_doc()
    m = corpus.mentions[corpus.mentions.doc_id == doc_id]
    g = gold(annotation)
    pred = set(zip(m.para_id, m.actor_id))
    true = set(zip(g.para_id, g.actor_id))
    evidence = m.groupby(["para_id", "actor_id"]).surface.agg(lambda s: "; ".join(dict.fromkeys(s)))
    gold_ev = g.set_index(["para_id", "actor_id"]).evidence
    errors = [
        dict(para_id=p, actor_id=a, error="false positive", found=evidence.get((p, a), ""), gold="")
        for p, a in sorted(pred - true)
    ]
    errors += [
        dict(para_id=p, actor_id=a, error="missed", found="", gold=gold_ev.get((p, a), ""))
        for p, a in sorted(true - pred)
    ]
    return score(pred, true), pd.DataFrame(errors, columns=["para_id", "actor_id", "error", "found", "gold"])


def _gold_timexes(corpus, doc_id: str, annotation: str = "timexes") -> pd.DataFrame:
    """The timex gold with source offsets: each surface located by its occurrence in its paragraph or footnote."""
    g = gold(annotation)
    src = corpus.source(doc_id)
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id")
    notes = corpus.footnotes[corpus.footnotes.doc_id == doc_id].set_index("number")
    starts = []
    for r in g.itertuples():
        lo, hi = (
            (int(paras.start[r.para_id]), int(paras.end[r.para_id]))
            if r.para_id
            else (int(notes.start[int(r.footnote)]), int(notes.end[int(r.footnote)]))
        )
        pos = lo - 1
        for _ in range(int(r.occurrence)):
            pos = src.find(r.surface, pos + 1, hi)
        starts.append(pos)
    g["start"] = starts
    g["end"] = g.start + g.surface.str.len()
    return g


def timexes(corpus, doc_id: str | None = None, annotation: str = "timexes") -> tuple[pd.DataFrame, pd.DataFrame]:
    """TempEval-3 style scores of the timexes: strict span, relaxed span (overlap), value and kind
    (over relaxed matches); and every error, for a reader to inspect."""
    doc_id = doc_id or development_doc()
    g = _gold_timexes(corpus, doc_id, annotation)
    t = corpus.timexes[corpus.timexes.doc_id == doc_id]
    pairs = overlapping(g, t)
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
        problems = [
            name
            for name, a, b in (
                ("span", (g.start[gi], g.end[gi]), (t.start[ti], t.end[ti])),
                ("value", g.value[gi], t.value[ti]),
                ("kind", g.kind[gi], t.kind[ti]),
                ("mod", g["mod"][gi], t["mod"][ti]),
            )
            if a != b
        ]
        if problems:
            errors.append(
                dict(
                    where=g.para_id[gi] or f"fn {g.footnote[gi]}",
                    error=", ".join(problems),
                    gold=f"{g.surface[gi]} = {g.value[gi]} {g.kind[gi]} {g['mod'][gi]}".strip(),
                    found=f"{t.surface[ti]} = {t.value[ti]} {t.kind[ti]} {t['mod'][ti]}".strip(),
                )
            )
    errors += [
        dict(
            where=g.para_id[gi] or f"fn {g.footnote[gi]}",
            error="missed",
            gold=f"{g.surface[gi]} = {g.value[gi]}",
            found="",
        )
        for gi in g.index
        if gi not in matched_g
    ]
    errors += [
        dict(
            where=t.para_id[ti] or f"fn {t.footnote[ti]}",
            error="false positive",
            gold="",
            found=f"{t.surface[ti]} = {t.value[ti]}",
        )
        for ti in t.index
        if ti not in matched_t
    ]
    return pd.DataFrame(rows).set_index("measure"), pd.DataFrame(errors, columns=["where", "error", "gold", "found"])


def structure(corpus, doc_id: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Headings (by title), page-break joins (by paragraph and resumed words) and footnotes (number, anchoring
    paragraph, URL) against ``structure.csv``; with every error."""
    doc_id = doc_id or development_doc()
    g = gold("structure")
    src = corpus.source(doc_id)
    secs = corpus.sections[(corpus.sections.doc_id == doc_id) & (corpus.sections.title != "")]
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id]
    joins = {
        (r.para_id, " ".join(src[int(seg.split(":")[0]) : int(seg.split(":")[1])].split()))
        for r in paras.itertuples()
        for seg in r.segments.split()[1:]
    }
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
        "footnote": set(
            zip(g[g.kind == "footnote"].number, g[g.kind == "footnote"].para_id, g[g.kind == "footnote"].url)
        ),
    }
    rows, errors = [], []
    for kind in ("heading", "join", "footnote"):
        rows.append(score(found[kind], true[kind]).row(unit=kind))
        errors += [
            dict(unit=kind, error="false positive", item=" | ".join(x)) for x in sorted(found[kind] - true[kind])
        ]
        errors += [dict(unit=kind, error="missed", item=" | ".join(x)) for x in sorted(true[kind] - found[kind])]
    return pd.DataFrame(rows).set_index("unit"), pd.DataFrame(errors, columns=["unit", "error", "item"])


def themes_top2(
    corpus, doc_id: str | None = None, annotation: str = "themes_primary"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Top-2 agreement of the theme scores with a hand-annotated primary theme, by clarity; and the misses."""
    doc_id = doc_id or development_doc()
    from .themes import agreement

    a = agreement(corpus, gold(annotation), doc_id)
    table = a.groupby("clarity").agrees.agg(paragraphs="size", agree="sum", rate="mean").round(3)
    return table, a[~a.agrees].reset_index(drop=True)


def overview(corpus, doc_id: str | None = None) -> pd.DataFrame:
    """One line per check: what is scored, against how many gold items, and precision, recall, F1."""
    doc_id = doc_id or development_doc()
    s, _ = structure(corpus, doc_id)
    a, _ = actor_paragraphs(corpus, doc_id)
    t, _ = timexes(corpus, doc_id)
    th, _ = themes_top2(corpus, doc_id)
    prf = ["precision", "recall", "f1"]
    rows = [
        dict(table="sections", check="headings", **s.loc["heading", prf]),
        dict(table="paragraphs", check="page-break joins", **s.loc["join", prf]),
        dict(table="footnotes", check="number, anchor, URL", **s.loc["footnote", prf]),
        dict(table="mentions", check="actors per paragraph", **{k: a.row()[k] for k in prf}),
    ]
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
    rows, diffs = [], []
    a, b = gold("actors_by_paragraph"), gold("actors_by_paragraph_b")
    pa, pb = set(zip(a.para_id, a.actor_id)), set(zip(b.para_id, b.actor_id))
    rows.append(dict(annotation="actors per paragraph", items=len(pa | pb), measure="F1", value=score(pb, pa).f1))
    diffs += [
        dict(annotation="actors", where=p, first=x if (p, x) in pa else "", second=x if (p, x) in pb else "")
        for p, x in sorted(pa ^ pb)
    ]
    ta, tb = gold("timexes"), gold("timexes_b")
    keys = ["para_id", "footnote", "surface", "occurrence"]
    ka, kb = set(map(tuple, ta[keys].values)), set(map(tuple, tb[keys].values))
    rows.append(
        dict(annotation="dated expressions", items=len(ka | kb), measure="exact-span F1", value=score(kb, ka).f1)
    )
    both = ta.merge(tb, on=keys, suffixes=("_a", "_b"))
    same = ((both.value_a == both.value_b) & (both.kind_a == both.kind_b) & (both.mod_a == both.mod_b)).mean()
    rows.append(
        dict(
            annotation="dated expressions",
            items=len(both),
            measure="same value, kind, mod (exact spans)",
            value=float(same),
        )
    )
    diffs += [
        dict(
            annotation="timexes",
            where=k[0] or f"fn {k[1]}",
            first=k[2] if k in ka else "",
            second=k[2] if k in kb else "",
        )
        for k in sorted(ka ^ kb)
    ]
    ha, hb = gold("themes_primary"), gold("themes_primary_b")
    m = ha.merge(hb, on="para_id", suffixes=("_a", "_b"))
    clear = m[(m.clarity_a == "clear") & (m.clarity_b == "clear")]
    for label, part in (("all paragraphs", m), ("both clear", clear)):
        rows.append(
            dict(
                annotation=f"primary theme, {label}",
                items=len(part),
                measure="agreement",
                value=float((part.primary_theme_a == part.primary_theme_b).mean()),
            )
        )
        rows.append(
            dict(
                annotation=f"primary theme, {label}",
                items=len(part),
                measure="Cohen's kappa",
                value=cohen_kappa(part.primary_theme_a.tolist(), part.primary_theme_b.tolist()),
            )
        )
    diffs += [
        dict(
            annotation="themes",
            where=r.para_id,
            first=f"{r.primary_theme_a} ({r.clarity_a})",
            second=f"{r.primary_theme_b} ({r.clarity_b})",
        )
        for r in m[m.primary_theme_a != m.primary_theme_b].itertuples()
    ]
    table = pd.DataFrame(rows)
    table["value"] = table.value.round(3)
    return table, pd.DataFrame(diffs, columns=["annotation", "where", "first", "second"])


# --- Actions (issue 11): agents, targets, quad class and date against the hand gold --------------------------
# Self-contained block. Gold: data/annotations/actions.csv (the chapter, development) and
# data/annotations/test/actions.csv (six White House texts in data/corpus/, the blind test split).
# A gold row is located by (surface, occurrence) in its source; a predicted action is aligned to the gold action
# whose predicate it overlaps, else to one of the same lemma in the same sentence. Every field is scored as a set
# of (action, value) items, so a missed action costs its agents, targets, class and date, and an extra action
# costs its own: precision and recall measure the table as a reader meets it, not only the aligned rows.
ACTION_FIELDS = ("actions", "agents", "targets", "quad_class", "date")
TEST_CORPUS = paths.DATA / "corpus"


def locate(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th non-overlapping ``surface`` in ``text`` (the gold files' convention)."""
    i = -1
    for _ in range(int(occurrence)):
        i = text.find(surface, i + 1 if i < 0 else i + len(surface))
        if i < 0:
            break
    return i, i + len(surface)


def gold_actions(split: str = "chapter") -> pd.DataFrame:
    """The action gold of a split (``chapter`` or ``test``), as stored."""
    name = "actions" if split == "chapter" else "test/actions"
    g = gold(name)
    g["negated"] = g.negated.str.lower().eq("true")
    return g


def test_corpus():
    """The test split's texts (``data/corpus/``) as a Corpus."""
    from .corpus import load

    return load(sorted(TEST_CORPUS.glob("*.txt")))


def _other_sides(split: str) -> dict[str, str]:
    """``other:`` labels of the gold → the side the annotator gives them (for side-level scores)."""
    try:
        if split == "chapter":
            o = gold("actions_out_of_codebook")
            return dict(zip(o.other_label, o.suggested_affiliation))
        o = gold("test/out_of_codebook")
        return {"other:" + s: a for s, a in zip(o.surface, o.suggested_affiliation)}
    except FileNotFoundError:
        return {}


def _ids(cell) -> tuple:
    return tuple(x for x in str(cell).split(";") if x) if isinstance(cell, str) else ()


def align_actions(pred: pd.DataFrame, gold_rows: pd.DataFrame, sentences: list[tuple[int, int]]) -> dict:
    """Predicted row index → gold row index: overlapping predicates first, then same lemma in one sentence."""
    from bisect import bisect_right

    starts = [s for s, _ in sentences]

    def sent(pos):
        return bisect_right(starts, pos) - 1

    pairs, used = {}, set()
    gold = list(zip(gold_rows.index, gold_rows.start.tolist(), gold_rows.end.tolist(), gold_rows.lemma.tolist()))
    cands = sorted(
        (
            (min(pe, ge) - max(ps, gs), pi, gi)
            for pi, ps, pe in zip(pred.index, pred.predicate_start.tolist(), pred.predicate_end.tolist())
            for gi, gs, ge, _ in gold
            if ps < ge and gs < pe
        ),
        reverse=True,
    )
    for _, pi, gi in cands:
        if pi not in pairs and gi not in used:
            pairs[pi] = gi
            used.add(gi)
    for pi, ps, lemma in zip(pred.index, pred.predicate_start.tolist(), pred.lemma.tolist()):
        if pi in pairs:
            continue
        same = [gi for gi, gs, _, gl in gold if gi not in used and gl == lemma and sent(gs) == sent(ps)]
        if same:
            pairs[pi] = same[0]
            used.add(same[0])
    return pairs


def _items(rows: pd.DataFrame, key, field: str, side=None) -> set:
    out = set()
    if field == "actions":
        return {(k,) for k, _ in zip(key, range(len(rows)))}
    column = rows["date_value" if field == "date" else field].tolist()
    for k, value in zip(key, column):
        if field in ("agents", "targets"):
            out |= {(k, side(v) if side else v) for v in _ids(value)}
        elif field == "quad_class":
            out.add((k, value or "none"))
        elif field == "date" and value:
            out.add((k, value))
    return out


def score_actions(
    corpus, pred: pd.DataFrame, gold_rows: pd.DataFrame, split: str = "chapter", level: str = "actor"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Precision, recall and F1 of ``pred`` (an actions table) against ``gold_rows``, per field, with every error.

    ``level="side"`` raises agents and targets to their side first (a person to its state; an ``other:`` label
    to the side its annotator gives), so a reading that names the government where the gold names its
    president is not counted wrong.
    """
    from .dyads import sides

    raise_to = sides()
    others = _other_sides(split)

    def side(v):
        return others.get(v, v) or v if v.startswith("other:") else raise_to.get(v, v)

    scores, errors = {f: [0, 0, 0] for f in ACTION_FIELDS}, []
    for doc_id in sorted(set(gold_rows.doc_id) | set(pred.doc_id)):
        text = corpus.source(doc_id) if doc_id in corpus.docs else ""
        g = gold_rows[gold_rows.doc_id == doc_id].copy()
        loc = [locate(text, s, o) for s, o in zip(g.surface, g.occurrence)]
        g["start"] = [a for a, _ in loc]
        g["end"] = [b for _, b in loc]
        g.index = [f"{doc_id}#{i}" for i in range(len(g))]
        p = pred[pred.doc_id == doc_id].copy()
        p.index = [f"{doc_id}@{a}" for a in p.action_id]
        sents = corpus.sentences[corpus.sentences.doc_id == doc_id]
        pairs = align_actions(p, g, list(zip(sents.start, sents.end)))
        pkey = [pairs.get(i, i) for i in p.index]
        # each row once, as a row object (attribute access like a pandas row; fields it lacks read as absent)
        grow = dict(zip(g.index, g.itertuples(index=False, name="Gold")))
        prow = dict(zip(p.index, p.itertuples(index=False, name="Predicted")))
        for f in ACTION_FIELDS:
            lvl = side if level == "side" and f in ("agents", "targets") else None
            ps, gs = _items(p, pkey, f, lvl), _items(g, g.index, f, lvl)
            s = score(ps, gs)
            scores[f][0] += s.tp
            scores[f][1] += s.fp
            scores[f][2] += s.fn
            for kind, items in (("false positive", ps - gs), ("missed", gs - ps)):
                for it in sorted(items, key=str):
                    k = it[0]
                    row = grow[k] if k in grow else prow.get(k)
                    gr = grow[pairs[k]] if k in pairs else grow.get(k)
                    pr = prow[k] if k in prow else next((prow[pi] for pi, gi in pairs.items() if gi == k), None)
                    errors.append(
                        dict(
                            doc_id=doc_id,
                            field=f,
                            error=kind,
                            value=it[1] if len(it) > 1 else "",
                            predicate=(pr.predicate if pr is not None else ""),
                            gold_surface=(gr.surface if gr is not None else ""),
                            predicted=(
                                getattr(pr, f if f != "date" else "date_value", "")
                                if pr is not None and f != "actions"
                                else ""
                            ),
                            gold=(
                                getattr(gr, f if f != "date" else "date_value", "")
                                if gr is not None and f != "actions"
                                else ""
                            ),
                            start=int(row.predicate_start if k in prow else row.start) if row is not None else -1,
                        )
                    )
    table = pd.DataFrame([Score(*v).row(field=f) for f, v in scores.items()])
    err = pd.DataFrame(
        errors, columns=["doc_id", "field", "error", "value", "predicate", "gold_surface", "predicted", "gold", "start"]
    )
    return table, err.sort_values(["doc_id", "start", "field"], kind="stable").reset_index(drop=True)


def baseline_actions(corpus) -> pd.DataFrame:
    """Nearest actor before the verb: for each lexicon predicate, the nearest actor mention before it in its
    sentence is the agent and the nearest after it the target (the proximity reading the grammar replaces)."""
    from . import actions as act

    rows = []
    ment = corpus.mentions
    by_sentence = {}  # (doc_id, sent_id) → its mentions in table order: (start, end, actor_id)
    for key, start, end, actor in zip(
        zip(ment.doc_id.tolist(), ment.sent_id.tolist()), ment.start.tolist(), ment.end.tolist(), ment.actor_id.tolist()
    ):
        by_sentence.setdefault(key, []).append((start, end, actor))
    for a in corpus.actions.itertuples():  # the same predicates, so only the argument rule differs
        m = by_sentence.get((a.doc_id, a.sent_id), [])
        before = [actor for _, end, actor in m if end <= a.predicate_start]
        after = [actor for start, _, actor in m if start >= a.predicate_end]
        rows.append(dict(a._asdict(), agents=before[-1] if before else "", targets=after[0] if after else ""))
    df = pd.DataFrame(rows).drop(columns="Index")
    return df[act.COLUMNS]


def actions_report(corpus=None, split: str = "chapter", level: str = "actor", baseline: bool = False):
    """Scores and errors of the actions table (or the baseline) on a split."""
    if corpus is None:
        from .corpus import load

        corpus = load(paths.seed(development_doc())) if split == "chapter" else test_corpus()
    g = gold_actions(split)
    pred = baseline_actions(corpus) if baseline else corpus.actions
    pred = pred[pred.doc_id.isin(set(g.doc_id))]
    return score_actions(corpus, pred, g, split, level)
