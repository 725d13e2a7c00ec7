"""Structure summaries: section lengths, length distributions, page-break joins, footnote anchors."""

from __future__ import annotations

import re
from itertools import pairwise

import pandas as pd

from .corpus import COLUMNS, Corpus

TABLE_GUIDE = {
    "documents": "one row per source file: title, size, checksum",
    "sections": "one row per heading (plus an untitled leading section): span and paragraph count",
    "paragraphs": "one row per paragraph, page-break fragments joined; `text` is clean reading text",
    "sentences": "one row per sentence of a paragraph (sentencex segmenter)",
    "footnotes": "one row per footnote: citation text, URL, the paragraph and offsets of its reference mark",
    "unassigned": "blocks the parser could not place (page numbers, separators)",
}


def section_lengths(corpus: Corpus) -> pd.DataFrame:
    """Per section: paragraphs, sentences, words and share of the document's words."""
    paras = corpus.paragraphs
    sents = corpus.sentences.merge(paras[["doc_id", "para_id", "section_id"]], on=["doc_id", "para_id"])
    out = corpus.sections[["doc_id", "section_id", "title"]].copy()
    out["title"] = out.title.replace("", "(opening)")
    out = out.merge(
        paras.groupby(["doc_id", "section_id"])
        .agg(paragraphs=("para_id", "size"), words=("n_words", "sum"))
        .reset_index(),
        on=["doc_id", "section_id"],
        how="left",
    )
    out = out.merge(
        sents.groupby(["doc_id", "section_id"]).size().rename("sentences").reset_index(),
        on=["doc_id", "section_id"],
        how="left",
    )
    out[["paragraphs", "sentences", "words"]] = out[["paragraphs", "sentences", "words"]].fillna(0).astype(int)
    out["share"] = (out.words / out.groupby("doc_id").words.transform("sum")).round(3)
    return out[["doc_id", "section_id", "title", "paragraphs", "sentences", "words", "share"]]


def sentence_lengths(corpus: Corpus) -> pd.DataFrame:
    """Sentences with their length in words."""
    s = corpus.sentences[["doc_id", "sent_id", "para_id", "text"]].copy()
    s["n_words"] = s.text.str.split().str.len()
    return s


def length_summary(corpus: Corpus) -> pd.DataFrame:
    """Distribution of paragraph and sentence lengths in words (count, mean, quartiles, max)."""
    stats = pd.DataFrame(
        {
            "paragraph words": corpus.paragraphs.n_words.describe(),
            "sentence words": sentence_lengths(corpus).n_words.describe(),
        }
    ).T
    stats["count"] = stats["count"].astype(int)
    return stats.round(1)


def joins(corpus: Corpus, context: int = 30) -> pd.DataFrame:
    """Paragraphs joined across page breaks, with the words on either side of each join."""
    rows = []
    for r in corpus.paragraphs.itertuples():
        segs = [tuple(map(int, s.split(":"))) for s in r.segments.split()]
        src = corpus.source(r.doc_id)
        for (s1, e1), (s2, e2) in pairwise(segs):
            between = corpus.footnotes[
                (corpus.footnotes.doc_id == r.doc_id) & (corpus.footnotes.start > e1) & (corpus.footnotes.end < s2)
            ].number.tolist()
            rows.append(
                dict(
                    doc_id=r.doc_id,
                    para_id=r.para_id,
                    before=src[max(s1, e1 - context) : e1],
                    after=src[s2 : min(e2, s2 + context)],
                    footnotes_between=", ".join(map(str, between)),
                    ends_with_period=src[e1 - 1] in ".!?",
                )
            )
    columns = ["doc_id", "para_id", "before", "after", "footnotes_between", "ends_with_period"]
    return pd.DataFrame(rows, columns=columns)  # the same columns when a text has no page-break joins


def footnote_anchors(corpus: Corpus) -> pd.DataFrame:
    """Each footnote with the section and sentence that cite it, and the cited work's year and site."""
    fn = corpus.footnotes
    sents = corpus.sentences
    rows = []
    for f in fn.itertuples():
        hit = sents[(sents.doc_id == f.doc_id) & (sents.start <= f.ref_start) & (sents.end >= f.ref_start)]
        if hit.empty:  # a mark just after the sentence's last character
            hit = sents[(sents.doc_id == f.doc_id) & (sents.end <= f.ref_start)].tail(1)
        sec = corpus.paragraphs.set_index(["doc_id", "para_id"]).section_id.get((f.doc_id, f.para_id))
        title = corpus.sections.set_index(["doc_id", "section_id"]).title.get((f.doc_id, sec), "")
        year = re.search(r"((?:19|20)\d\d)\D*$", f.text)
        site = re.search(r"https?://(?:www\.)?([^/]+)", f.url)
        rows.append(
            dict(
                number=f.number,
                para_id=f.para_id,
                section=title,
                citing_sentence=hit.text.iloc[0] if len(hit) else "",
                cites=f.text,
                year=year.group(1) if year else None,
                site=site.group(1) if site else "",
            )
        )
    return pd.DataFrame(rows)


def table_guide(corpus: Corpus) -> pd.DataFrame:
    """The tables a reader can use: rows here, what one row is, and the columns."""
    return pd.DataFrame(
        [
            dict(
                table=name,
                rows=len(df),
                one_row_is=TABLE_GUIDE.get(name, ""),
                columns=", ".join(COLUMNS.get(name, df.columns)),
            )
            for name, df in corpus.tables().items()
        ]
    )


def key_figures(corpus: Corpus) -> pd.Series:
    """The structure numbers the notebook's findings quote."""
    sec = section_lengths(corpus).sort_values(["words", "section_id"], ascending=[False, True])
    top = sec.iloc[0]
    second = sec.iloc[1] if len(sec) > 1 else top
    paras = corpus.paragraphs
    sents = sentence_lengths(corpus)
    j = joins(corpus)
    shortest = paras.sort_values(["n_words", "order"]).iloc[0] if len(paras) else None
    return pd.Series(
        {
            "sections (headed)": int((corpus.sections.title != "").sum()),
            "opening paragraphs": int(sec.set_index("section_id").paragraphs.get("S00", 0)),
            "paragraphs": len(paras),
            "sentences": len(corpus.sentences),
            "words": int(paras.n_words.sum()),
            "longest section": f"{top.section_id} {top.title}",
            "longest section id": top.section_id,
            "longest section words": int(top.words),
            "longest section paragraphs": int(top.paragraphs),
            "longest section share of words": float(top.share),
            "next longest section id": second.section_id,
            "next longest section words": int(second.words),
            "longest to next, ratio": round(float(top.words / second.words), 2) if second.words else 0.0,
            "median words per paragraph": float(paras.n_words.median()),
            "paragraphs over 200 words": int((paras.n_words > 200).sum()),
            "shortest paragraph": shortest.para_id if shortest is not None else "",
            "shortest paragraph words": int(shortest.n_words) if shortest is not None else 0,
            "median words per sentence": float(sents.n_words.median()),
            "longest sentence words": int(sents.n_words.max()) if len(sents) else 0,
            "page-break joins": len(j),
            "joins across a footnote block": int((j.footnotes_between != "").sum()) if len(j) else 0,
            "footnotes": len(corpus.footnotes),
            "unassigned blocks": len(corpus.unassigned),
        },
        name="value",
    )
