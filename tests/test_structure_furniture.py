"""A text's title and its furniture (kzlib.structure): a news headline as the title, bylines, credit lines and
press-release boilerplate kept out of the title and the body; the test split's titles and dates, each rule on a
small text written for it."""

import pytest

import kzlib
from kzlib.lexicon import CREDIT_LINE

from conftest import assert_lossless, load_as_is, load_checked


def test_sentence_case_news_headline_is_the_title():
    c = load_checked("Kazakhstan and Uzbekistan sign a new water deal\n\nThe two states signed the deal on Monday.\n")
    assert c.documents.title[0] == "Kazakhstan and Uzbekistan sign a new water deal"
    assert len(c.paragraphs) == 1


def test_a_long_title_cased_first_line_is_the_title():
    title = (
        "Agreement between the Government of the Republic of Kazakhstan and the Government of the United States of"
        " America on Cooperation in the Field of Civil Aviation"
    )  # 26 words, as treaty titles run
    c = load_checked(f"{title}\n\nSigned at Astana, 12 March 2021\n\nEach Party grants the other Party rights.\n")
    assert c.documents.title[0] == title and c.documents.date[0] == "2021-03-12"
    # a title-cased line that long further down is no heading
    c = load_checked(f"A Title\n\nThe first paragraph.\n\n{title}\n\nThe second paragraph.\n")
    assert c.sections.title.tolist() == [""] and len(c.paragraphs) == 3


def test_each_test_split_text_has_its_title_and_its_date():
    from kzlib import paths

    files = sorted((paths.ROOT / "data" / "corpus").glob("wh-*.txt"))
    if not files:
        pytest.skip("no test split texts")
    c = kzlib.load(files)
    docs = c.documents.set_index("doc_id")
    for f in files:
        row = docs.loc[f.stem]
        assert row.title != f.stem and "\n" not in row.title
        assert row.date == f.stem[3:13], f.stem  # wh-YYYY-MM-DD-...
        assert c.source(f.stem)[row.date_start : row.date_end].strip()
    today = c.timexes[c.timexes.surface.str.lower() == "today"]
    assert len(today) and (today.value == today.doc_id.str[3:13]).all()


@pytest.mark.parametrize(
    "top",
    [
        "FOR IMMEDIATE RELEASE\nMarch 5, 2024\n\nMinisters Agree on Water Sharing\n\n",
        "FOR IMMEDIATE RELEASE: March 5, 2024\n\nMinisters agree on water sharing\n\n",
        "For Immediate Release\n\nMinisters Agree on Water Sharing\nMarch 5, 2024\n\n",
        "PRESS RELEASE\n\nMarch 5, 2024\n\nMinisters Agree on Water Sharing\n\n",
    ],
)
def test_press_release_boilerplate_leaves_the_title_and_the_date_line(top):
    text = top + "The ministers met today in Astana and agreed.\n\n###\n\nContact: Press Office, +1 555 0100\n"
    c = load_checked(text)
    doc = c.documents.iloc[0]
    assert doc.title.casefold() == "ministers agree on water sharing"
    assert doc.date == "2024-03-05" and text[doc.date_start : doc.date_end] == "March 5, 2024"
    assert c.sections.title.tolist() == [""]
    assert "Contact: Press Office, +1 555 0100" in c.paragraphs.text.tolist()
    assert c.timexes.set_index("surface").loc["today", "value"] == "2024-03-05"
    assert not c.paragraphs.text.str.contains("RELEASE", case=False).any() or "RELEASE:" in top
    assert set(c.unassigned.reason) <= {"press-release boilerplate", "separator or page number"}


@pytest.mark.parametrize("furniture", ["Office of the Spokesperson", "MEDIA NOTE", "Press Statement"])
@pytest.mark.parametrize("above", [False, True])
def test_state_department_furniture_leaves_the_title_and_the_date_line(furniture, above):
    """A release's office or kind line ("Office of the Spokesperson", "Media Note", rows of boilerplate.csv) is
    furniture, not a heading: the date line under it stays the document's date, and a year-less date takes it."""
    title = "Readout of the Ministers' Meeting"
    top = f"{furniture}\n\n{title}\n" if above else f"{title}\n\n{furniture}\n"
    text = top + "March 14, 2024\n\nThey will meet again in 2025. They signed a protocol on March 13.\n"
    c = load_as_is(text)
    doc = c.documents.iloc[0]
    assert doc.title == title
    assert doc.date == "2024-03-14" and text[doc.date_start : doc.date_end] == "March 14, 2024"
    assert c.sections.title.tolist() == [""]
    assert c.unassigned.text.tolist() == [furniture]
    assert c.unassigned.reason.tolist() == ["press-release boilerplate"]
    assert dict(zip(c.timexes.surface, c.timexes.value))["March 13"] == "2024-03-13"
    assert not (c.events.label == "").any() and "March 14, 2024" not in c.events.text.tolist()
    assert_lossless(c, "t")


def test_a_body_paragraph_opening_like_a_credit_is_no_credit_line():
    """A credit line is bracketed when it opens with a bracket and holds no sentence: "Compiled by Astana officials,
    the report says Moscow and Beijing criticized Tashkent." keeps its mentions; the places of a real credit line
    ("(Reporting by … in Almaty; Editing by …)") are where the reporters were, no mentions."""
    text = (
        "Talks\n\nCompiled by Astana officials, the report says Moscow and Beijing criticized Tashkent.\n\n"
        "(Reporting by Olzhas Auyezov in Almaty; Additional reporting by Mariya Gordeyeva; Editing by Alex Richardson)\n"
    )
    m = kzlib.load(texts={"r": text}).mentions
    assert m.surface.tolist() == ["Astana", "Moscow", "Beijing", "Tashkent"]
    assert CREDIT_LINE.fullmatch("(Reporting by A in Tashkent and B in Almaty; Editing by C)")
    assert not CREDIT_LINE.fullmatch("(Reporting by A in Tashkent")
    assert not CREDIT_LINE.fullmatch("Compiled by Astana Officials. The Report Says Moscow Criticized Tashkent.")


@pytest.mark.parametrize("label", ["FACT SHEET", "READOUT", "JOINT STATEMENT"])
def test_a_document_kind_label_before_the_title_is_no_speaker(label):
    """The label of "FACT SHEET: ..." is all capitals before a colon, as a transcript's "SECRETARY BLINKEN:" is, but a
    document kind's (``genre`` rows of boilerplate.csv): the line is the title, not a speaker's turn."""
    title = f"{label}: U.S.-Kazakhstan Economic Partnership"
    text = f"{title}\n\nOffice of the Spokesperson\nMarch 3, 2023\n\nThe United States and Kazakhstan have deepened ties.\n"
    c = load_as_is(text)
    assert c.documents.title[0] == title and c.documents.date[0] == "2023-03-03"
    assert title not in c.paragraphs.text.tolist()
    assert_lossless(c, "t")
    # a speaker's label before words in ordinary case is still a turn, not a title
    c = load_as_is("SECRETARY BLINKEN: Thank you all for coming today.\n\nKazakhstan signed the treaty.\n")
    assert c.documents.title[0] == "t" and len(c.paragraphs) == 2


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_title_that_ends_with_its_date_gives_the_documents_date(dash):
    """A briefing's title "Department Press Briefing – January 6, 2022" is the title, and its date the document's:
    "this morning" is that day. The speaker's line and the place line under it are body text, no heading."""
    title = f"Department Press Briefing {dash} January 6, 2022"
    text = (
        f"{title}\n\nNed Price, Department Spokesperson\n\nWashington, D.C.\n\n"
        "MR PRICE: Secretary Blinken spoke with Foreign Minister Tileuberdi this morning.\n"
    )
    c = load_checked(text)
    doc = c.documents.iloc[0]
    assert doc.title == title and doc.date == "2022-01-06"
    assert text[doc.date_start : doc.date_end] == "January 6, 2022"
    assert c.sections.title.tolist() == [""] and len(c.paragraphs) == 3
    assert c.actions.date_value.tolist() == ["2022-01-06"]
    # a date inside a title, not after a dash at its end, is no document date
    c = load_checked("The January 6, 2022 Briefing on Kazakhstan\n\nMR PRICE: We spoke this morning.\n")
    assert c.documents.date.isna().all()
    # only the title: a line so shaped further down stays body text with its dates (the reviewer's cases), and a
    # month after the title's dash may be its subject's, no date of writing
    c = load_checked(
        "Kazakhstan timeline\n\nKazakhstan joins the United Nations – March 2, 1992\n\n"
        "Kazakhstan joins the World Trade Organization – July 27, 2015\n"
    )
    assert c.sections.title.tolist() == [""] and c.actions.lemma.tolist() == ["join", "join"]
    assert c.timexes.value.tolist() == ["1992-03-02", "2015-07-27"]
    c = load_checked("The Tragedy of Almaty – January 2022\n\nBy John Smith\n\nTwo years later, Almaty mourns.\n")
    assert c.documents.date.isna().all() and "2024" in c.timexes.value.tolist()


@pytest.mark.parametrize("chamber", ["IN THE SENATE OF THE UNITED STATES", "IN THE HOUSE OF REPRESENTATIVES"])
def test_a_resolutions_chamber_line_leaves_its_date_line_the_documents_date(chamber):
    """The GPO prints a bill or resolution with its chamber line above the date it was introduced: the chamber line
    is furniture (boilerplate.csv), so the date line under it is the document's date."""
    text = (
        "117th CONGRESS\n2d Session\nS. RES. 512\n\nExpressing support for the people of Kazakhstan.\n\n"
        f"{chamber}\n\nFebruary 15, 2022\n\nMr. Risch submitted the following resolution.\n\n"
        "Whereas protests erupted across Kazakhstan last month: Now, therefore, be it\n"
    )
    c = load_checked(text)
    doc = c.documents.iloc[0]
    assert doc.date == "2022-02-15" and text[doc.date_start : doc.date_end] == "February 15, 2022"
    assert c.unassigned.text.tolist() == [chamber]


def test_a_place_line_with_an_accented_capital_is_no_heading():
    """ "Élysée Palace, Paris" under a press conference's title is its place line, body text, no heading (a capital
    with an accent, or in Cyrillic, opens a name as A to Z do)."""
    for place in ("Élysée Palace, Paris", "Ak Orda, Astana", "Алматы, Казахстан"):
        text = f"Remarks by the Presidents in a Joint Press Conference\n\n{place}\n\nNovember 29, 2022\n\nQ: Thanks.\n"
        c = load_checked(text)
        assert c.sections.title.tolist() == [""], place
        assert c.documents.date[0] == "2022-11-29"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_meeting_records_head_gives_its_date_with_the_time(sep):
    """A UN meeting record opens "United Nations Security Council / 9269th meeting / Friday, 24 February 2023,
    10 a.m. / New York", its lines in one block or apart: the date line with its time of day is the document's
    date. A year alone on a line of that block is none."""
    head = sep.join(
        ["United Nations Security Council", "9269th meeting", "Friday, 24 February 2023, 10 a.m.", "New York"]
    )
    text = head + "\n\nThe situation in Ukraine\n\nMr. Umarov (Kazakhstan): We supported the resolution.\n"
    doc = load_checked(text).documents.iloc[0]
    assert doc.date == "2023-02-24" and text[doc.date_start : doc.date_end] == "Friday, 24 February 2023"
    c = load_checked("Council Notes\n2019\nMeeting\n\nThe Council met and agreed.\n")
    assert c.documents.date.isna().all()
    # a hard-wrapped sentence whose date ends a line is no head (the reviewer's case)
    c = load_checked("The treaty was signed on\n5 May 2022.\nIt entered into force later.\n\nMore text here.\n")
    assert c.documents.date.isna().all()
