"""Headings (kzlib.structure): markdown, sentence-case, title-case and non-English headings; what is no heading
(bylines, source and place lines, short sentences, a transcript's question lines), each rule on a small text written
for it."""

import pytest

from conftest import load_checked


def test_markdown_headings():
    c = load_checked(
        "# Energy Report\n\nThe first paragraph of text.\n\n## Oil and gas\n\nThe second paragraph.\n\n"
        "### Outlook ###\n\nThe third paragraph.\n"
    )
    assert c.documents.title[0] == "Energy Report"
    assert c.sections.title.tolist() == ["", "Oil and gas", "Outlook"]
    assert c.paragraphs.text.tolist() == [
        "The first paragraph of text.",
        "The second paragraph.",
        "The third paragraph.",
    ]


def test_sentence_case_and_non_english_headings():
    c = load_checked(
        "A Report on the Region\n\nOpening words of the report.\n\nEnergy and climate cooperation\n\n"
        "Text about energy.\n\nÉconomie et énergie\n\nTexte sur l'économie.\n\nЭкономическое сотрудничество\n\n"
        "Текст о сотрудничестве.\n\n经济合作\n\n关于合作的文字。\n"
    )
    assert c.sections.title.tolist() == [
        "",
        "Energy and climate cooperation",
        "Économie et énergie",
        "Экономическое сотрудничество",
        "经济合作",
    ]
    assert len(c.paragraphs) == 5


def test_bylines_and_source_lines_are_not_headings():
    c = load_checked(
        "Water Talks Resume\n\nBy Jane Smith and Ali Karimov\n\nThe talks resumed in Almaty.\n\n"
        "Source: Ministry of Energy\n\nMore text follows here.\n"
    )
    assert c.sections.title.tolist() == [""]
    assert c.paragraphs.text.tolist()[0] == "By Jane Smith and Ali Karimov"
    assert "Source: Ministry of Energy" in c.paragraphs.text.tolist()


def test_title_case_heading_with_through():
    c = load_checked("Report Title\n\nSome opening text.\n\nResilience through Partnership\n\nMore text here.\n")
    assert c.sections.title.tolist() == ["", "Resilience through Partnership"]


def test_a_lead_in_ending_in_a_lower_case_word_and_a_colon_is_no_heading():
    items = "\n\n- expand trade with each other;\n- open a new air route.\n"
    for lead in ("Kazakhstan and the United States will:", "Kazakhstan and the United States won't:"):
        c = load_checked(f"Report Title\n\nThe two sides met in Astana.\n\n{lead}{items}")
        assert c.sections.title.tolist() == [""], lead
        assert "expand" in c.actions.lemma.tolist(), lead  # the items are read under their lead-in
    c = load_checked(f"Report Title\n\nThe two sides met in Astana.\n\nKey Outcomes:{items}")
    assert c.sections.title.tolist() == ["", "Key Outcomes"]  # a title-cased heading may still end in a colon
    c = load_checked("Report Title\n\nThe first paragraph.\n\nAnnex I. List of participants:\n\nThe second.\n")
    assert c.sections.title.tolist() == ["", "Annex I. List of participants"]  # its last word no verb: a heading


def test_a_line_ending_with_a_word_that_needs_another_is_no_heading():
    """A clause of a resolution's preamble ends "; and" (or with "the", "its"): the line goes on, however many of its
    words are capitalised, and its actions are read; a heading ending with a preposition stays one."""
    c = load_checked(
        "A Resolution on the Partnership\n\nWhereas the United States recognized Kazakhstan in 1991;\n\n"
        "Whereas the United States and Kazakhstan signed a Strategic Partnership Dialogue Charter in 2012; and\n\n"
        "Whereas Kazakhstan joined the Treaty and the\n\nNext Steps to Look Out For\n\nThe sides met.\n"
    )
    assert c.sections.title.tolist() == ["", "Next Steps to Look Out For"]
    assert c.actions.lemma.tolist() == ["recognize", "sign", "join", "meet"]
    c = load_checked("Annex A\n\nKazakhstan met China.\n\nAppendix A\n\nRussia met China.\n")  # a label, no article
    assert c.documents.title[0] == "Annex A" and c.sections.title.tolist() == ["", "Appendix A"]


def test_a_short_sentence_is_still_a_paragraph():
    c = load_checked("Report Title\n\nSome opening text.\n\nThe talks failed.\n\nMore text here.\n")
    assert c.sections.title.tolist() == [""] and len(c.paragraphs) == 3


PLACES = {
    # a venue line and its city under the title, then the time
    "un": "Remarks by the President at the Opening of the Summit\n\nPalais des Nations\nGeneva, Switzerland\n\n"
    "10:05 A.M. CET\n\nTHE PRESIDENT: Thank you all. Kazakhstan and the United States met in 2019.\n\n"
    "Energy Cooperation\n\nThe talks resumed in 2020.\n",
    # the city alone under the title; a heading with a comma further down stays a heading
    "dc": "Joint Statement on the Strategic Dialogue\n\nWashington, D.C.\n\nThe delegations met on March 5, 2019.\n\n"
    "Trade, Investment and Energy\n\nBoth sides agreed to expand trade.\n",
    # venue and city on one line, after the date line
    "one": "Remarks by the Secretary After the Ministerial Meeting\nMarch 3, 2022\n\n"
    "Akorda Presidential Palace Astana, Kazakhstan\n\n11:40 A.M. ALMT\n\nTHE SECRETARY: Good morning.\n",
    # a speaker's name and office above the place and the date, in one block under the title
    "byline": "Department Press Briefing\n\nNed Price, Department Spokesperson\nWashington, D.C.\nJanuary 6, 2022\n\n"
    "MR PRICE: Good afternoon. Kazakhstan asked the CSTO for help.\n",
    # a place and its time in one block, after body text
    "later": "Statement on the Visit\n\nSome words first: the visit was long.\n\nAkorda, Astana\n4:15 P.M. ALMT\n\n"
    "The presidents met.\n",
}


@pytest.mark.parametrize("doc_id", sorted(PLACES))
def test_a_place_line_is_not_a_heading(doc_id):
    c = load_checked(PLACES[doc_id], doc_id)
    titles = c.sections.title.tolist()
    assert not [t for t in titles if "," in t and t != "Trade, Investment and Energy"], titles
    kept = {"un": ["", "Energy Cooperation"], "dc": ["", "Trade, Investment and Energy"]}
    assert titles == kept.get(doc_id, [""])
    place = {
        "un": "Palais des Nations Geneva, Switzerland",
        "dc": "Washington, D.C.",
        "later": "Akorda, Astana 4:15",
        "byline": "Ned Price, Department Spokesperson Washington, D.C.",
    }
    text = " ".join(c.paragraphs.text)
    assert place.get(doc_id, "Akorda Presidential Palace Astana, Kazakhstan") in text


def test_question_lines_of_a_transcript_are_speaker_turns_not_headings():
    c = load_checked(
        "Press Conference on the Water Talks\n\nTHE MINISTER: Good morning. We met today.\n\n"
        "Q: What about trade with China?\n\nTHE MINISTER: Trade grew.\nQ: And energy?\nMODERATOR: Last question.\n"
    )
    assert c.sections.title.tolist() == [""]
    assert c.paragraphs.text.tolist() == [
        "THE MINISTER: Good morning. We met today.",
        "Q: What about trade with China?",
        "THE MINISTER: Trade grew.",
        "Q: And energy?",
        "MODERATOR: Last question.",
    ]


def test_headings_that_open_like_furniture_stay_headings():
    c = load_checked(
        "Report Title\n\nOpening words of the report.\n\nContact Group on Central Asia\n\nThe group met.\n\n"
        "Press Release Practices\n\nMore words here.\n"
    )
    assert c.sections.title.tolist() == ["", "Contact Group on Central Asia", "Press Release Practices"]
