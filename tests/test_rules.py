"""General rules (issue 15) on small texts written for the purpose: headings, notes, lists, dates, actors."""

import kzlib

from conftest import assert_lossless, assert_traceable


def load(text, doc_id="t"):
    c = kzlib.load(texts={doc_id: text})
    assert_lossless(c, doc_id)
    assert_traceable(c)
    return c


# --- headings -------------------------------------------------------------------------------------------

def test_markdown_headings():
    c = load("# Energy Report\n\nThe first paragraph of text.\n\n## Oil and gas\n\nThe second paragraph.\n\n"
             "### Outlook ###\n\nThe third paragraph.\n")
    assert c.documents.title[0] == "Energy Report"
    assert c.sections.title.tolist() == ["", "Oil and gas", "Outlook"]
    assert c.paragraphs.text.tolist() == ["The first paragraph of text.", "The second paragraph.", "The third paragraph."]


def test_sentence_case_and_non_english_headings():
    c = load("A Report on the Region\n\nOpening words of the report.\n\nEnergy and climate cooperation\n\n"
             "Text about energy.\n\nÉconomie et énergie\n\nTexte sur l'économie.\n\nЭкономическое сотрудничество\n\n"
             "Текст о сотрудничестве.\n\n经济合作\n\n关于合作的文字。\n")
    assert c.sections.title.tolist() == ["", "Energy and climate cooperation", "Économie et énergie",
                                         "Экономическое сотрудничество", "经济合作"]
    assert len(c.paragraphs) == 5


def test_bylines_and_source_lines_are_not_headings():
    c = load("Water Talks Resume\n\nBy Jane Smith and Ali Karimov\n\nThe talks resumed in Almaty.\n\n"
             "Source: Ministry of Energy\n\nMore text follows here.\n")
    assert c.sections.title.tolist() == [""]
    assert c.paragraphs.text.tolist()[0] == "By Jane Smith and Ali Karimov"
    assert "Source: Ministry of Energy" in c.paragraphs.text.tolist()


def test_title_case_heading_with_through():
    c = load("Report Title\n\nSome opening text.\n\nResilience through Partnership\n\nMore text here.\n")
    assert c.sections.title.tolist() == ["", "Resilience through Partnership"]


def test_sentence_case_news_headline_is_the_title():
    c = load("Kazakhstan and Uzbekistan sign a new water deal\n\nThe two states signed the deal on Monday.\n")
    assert c.documents.title[0] == "Kazakhstan and Uzbekistan sign a new water deal"
    assert len(c.paragraphs) == 1


def test_a_short_sentence_is_still_a_paragraph():
    c = load("Report Title\n\nSome opening text.\n\nThe talks failed.\n\nMore text here.\n")
    assert c.sections.title.tolist() == [""] and len(c.paragraphs) == 3


# --- notes ----------------------------------------------------------------------------------------------

def test_bracket_endnotes_and_their_dates_are_not_events():
    c = load("Report Title\n\nThe treaty was signed in 2019.[1] Trade grew in 2020.[2]\n\nNotes\n\n"
             "[1] Ministry of Trade, Annual Report, March 2021.\n[2] World Bank, Trade Data, 2022.\n")
    fn = c.footnotes
    assert fn.number.tolist() == [1, 2] and fn.para_id.tolist() == ["P001", "P001"]
    assert c.paragraphs.text.tolist() == ["The treaty was signed in 2019. Trade grew in 2020."]
    body = c.timexes[c.timexes.role == "text"]
    assert body.value.tolist() == ["2019", "2020"]
    assert set(c.events.date_value) == {"2019", "2020"}


def test_numbered_heading_is_not_a_footnote():
    c = load("Report Title\n\nThe claim is made here.2\n\n2. Energy Cooperation\n\nText about energy.\n\n"
             "2 Source of the claim, 2019.\n")
    assert c.sections.title.tolist() == ["", "2. Energy Cooperation"]
    assert c.footnotes.number.tolist() == [2] and c.footnotes.text.tolist() == ["Source of the claim, 2019."]


def test_reference_after_a_year():
    c = load("Report Title\n\nThe office has worked there since 1993.3 It grew.\n\n3 Office history, 2001.\n")
    assert c.footnotes.number.tolist() == [3] and c.footnotes.para_id.tolist() == ["P001"]
    assert c.paragraphs.text[0] == "The office has worked there since 1993. It grew."
    assert c.timexes[c.timexes.role == "text"].value.tolist() == ["1993"]


def test_notes_one_per_line_stay_separate():
    c = load("Report Title\n\nFirst claim.1 Second claim.2 Third claim.3\n\n"
             "1 First source, 2001.\n2 Second source, 2002.\n3 Third source, 2003.\n")
    assert c.footnotes.number.tolist() == [1, 2, 3]
    assert c.footnotes.text.tolist() == ["First source, 2001.", "Second source, 2002.", "Third source, 2003."]


def test_a_references_block_is_not_a_paragraph():
    c = load("Report Title\n\nBody text of the report.\n\nReferences\n\nSmith, J. (2019). Water in Central Asia. "
             "Almaty: Press.\nJones, K. (2020). Rivers. London: Books.\n")
    assert c.paragraphs.text.tolist() == ["Body text of the report."]
    assert len(c.footnotes) == 1 and c.footnotes.number.isna().all()


# --- lists ----------------------------------------------------------------------------------------------

def test_bullet_and_numbered_items_are_units():
    c = load("Report Title\n\nThe plan has three parts:\n- trade and transit\n- water and energy\n"
             "- security\n\nThe steps are:\n1. Sign the treaty.\n2. Ratify it\n   in parliament.\n3. Apply it.\n\n"
             "• one item\n• another item\n")
    assert c.paragraphs.text.tolist() == [
        "The plan has three parts:", "- trade and transit", "- water and energy", "- security",
        "The steps are:", "1. Sign the treaty.", "2. Ratify it in parliament.", "3. Apply it.",
        "• one item", "• another item"]
