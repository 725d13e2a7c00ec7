"""Keyword in context: every mention of an actor, or every occurrence of a term, with its context."""

from __future__ import annotations

import re

import pandas as pd

COLUMNS = ["doc_id", "para_id", "sent_id", "start", "end", "left", "match", "right"]


def kwic(corpus, query: str, width: int = 50, regex: bool = False) -> pd.DataFrame:
    """Concordance lines for an actor_id (its mentions) or a term (case-insensitive; ``regex=True`` for a pattern).

    ``left`` and ``right`` are up to ``width`` characters of clean reading text; ``start``/``end`` are
    source offsets of the match.
    """
    rows = []
    mentions = corpus.mentions
    if not regex and query in set(mentions.actor_id):
        hits = mentions[mentions.actor_id == query]
        spans = {(h.doc_id, h.para_id): [] for h in hits.itertuples()}
        for h in hits.itertuples():
            spans[(h.doc_id, h.para_id)].append((h.start, h.end))
    else:
        spans = None
    pattern = re.compile(query if regex else rf"(?<!\w){re.escape(query)}(?!\w)", re.IGNORECASE)
    for doc in corpus.docs.values():
        sent_of = {}
        for p, sent_id, i, j in doc.sentences:
            sent_of.setdefault(p.para_id, []).append((i, j, sent_id))
        for p in doc.paragraphs:
            if spans is not None:
                found = [
                    (p.offsets.index(s), p.offsets.index(e - 1) + 1) for s, e in spans.get((doc.doc_id, p.para_id), [])
                ]
            else:
                found = [(m.start(), m.end()) for m in pattern.finditer(p.text) if m.end() > m.start()]
            for i, j in found:
                sent = next((sid for a, b, sid in sent_of[p.para_id] if a <= i < b), None)
                start, end = p.span(i, j)
                rows.append(
                    dict(
                        doc_id=doc.doc_id,
                        para_id=p.para_id,
                        sent_id=sent,
                        start=start,
                        end=end,
                        left=p.text[max(0, i - width) : i],
                        match=p.text[i:j],
                        right=p.text[j : j + width],
                    )
                )
    return pd.DataFrame(rows, columns=COLUMNS)
