"""Sentence segmentation: the chapter's abbreviations stay inside their sentences."""

import re

import pytest

from kzlib import sentences as segmenter
from kzlib.sentences import split


def sentences(text):
    return [text[s:e] for s, e in split(text)]


@pytest.mark.parametrize(
    "case",
    [
        "the U.S. maintains important interests.",
        "S. Frederick Starr, \"First Glimpses of Tokayev's Kazakhstan: The Listening State?",
        "See eg. Fareed Zakaria, The Future of Freedom, New York: W.W. Norton, 2007.",
        "America's commitment to the (a) independence, (b) sovereignty, and (c) territorial integrity of partner states.",
    ],
)
def test_abbreviations_do_not_end_sentences(case):
    assert sentences(case + " Next sentence.") == [case, "Next sentence."]


def test_chapter_sentences(corpus):
    s = corpus.sentences
    assert len(s) == 203
    assert s.groupby("para_id").size()["P026"] == 12
    text = s.set_index("sent_id").text
    assert text["P001.02"] == "At no point has this been more urgently necessary than in the years 2015-2021."
    assert text["P026.07"].startswith("Three basic principles were affirmed therein: America's commitment to the (a)")
    assert s.sent_id.is_unique and s.order.tolist() == list(range(len(s)))


def test_sentences_tile_their_paragraph(corpus):
    joined = corpus.sentences.groupby("para_id").text.agg(" ".join)
    assert joined.to_dict() == corpus.paragraphs.set_index("para_id").text.to_dict()


def test_a_known_name_is_never_cut(corpus):
    text = corpus.sentences.set_index("sent_id").text
    assert text["P034.02"].endswith("has recently merged into the US. Chamber of Commerce.")


@pytest.mark.parametrize(
    "text",
    [
        "May. Tokayev",
        "xMay.  The",
        "Abcdefghij. X",
        "Abcdefghi. X",
        "In Sept. 'Hi",
        "A. B. Cc. Dd. Ee. F",
        "Mayy.\n(K",
        "É May. X",
        "Dec. Then Jan. Feb. March. April. (May) xJune. July",
        "joined in May\n. Tokayev visited",
    ],
)
def test_stops_found_from_the_full_stop_as_from_the_capital(text):
    """``split``'s month stops, found from the full stop, are those of the plain pattern led by the capital."""
    led_by_capital = re.compile(r"([A-Z][a-z]{2,8})\.\s+(?=[\"“‘'(]?[A-Z])")
    plain = [
        m.end()
        for m in led_by_capital.finditer(text)
        if m.group(1) in segmenter.MONTH_WORDS and not (m.start() and segmenter.WORD_BEFORE.match(text, m.start() - 1))
    ]
    assert segmenter._month_stops(text) == plain


def test_a_month_then_a_line_break_before_the_stop_is_no_month_stop():
    """The month-stop cut needs the full stop right after the month ("May."), not after a line break ("May\n.")."""
    assert split("Kazakhstan joined in May\n. Tokayev visited Astana.") == [(0, 50)]
    assert split("Kazakhstan joined in May. Tokayev visited Astana.") == [(0, 25), (26, 49)]
