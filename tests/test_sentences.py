"""Sentence segmentation: the chapter's abbreviations stay inside their sentences; on small texts, quotations,
quoted titles, month names and ordinal days before a full stop, signing lines."""

from __future__ import annotations

import re

import pytest

from kzlib import sentences as segmenter
from kzlib import timex
from kzlib.sentences import split

from conftest import load_as_user, load_checked


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
        "No. Kazakhstan asked. No. IV and no. 5. Nos. (The) xNo. Ask. No. One. No. KZ-5. No. Ab-c",
        "said no. X no. V. NO. Then",
    ],
)
def test_stops_found_from_the_full_stop_as_from_the_word(text):
    """``split``'s month and number stops, found from the full stop, are those of the plain pattern led by the
    word's first letter."""
    led_by_letter = re.compile(r"([A-Za-z][a-z]{1,8})\.\s+(?=[\"“‘'(]?[A-Z])")
    plain = [
        m.end()
        for m in led_by_letter.finditer(text)
        if m.group(1) in segmenter.STOP_WORDS
        and not (m.start() and segmenter.WORD_BEFORE.match(text, m.start() - 1))
        and not (m.group(1) in segmenter.NUMERAL_ABBR and not segmenter._opens_sentence(text, m.end()))
    ]
    assert segmenter._abbreviation_stops(text) == plain


def test_a_number_abbreviation_before_a_word_ends_the_sentence():
    """sentencex reads "No." as a number's abbreviation before any word: an answer "No." before a capitalised word
    ends its sentence (or "No" negates the next one: "No. Kazakhstan asked …" was a negated request), while "No. 14",
    "No. IV" and "No. KZ-2019" keep their reading (so does "No. I": a protocol's, or an answer; sentencex itself
    cuts before "No. One")."""
    text = "MR PRICE: No. Kazakhstan asked the CSTO. He said no. Russia sent troops. See Resolution No. 2231 on Iran."
    assert [text[s:e] for s, e in split(text)] == [
        "MR PRICE: No.",
        "Kazakhstan asked the CSTO.",
        "He said no.",
        "Russia sent troops.",
        "See Resolution No. 2231 on Iran.",
    ]
    for code in ("IV", "I", "KZ-2019", "L-5", "C111", "ES-11/1"):  # numbers and codes go on
        assert len(split(f"Kazakhstan signed Protocol No. {code} with China in 2019.")) == 1, code
    answer = "No. We think not."
    assert [answer[s:e] for s, e in split(answer)] == ["No.", "We think not."]
    c = load_as_user(
        "Press briefing\n\nQUESTION: Did Kazakhstan ask for help?\n\nMR PRICE: No. Kazakhstan asked the CSTO for help.\n"
    )
    assert c.actions[["predicate", "negated"]].values.tolist()[-1] == ["asked", False]


def test_a_month_then_a_line_break_before_the_stop_is_no_month_stop():
    """The month-stop cut needs the full stop right after the month ("May."), not after a line break ("May\n.")."""
    assert split("Kazakhstan joined in May\n. Tokayev visited Astana.") == [(0, 50)]
    assert split("Kazakhstan joined in May. Tokayev visited Astana.") == [(0, 25), (26, 49)]


def test_german_ordinal_day_does_not_split_the_sentence():
    c = load_checked(
        "Bericht\n\nDer Vertrag wurde am 3. März 2022 in Berlin unterzeichnet. Er gilt seit dem 14. Okt. 2022.\n"
    )
    assert c.sentences.text.tolist() == [
        "Der Vertrag wurde am 3. März 2022 in Berlin unterzeichnet.",
        "Er gilt seit dem 14. Okt. 2022.",
    ]


def test_a_quotation_of_two_sentences_is_two_sentences():
    c = load_as_user(
        'Title of the note\n\n"We are not choosing between East and West. We are choosing what is good for '
        'Uzbekistan." He said so. Mr. Smith said "the U.S. Senate agreed."\n'
    )
    assert c.sentences.text.tolist() == [
        '"We are not choosing between East and West.',
        'We are choosing what is good for Uzbekistan."',
        "He said so.",
        'Mr. Smith said "the U.S. Senate agreed."',
    ]


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in segmenter.split(text)]


def test_a_quoted_title_with_a_sentence_end_inside_stays_in_its_sentence():
    assert _split('The report "What Next? A Plan" came out. It was long.') == [
        'The report "What Next? A Plan" came out.',
        "It was long.",
    ]
    assert _split("The report “What Next? A Plan” came out.") == ["The report “What Next? A Plan” came out."]
    # a quotation of several sentences is still as many sentences, in straight or curly marks
    assert _split('He said: "We will not choose. We will trade." Then he left.') == [
        'He said: "We will not choose.',
        'We will trade."',
        "Then he left.",
    ]
    assert _split("“We will not choose. We will trade,” he said.") == [
        "“We will not choose.",
        "We will trade,” he said.",
    ]


def test_an_unclosed_quote_makes_no_long_title():
    # straight quotes left unclosed (notes' titles without their closing marks) must not pair with quotes far away:
    # sentencex pairs an even number of straight quotes in turn and cuts nothing between the pairs; a title has
    # its marks where they open and close and is short, so no sentence swallows the text after an unclosed quote
    filler = " ".join(f"The state number {k} signed a deal. Its partner was pleased." for k in range(40))
    text = (
        f'He cited "First Glimpses of the State? Atlantic Council, 2019. {filler} The answer was "very few." '
        f'{filler} She cited "Second Look? Atlantic Council, 2020. {filler} Then it ended.'
    )
    spans = segmenter.split(text)
    assert max(e - s for s, e in spans) < 200
    assert text[spans[-1][0] : spans[-1][1]] == "Then it ended."


def test_a_month_name_before_a_full_stop_ends_its_sentence():
    assert _split("Kazakhstan signed the deal in May. Tokayev visited Beijing.") == [
        "Kazakhstan signed the deal in May.",
        "Tokayev visited Beijing.",
    ]
    assert _split("They met in Sept. The talks went well.") == ["They met in Sept.", "The talks went well."]
    # an abbreviated month before a day or a year stays inside its sentence
    assert _split("They met on Jan. 5, 2020 in Astana. It rained.") == [
        "They met on Jan. 5, 2020 in Astana.",
        "It rained.",
    ]
    assert _split("It was in Sept. 2019 that they met.") == ["It was in Sept. 2019 that they met."]


def test_signing_line_with_another_in_phrase_is_a_sentence():
    assert timex.signing_date("Signed in Moscow on 5 May 2023 in the presence of Vladimir Putin.") is None
    assert timex.signing_date("Done in Tokyo on 19 December 2024, in the Kazakh, Japanese and English languages.")
    assert timex.signing_date("Signed in Astana on 3 March 2020 in two originals.")
