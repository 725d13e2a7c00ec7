"""Keyword in context: every mention of an actor, or every occurrence of a term, with its context."""

from __future__ import annotations

import re

import pandas as pd

from .errors import InputError

COLUMNS = ["doc_id", "para_id", "sent_id", "start", "end", "left", "match", "right"]


def kwic(corpus, query: str, width: int = 50, regex: bool = False) -> pd.DataFrame:
    """Concordance lines for an actor_id (its rows of the mentions table) or a term (case-insensitive;
    ``regex=True`` for a pattern).

    ``left`` and ``right`` are up to ``width`` characters of clean reading text; ``start``/``end`` are
    source offsets of the match. An actor's lines are the mentions table's rows, read in place through the
    paragraph's offset map; a term is searched in the clean paragraph text.
    """
    if not isinstance(query, str) or not query.strip():
        raise InputError(f"kwic: the query must be an actor_id or a term, not {query!r}")
    mentions = corpus.mentions
    if not regex and query in set(mentions.actor_id):
        hits = []
        for m in mentions[mentions.actor_id == query].itertuples():
            p = corpus.docs[m.doc_id].paragraph(m.para_id)
            hits.append((m.doc_id, p, m.sent_id, p.offsets.index(m.start), p.offsets.index(m.end - 1) + 1))
    else:
        try:
            pattern = re.compile(query if regex else rf"(?<!\w){re.escape(query)}(?!\w)", re.IGNORECASE)
        except re.error as e:
            raise InputError(f"kwic: {query!r} is not a valid regular expression ({e})") from None
        hits = [
            (doc.doc_id, p, doc.sentence_at(p, m.start()), m.start(), m.end())
            for doc in corpus.docs.values()
            for p in doc.paragraphs
            for m in pattern.finditer(p.text)
            if m.end() > m.start()
        ]
    rows = [
        dict(
            doc_id=doc_id,
            para_id=p.para_id,
            sent_id=sent_id,
            start=p.span(i, j)[0],
            end=p.span(i, j)[1],
            left=p.text[max(0, i - width) : i],
            match=p.text[i:j],
            right=p.text[j : j + width],
        )
        for doc_id, p, sent_id, i, j in hits
    ]
    return pd.DataFrame(rows, columns=COLUMNS)
