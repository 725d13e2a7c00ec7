"""Themes from a transparent dictionary: term matches as evidence, scores per paragraph, summaries.

Matching: every term of ``kzlib/data/codebook/theme_terms.csv`` is matched case-insensitively as whole words in
the clean paragraph text (a trailing ``*`` matches any word ending, ``sanction*`` → *sanctions*; white space
inside a phrase matches any white space); overlapping matches resolve to the longest, so ``energy
security`` counts once, for energy, and not also as ``security``.

Score of theme *t* in paragraph *p*: the summed weights of *t*'s matches in *p* per 100 words of *p*
(``score = 100 * Σ weight / n_words``), so short and long paragraphs compare; ``share`` is the theme's part
of the paragraph's total score. A section's or a chapter's score is the same ratio over its paragraphs.
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from . import codebook, frames, ranking, rxcache
from .phrases import compile_phrases, starts
from .spans import select_longest

EVIDENCE_COLUMNS = ["doc_id", "para_id", "theme_id", "term", "weight", "start", "end", "surface"]
SCORE_COLUMNS = ["doc_id", "para_id", "theme_id", "score", "hits", "share"]


def term_fragments(term: str) -> list[str]:
    """Regex fragments of a codebook term, one per character: any white space between words, ``*`` as any ending."""
    out: list[str] = []
    for ch in " ".join(term.rstrip("*").split()):
        out.append(r"\s+" if ch == " " else re.escape(ch))
    return out + ([r"[\w-]*"] if term.endswith("*") else [])


def _terms(cb) -> tuple[list, list]:
    terms = list(cb.theme_terms.itertuples(index=False))
    return terms, [term_fragments(t.term) for t in terms]


def _matcher_lower(cb):
    """A trie regex over every (lower-case) term, for lower-cased text."""
    fragments = cb.compiled(_terms)[1]
    return compile_phrases(fragments, r"(?![\w+])") if fragments else None


def _matcher_ignore_case(cb):
    """The same, case-insensitive: for text whose length lower-casing would change (compiled when needed)."""
    return compile_phrases(cb.compiled(_terms)[1], r"(?![\w+])", re.IGNORECASE)


def _overlapping(text: str, cb):
    """The longest term starting at every word start, so that the longest overall can win."""
    lower_matcher = cb.compiled(_matcher_lower)
    if lower_matcher is None:
        return
    terms = cb.compiled(_terms)[0]
    lower = text.lower()
    # matching lower-cased text is several times faster; where lower-casing changes the length, it is not safe
    found = starts(lower_matcher, lower) if len(lower) == len(text) else starts(cb.compiled(_matcher_ignore_case), text)
    for s, e, k in found:
        yield s, e, terms[k]


# a coordinated adjective between a modifier term and its noun: ", ballistic", "and ballistic", ", and chemical"
COORDINATED = rxcache.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)([a-z][\w-]*)")
SPACE = re.compile(r"\s+")


def _modifiers(cb) -> dict[str, frozenset[str]]:
    """The codebook's ``modifier_terms``: lower-case term → the themes whose nouns it modifies."""
    return {r.term.lower(): frozenset(codebook.split(r.themes)) for r in cb.modifier_terms.itertuples(index=False)}


def _modifies_other(text: str, e: int, t, at: dict, modifiers: dict) -> bool:
    """Whether the match of term ``t`` ending at ``e`` is an adjective of the codebook's ``modifier_terms``
    (``modifiers``, :func:`_modifiers`) whose noun, directly after it or after coordinated adjectives, is a term of a
    theme the table names for it (``at``: the term matches by start): "nuclear and ballistic missile programmes" is security, and "nuclear" no energy term
    there; in "nuclear and trade cooperation" it is."""
    themes = modifiers.get(t.term.lower())
    if not themes:
        return False
    pos = e
    for _ in range(4):
        gap = SPACE.match(text, pos)
        if gap and gap.end() in at:
            return at[gap.end()].theme_id in themes
        link = COORDINATED.match(text, pos)
        if link is None:
            return False
        if link.start(1) in at:  # "nuclear and missile programmes": coordinated with the other term itself
            return at[link.start(1)].theme_id in themes  # (not "nuclear and trade cooperation")
        pos = link.end()
    return False


def evidence(doc, cb, names=()) -> list[dict]:
    """One row per theme term matched in the document's paragraphs, leaving out a match inside one of ``names``
    (sorted ``(start, end)`` of names: "Collective Security Treaty Organization" is an actor's, no theme's) and an
    adjective before or beside another theme's term (:func:`_modifies_other`)."""
    rows = []
    ends = [e for _, e in names]
    modifiers = cb.compiled(_modifiers)
    for p in doc.paragraphs:
        found = list(select_longest(_overlapping(p.text, cb)))
        at = {s: t for s, _, t in found}
        for s, e, t in found:
            start, end = p.span(s, e)
            if end - start != e - s or _modifies_other(p.text, e, t, at, modifiers):
                continue
            k = bisect.bisect_left(ends, end)  # the first name ending at or after the match's end
            if k < len(names) and names[k][0] <= start:
                continue
            rows.append(
                dict(
                    doc_id=doc.doc_id,
                    para_id=p.para_id,
                    theme_id=t.theme_id,
                    term=t.term,
                    weight=float(t.weight),
                    start=start,
                    end=end,
                    surface=doc.text[start:end],
                )
            )
    return rows


def scores(
    paragraphs: pd.DataFrame, evidence: pd.DataFrame, theme_ids: list[str] | None = None, flat: bool = False
) -> pd.DataFrame:
    """Every (paragraph, theme) with its score per 100 words, number of hits and share of the paragraph.

    ``theme_ids`` defaults to the shipped codebook's; ``flat`` counts every match 1 instead of its weight."""
    ids = list(theme_ids) if theme_ids is not None else list(codebook.themes().theme_id)
    n = len(ids)
    at: dict[str, list[int]] = {}  # theme_id -> its places in ``ids``
    for k, t in enumerate(ids):
        at.setdefault(t, []).append(k)
    found: dict[tuple, tuple[list, list]] = {}  # (doc_id, para_id) -> summed weight and hits at each place
    for doc_id, para_id, theme_id, w in zip(
        evidence["doc_id"].tolist(),
        evidence["para_id"].tolist(),
        evidence["theme_id"].tolist(),
        evidence["weight"].tolist(),
    ):
        places = at.get(theme_id)
        if places is None:
            continue
        got = found.get((doc_id, para_id))
        if got is None:
            got = found[doc_id, para_id] = ([0.0] * n, [0] * n)
        for k in places:
            got[0][k] += 1.0 if flat else w
            got[1][k] += 1
    docs, paras, themes, score, n_hits, share = [], [], [], [], [], []  # the columns, built directly
    zeros, nothing = [0.0] * n, [0] * n
    for doc_id, para_id, n_words in zip(
        paragraphs["doc_id"].tolist(), paragraphs["para_id"].tolist(), paragraphs["n_words"].tolist()
    ):
        docs += [doc_id] * n
        paras += [para_id] * n
        themes += ids
        got = found.get((doc_id, para_id))
        if got is None:  # no term matched: every score 0 (rounding is the costly part: a zero is not rounded)
            score += zeros
            n_hits += nothing
            share += zeros
            continue
        words = max(n_words, 1)
        per = [round(100 * w / words, 3) if w else 0.0 for w in got[0]]
        total = sum(per)
        score += per
        n_hits += got[1]
        share += [round(sc / total, 3) if sc else sc / total for sc in per] if total else zeros
    import numpy as np

    if not docs:  # no paragraph: pandas makes every column of empty lists float64
        return frames.frame({c: np.array([], dtype="float64") for c in SCORE_COLUMNS})
    # built from typed columns: a quarter of the time of letting pandas infer them from lists
    columns = [frames.text(c) for c in (docs, paras, themes)]  # text whatever the ids are (a caller's may be numbers)
    columns += [np.array(score, dtype="float64"), np.array(n_hits, dtype="int64"), np.array(share, dtype="float64")]
    return frames.frame(dict(zip(SCORE_COLUMNS, columns)))


def top(themes: pd.DataFrame, k: int = 2) -> pd.DataFrame:
    """The ``k`` highest-scoring themes of each paragraph (ties broken by codebook order)."""
    order = {t: i for i, t in enumerate(dict.fromkeys(themes.theme_id))}  # rows come in codebook order
    ranked = themes[themes.score > 0].assign(rank_key=themes.theme_id.map(order))
    ranked = ranked.sort_values(["doc_id", "para_id", "score", "rank_key"], ascending=[True, True, False, True])
    return ranked.groupby(["doc_id", "para_id"]).head(k).drop(columns="rank_key")


def section_words(corpus, doc_id: str) -> pd.Series:
    """The words of each section of a document (its paragraphs' ``n_words``), by section_id: the denominator of every
    rate per section's words (theme scores here, bloc mentions in :func:`kzlib.presence.balance`, the figures)."""
    return corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].groupby("section_id").n_words.sum()


def by_section(corpus, doc_id: str) -> pd.DataFrame:
    """Theme scores per section (rows sections, columns themes): weighted hits per 100 words."""
    ev = corpus.theme_evidence[corpus.theme_evidence.doc_id == doc_id]
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id]
    ev = ev.merge(paras[["para_id", "section_id"]], on="para_id")
    weight = ev.pivot_table(index="section_id", columns="theme_id", values="weight", aggfunc="sum", fill_value=0)
    words = section_words(corpus, doc_id)
    table = weight.reindex(index=words.index, columns=corpus.codebook.theme_ids, fill_value=0)
    return (100 * table.div(words, axis=0)).round(2)


def mix(corpus, doc_id: str) -> pd.DataFrame:
    """The chapter's theme mix: evidence weight, hits, paragraphs led (alone: the theme's score is the paragraph's
    highest and no other theme's equals it), paragraphs tied (it shares the highest score with another theme, so no
    theme leads the paragraph alone; equal as :func:`kzlib.ranking.leaders` counts a tie), and score per 100
    words."""
    ev = corpus.theme_evidence[corpus.theme_evidence.doc_id == doc_id]
    words = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].n_words.sum()
    th = corpus.themes[corpus.themes.doc_id == doc_id]
    tops = [ranking.leaders(dict(zip(g.theme_id, g.score))) for _, g in th.groupby("para_id")]  # a tie: every one
    out = ev.groupby("theme_id").agg(weight=("weight", "sum"), hits=("term", "size"))
    out = out.reindex(corpus.codebook.theme_ids, fill_value=0)
    led = pd.Series([t for top in tops if len(top) == 1 for t in top], dtype=object).value_counts()
    tied = pd.Series([t for top in tops if len(top) > 1 for t in top], dtype=object).value_counts()
    out["paragraphs_led"] = led.reindex(out.index, fill_value=0).astype(int)
    out["paragraphs_tied"] = tied.reindex(out.index, fill_value=0).astype(int)
    out["per_100_words"] = (100 * out.weight / words).round(2) if words else 0.0
    out["share"] = (out.weight / out.weight.sum()).round(3) if out.weight.sum() else 0.0
    return out.sort_values("weight", ascending=False)


def actor_themes(corpus, doc_id: str, top_actors: int = 12) -> pd.DataFrame:
    """Which themes come with which actors: for each of the ``top_actors`` most-named actors (and every actor tied
    with the last of them, :func:`kzlib.ranking.top`), the mean theme share of the paragraphs naming it."""
    th = corpus.themes[corpus.themes.doc_id == doc_id]
    m = corpus.mentions[corpus.mentions.doc_id == doc_id].drop_duplicates(["para_id", "actor_id"])
    kept = set(
        ranking.top(corpus.actors.set_index("actor_id").mentions, top_actors)[0]
    )  # actors tied at the cut: together
    keep = [a for a in corpus.actors.actor_id if a in kept]
    joined = m[m.actor_id.isin(keep)][["para_id", "actor_id"]].merge(th, on="para_id")
    table = joined.pivot_table(index="actor_id", columns="theme_id", values="share", aggfunc="mean", fill_value=0)
    return table.reindex(index=keep, columns=corpus.codebook.theme_ids, fill_value=0).round(2)


def agreement(corpus, gold: pd.DataFrame, doc_id: str, k: int = 2) -> pd.DataFrame:
    """For each annotated paragraph: its gold primary theme, the codebook's top-k, and whether they agree."""
    best = top(corpus.themes[corpus.themes.doc_id == doc_id], k).groupby("para_id").theme_id.agg(list)
    out = gold[["para_id", "primary_theme", "clarity"]].copy()
    out["top"] = out.para_id.map(best).apply(lambda x: x if isinstance(x, list) else [])
    out["agrees"] = [g in t for g, t in zip(out.primary_theme, out.top)]
    out["top"] = out.top.str.join(", ")
    return out


def heading_promises(corpus, doc_id: str) -> pd.DataFrame:
    """Does each section keep what its heading promises? One row per section: ``heading_themes``, the themes whose
    codebook terms its heading holds (";"-joined, codebook order; empty for a heading without a theme word, such as
    "Conclusions", or the untitled opening, which promise nothing the codebook can check); ``leading``, the theme or
    themes (a tie, ";"-joined) with the highest score in the section; ``keeps``, whether a leading theme is one the
    heading names (``None`` when the heading names none, so such a section is never counted either way)."""
    cb = corpus.codebook
    table = by_section(corpus, doc_id)
    sections = corpus.sections[corpus.sections.doc_id == doc_id]
    rows = []
    for s in sections.itertuples():
        named = {t.theme_id for _, _, t in select_longest(_overlapping(s.title or "", cb))}
        promised = [t for t in cb.theme_ids if t in named]
        lead = (
            ranking.leaders(table.loc[s.section_id]) if s.section_id in table.index else []
        )  # a tie: every tied theme
        rows.append(
            dict(
                section_id=s.section_id,
                title=s.title,
                heading_themes=";".join(promised),
                leading=";".join(lead),
                keeps=bool(set(lead) & set(promised)) if promised else None,
            )
        )
    return pd.DataFrame(rows, columns=["section_id", "title", "heading_themes", "leading", "keeps"])
