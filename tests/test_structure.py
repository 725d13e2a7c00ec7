"""The chapter's real structure, and the parser's rules on texts written for the test."""

import kzlib

from conftest import CHAPTER, SHIPPED, assert_lossless, assert_traceable

SECTION_TITLES = [
    "",
    "Global Geopolitical Shifts",
    "A New Spirit of Cooperation in Central Asia",
    "Changes in Kazakhstan",
    "Changes in the United States",
    "How Kazakhstan's Government Sought to Enhance Kazakhstan-American Ties",
    "How the American Government Sought to Enhance Kazakhstan-American Ties",
    "The 2018 Presidential Meeting and Enhanced Strategic Partnership Dialogue",
    "Conclusions",
]


def test_document_row(corpus):
    doc = corpus.documents.iloc[0]
    assert doc.doc_id == CHAPTER
    assert doc.title == "Chapter Five: New Focus, New Grounding"
    assert doc.path == f"seeds/{CHAPTER}.txt"
    assert doc.sha256 == "ab21c041942fdda366d1a5781c046892ea467f5eaa33f36e20d6c17f22a83ee9"
    assert doc.n_chars == 32005 and doc.n_paragraphs == 45
    assert 4700 < doc.n_words < 4900


def test_sections_by_title(corpus):
    assert corpus.sections.title.tolist() == SECTION_TITLES
    assert corpus.sections.section_id.tolist() == [f"S{k:02d}" for k in range(9)]
    assert corpus.sections.n_paragraphs.tolist() == [2, 5, 4, 4, 5, 5, 11, 5, 4]
    assert corpus.paragraphs.groupby("section_id").size().tolist() == [2, 5, 4, 4, 5, 5, 11, 5, 4]


def test_paragraph_count_and_ids(corpus):
    paras = corpus.paragraphs
    assert len(paras) == 45
    assert paras.para_id.tolist() == [f"P{k:03d}" for k in range(1, 46)]
    assert paras.order.tolist() == list(range(45))


def test_five_page_break_joins(corpus):
    joined = corpus.paragraphs[corpus.paragraphs.segments.str.contains(" ")]
    assert joined.para_id.tolist() == ["P014", "P022", "P024", "P025", "P026"]
    text = dict(zip(corpus.paragraphs.para_id, corpus.paragraphs.text))
    assert "idea is to shift the nature of the state in Kazakhstan" in text["P014"]
    assert "accepted the continuing validity" in text["P022"]
    assert "It was to this end that Kazakhstan transmitted" in text["P024"]
    assert text["P025"].endswith("efforts to stabilize Afghanistan could be launched")
    assert "President Nazarbayev had proposed during a landmark visit to India in 2009." in text["P026"]


def test_comma_ending_paragraph_is_not_joined(corpus):
    text = dict(zip(corpus.paragraphs.para_id, corpus.paragraphs.text))
    assert text["P009"].endswith("rapid improvement of relations throughout the region,")
    assert text["P010"].startswith("President Nazarbayev immediately understood")


def test_clean_reading_text(corpus):
    text = " ".join(corpus.paragraphs.text)
    for artefact in ("*", "\\$", "⁵", "authoritarianism.53", "⁽"):
        assert artefact not in text
    assert "worth $7 billion" in text
    assert "working on Kazakh partners to working with them." in text
    assert "this ad hoc arrangement" in text
    assert "illiberalism and authoritarianism." in text


def test_three_footnotes_with_urls_and_anchors(corpus, text):
    fn = corpus.footnotes
    assert fn.number.tolist() == [52, 53, 54]
    assert fn.para_id.tolist() == ["P014", "P015", "P020"]
    assert fn.url.tolist() == [
        "https://www.atlanticcouncil.org/commentary/long-take/first-glimpses-of-tokayevs-kazakhstan/",
        "",
        "https://www.tabletmag.com/sections/israel-middle-east/articles/realignment-iran-biden-obama-michael-doran-tony-badran",
    ]
    assert [text[s:e] for s, e in zip(fn.ref_start, fn.ref_end)] == ["⁵²", "53", "⁵⁴"]
    assert fn.text[0].startswith("S. Frederick Starr, \"First Glimpses of Tokayev's Kazakhstan")
    assert fn.text[1] == (
        "See eg. Fareed Zakaria, The Future of Freedom: Illiberal Democracy at Home and Abroad, "
        "New York: W.W. Norton, 2007."
    )
    assert fn.text[2] == 'Michael Doran and Tony Badran, "The Realignment," Tablet, May 11, 2021.'


def test_chapter_is_lossless_and_traceable(corpus):
    assert corpus.unassigned.empty
    assert_lossless(corpus, CHAPTER)
    assert_traceable(corpus)


def test_section_spans_cover_their_paragraphs(corpus):
    merged = corpus.paragraphs.merge(corpus.sections, on=["doc_id", "section_id"], suffixes=("", "_sec"))
    assert ((merged.start >= merged.start_sec) & (merged.end <= merged.end_sec)).all()


PRESS = """U.S.–Kazakhstan Joint Statement on Regional Connectivity

WASHINGTON, March 3, 2020

The United States and the Republic of Kazakhstan today reaffirmed their commitment to a secure and prosperous Central Asia.

Both sides welcomed the C5+1 ministerial meeting and agreed to meet again in 2021.
"""

REPORT = """Water and Security in Central Asia

Summary

The region shares two great rivers.¹ Their use has long divided upstream and downstream states.

Upstream Views:

Kyrgyzstan and Tajikistan plan new dams,² which their neighbours
watch with concern.

¹ World Bank, Water in Central Asia, 2019.

² See Ministry statements, 2020.
(https://example.org/dams)

Conclusions.

Cooperation is possible.
"""


def test_press_statement_has_title_and_no_headings():
    c = kzlib.load(texts={"press": PRESS}, codebook=SHIPPED)
    assert c.documents.title[0] == "U.S.–Kazakhstan Joint Statement on Regional Connectivity"
    assert c.sections.title.tolist() == [""]
    assert c.paragraphs.text.tolist()[0] == "WASHINGTON, March 3, 2020"
    assert len(c.paragraphs) == 3 and c.footnotes.empty
    assert_lossless(c, "press")
    assert_traceable(c)


def test_report_with_headings_and_numbered_footnotes():
    c = kzlib.load(texts={"report": REPORT}, codebook=SHIPPED)
    assert c.sections.title.tolist() == ["Summary", "Upstream Views", "Conclusions"]
    assert c.paragraphs.text.tolist() == [
        "The region shares two great rivers. Their use has long divided upstream and downstream states.",
        "Kyrgyzstan and Tajikistan plan new dams, which their neighbours watch with concern.",
        "Cooperation is possible.",
    ]
    fn = c.footnotes
    assert fn.number.tolist() == [1, 2] and fn.para_id.tolist() == ["P001", "P002"]
    assert fn.url.tolist() == ["", "https://example.org/dams"]
    assert fn.text.tolist() == ["World Bank, Water in Central Asia, 2019.", "See Ministry statements, 2020."]
    assert_lossless(c, "report")
    assert_traceable(c)


def test_plain_digit_footnotes_need_a_reference():
    text = "Title Line\n\nA claim made here.3\n\n3 Source of the claim.\n\n4 apples were sold that day.\n"
    c = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    assert c.footnotes.number.tolist() == [3]
    assert c.paragraphs.text.tolist() == ["A claim made here.", "4 apples were sold that day."]


def test_page_numbers_and_separators_go_to_unassigned():
    text = "Some Title\n\nFirst paragraph of text.\n\n* * *\n\n127\n\nSecond paragraph of text.\n"
    c = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    assert c.unassigned.text.tolist() == ["* * *", "127"]
    assert len(c.paragraphs) == 2
    assert_lossless(c, "t")


def test_crlf_parses_like_lf(text):
    c = kzlib.load(texts={"lf": text, "crlf": text.replace("\n", "\r\n")}, codebook=SHIPPED)
    p = c.paragraphs
    assert p[p.doc_id == "lf"].text.tolist() == p[p.doc_id == "crlf"].text.tolist()
    assert c.sections[c.sections.doc_id == "crlf"].title.tolist() == SECTION_TITLES
    assert_lossless(c, "crlf")
    assert_traceable(c)


def test_a_lone_title_like_line_is_a_paragraph():
    c = kzlib.load(texts={"t": "The Kyrgyz Republic and Turkmenistan Met.\n"}, codebook=SHIPPED)
    assert c.documents.title[0] == "t" and c.paragraphs.text.tolist() == ["The Kyrgyz Republic and Turkmenistan Met."]


def test_a_sentence_with_a_period_is_not_a_heading():
    c = kzlib.load(
        texts={"t": "Title Here\n\nThe Kyrgyz Republic and Turkmenistan met.\n\nMore text follows here.\n"},
        codebook=SHIPPED,
    )
    assert c.sections.title.tolist() == [""] and len(c.paragraphs) == 2
