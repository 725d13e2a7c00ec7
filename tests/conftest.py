"""Shared fixtures: the chapter, loaded once, and small helpers for invariants."""

import os

import pandas as pd
import pytest
from hypothesis import settings

import kzlib
from kzlib import paths
from kzlib.codebook import Codebook
from kzlib.markup import is_blank

# Property tests draw the same examples on every run unless asked to explore: `make test` is reproducible, and
# `HYPOTHESIS_PROFILE=explore make test` draws fresh examples on each run to look for new failures.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

CHAPTER = "ch05-new-focus-new-grounding"
CHAPTER_PATH = paths.SEEDS / f"{CHAPTER}.txt"  # loaded by path: another text in seeds/ changes nothing here
SHIPPED = Codebook.load()  # one codebook for the many small corpora the tests build


@pytest.fixture(scope="session")
def codebook():
    return SHIPPED


@pytest.fixture(scope="session")
def corpus():
    return kzlib.load(CHAPTER_PATH, codebook=SHIPPED)


@pytest.fixture(scope="session")
def text(corpus):
    return corpus.source(CHAPTER)


def owned_spans(corpus, doc_id):
    """Every (start, end, owner) a document's tables claim: title, headings, paragraph segments, footnotes."""
    spans = []
    doc = corpus.documents.set_index("doc_id").loc[doc_id]
    if pd.notna(doc.title_start):
        spans.append((int(doc.title_start), int(doc.title_end), "title"))
    for r in corpus.sections[corpus.sections.doc_id == doc_id].dropna(subset=["heading_start"]).itertuples():
        spans.append((int(r.heading_start), int(r.heading_end), f"heading {r.section_id}"))
    for r in corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].itertuples():
        for seg in r.segments.split():
            s, e = map(int, seg.split(":"))
            spans.append((s, e, f"paragraph {r.para_id}"))
    for r in corpus.footnotes[corpus.footnotes.doc_id == doc_id].itertuples():
        spans.append((int(r.start), int(r.end), f"footnote {r.number}"))
    for r in corpus.unassigned[corpus.unassigned.doc_id == doc_id].itertuples():
        spans.append((int(r.start), int(r.end), "unassigned"))
    return spans


def assert_lossless(corpus, doc_id):
    """Every non-blank character belongs to exactly one unit; blank text belongs to none."""
    text = corpus.source(doc_id)
    owners = [0] * len(text)
    for s, e, _ in owned_spans(corpus, doc_id):
        assert 0 <= s < e <= len(text)
        assert not is_blank(text[s]) and not is_blank(text[e - 1])
        for i in range(s, e):
            owners[i] += 1
    bad = [i for i, ch in enumerate(text) if not is_blank(ch) and owners[i] != 1]
    assert not bad, f"{len(bad)} characters owned {[owners[i] for i in bad[:3]]} times, first at {bad[:3]}"


def assert_traceable(corpus):
    """source[start:end] reads as each row's text, for paragraphs and sentences."""
    for table in (corpus.paragraphs, corpus.sentences):
        for r in table.itertuples():
            src = corpus.source(r.doc_id)
            assert 0 <= r.start < r.end <= len(src)
            assert corpus.reading(r.doc_id, r.start, r.end) == r.text
