"""The text's dates against the public record: a curated reference chronology joined to the text's own
dated expressions.

The reference table (``data/reference/chronology.csv`` in the project) has one row per event the text
dates, with the record's date, the text's sentence (``chapter_says``, verbatim), a citation (author, title,
publisher, year, address) and a verdict in ``note`` (DISCREPANCY, Consistent, Roughly consistent, UNCERTAIN,
Not verified). Each row is placed in the text by finding the sentences its quotation covers; the dated
expressions of those sentences are the text's dates. The text itself is never edited.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

VERDICTS = ("DISCREPANCY", "Roughly consistent", "Consistent", "UNCERTAIN", "Not verified")


def _norm(text: str) -> str:
    return " ".join(str(text).replace("’", "'").replace("“", '"').replace("”", '"').split())


def verdict(note: str) -> str:
    """The verdict a reference note opens with (``DISCREPANCY``, ``Consistent`` ...), else ``""``."""
    head = _norm(note)
    return next((v for v in VERDICTS if head.upper().startswith(v.upper())), "")


def read(path: str | Path) -> pd.DataFrame:
    """A reference chronology CSV as strings."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def against_record(corpus, doc_id: str, reference: pd.DataFrame) -> pd.DataFrame:
    """One row per reference event: where the text tells it (paragraph, sentences), the text's dates there,
    the record's date, the verdict and the source."""
    sents = corpus.sentences[corpus.sentences.doc_id == doc_id]
    texts = [(r.sent_id, r.para_id, _norm(r.text)) for r in sents.itertuples()]
    tx = corpus.timexes[(corpus.timexes.doc_id == doc_id) & (corpus.timexes.role == "text")]
    rows = []
    for r in reference.itertuples():
        quote = _norm(r.chapter_says)
        hits = [(sid, pid) for sid, pid, t in texts if t and (t in quote or quote in t)]
        sent_ids = [sid for sid, _ in hits]
        dates = tx[tx.sent_id.isin(sent_ids)].value.tolist()
        source = ", ".join(x for x in (r.source_author, r.source_title, r.source_publisher, r.source_year) if x)
        rows.append(
            dict(
                event=r.event,
                record_date=r.date,
                text_dates="; ".join(dict.fromkeys(dates)),
                para_id=hits[0][1] if hits else "",
                verdict=verdict(r.note) or "see note",
                source=source,
                url=r.source_url,
                note=r.note,
            )
        )
    return pd.DataFrame(
        rows, columns=["event", "record_date", "text_dates", "para_id", "verdict", "source", "url", "note"]
    )


def discrepancies(table: pd.DataFrame) -> pd.DataFrame:
    """The rows where the record contradicts the text."""
    return table[table.verdict == "DISCREPANCY"]


def short(text: str, width: int = 70) -> str:
    """A one-line shortening for display."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    return text if len(text) <= width else text[: width - 1] + "…"
