"""The text's dates against a reference chronology: every reference row is placed in the text, and the
chapter's known slips are shown as discrepancies."""

import pandas as pd

import kzlib
from kzlib import paths, record

from conftest import CHAPTER


def test_verdicts_are_read_from_the_notes():
    assert record.verdict("DISCREPANCY: the Union came into force") == "DISCREPANCY"
    assert record.verdict("Roughly consistent (year)") == "Roughly consistent"
    assert record.verdict("Consistent (month).") == "Consistent"
    assert record.verdict("whatever") == ""


def test_a_quoted_sentence_is_found_with_its_dates():
    corpus = kzlib.load(texts={"t": "A heading line\n\nIn 1993 a deal was signed. Later came more.\n"})
    ref = pd.DataFrame(
        [
            dict(
                event="deal",
                date="1993-04-06",
                chapter_says="In 1993 a deal was signed.",
                source_author="",
                source_title="x",
                source_publisher="",
                source_year="",
                source_url="",
                note="DISCREPANCY: another firm",
            )
        ]
    )
    table = record.against_record(corpus, "t", ref)
    assert table.text_dates.tolist() == ["1993"] and table.verdict.tolist() == ["DISCREPANCY"]


def test_the_chapter_against_the_record(corpus):
    ref = paths.DATA / "reference" / "chronology.csv"
    table = record.against_record(corpus, CHAPTER, record.read(ref))
    assert (table.para_id != "").all()
    wrong = record.discrepancies(table)
    assert {"1993-04-06", "2015-01-01"} <= set(wrong.record_date)
