"""Notes (kzlib.structure): footnotes and endnotes, their marks and reference blocks, notes one per line, links and
dates inside notes (a note's dates are publication dates, not events), each rule on a small text written for it."""

import kzlib

from conftest import load_checked


def test_bracket_endnotes_and_their_dates_are_not_events():
    c = load_checked(
        "Report Title\n\nThe treaty was signed in 2019.[1] Trade grew in 2020.[2]\n\nNotes\n\n"
        "[1] Ministry of Trade, Annual Report, March 2021.\n[2] World Bank, Trade Data, 2022.\n"
    )
    fn = c.footnotes
    assert fn.number.tolist() == [1, 2] and fn.para_id.tolist() == ["P001", "P001"]
    assert c.paragraphs.text.tolist() == ["The treaty was signed in 2019. Trade grew in 2020."]
    body = c.timexes[c.timexes.role == "text"]
    assert body.value.tolist() == ["2019", "2020"]
    assert set(c.events.date_value) == {"2019", "2020"}


def test_numbered_heading_is_not_a_footnote():
    c = load_checked(
        "Report Title\n\nThe claim is made here.2\n\n2. Energy Cooperation\n\nText about energy.\n\n"
        "2 Source of the claim, 2019.\n"
    )
    assert c.sections.title.tolist() == ["", "2. Energy Cooperation"]
    assert c.footnotes.number.tolist() == [2] and c.footnotes.text.tolist() == ["Source of the claim, 2019."]


def test_reference_after_a_year():
    c = load_checked("Report Title\n\nThe office has worked there since 1993.3 It grew.\n\n3 Office history, 2001.\n")
    assert c.footnotes.number.tolist() == [3] and c.footnotes.para_id.tolist() == ["P001"]
    assert c.paragraphs.text[0] == "The office has worked there since 1993. It grew."
    assert c.timexes[c.timexes.role == "text"].value.tolist() == ["1993"]


def test_notes_one_per_line_stay_separate():
    c = load_checked(
        "Report Title\n\nFirst claim.1 Second claim.2 Third claim.3\n\n"
        "1 First source, 2001.\n2 Second source, 2002.\n3 Third source, 2003.\n"
    )
    assert c.footnotes.number.tolist() == [1, 2, 3]
    assert c.footnotes.text.tolist() == ["First source, 2001.", "Second source, 2002.", "Third source, 2003."]


def test_a_references_block_is_not_a_paragraph():
    c = load_checked(
        "Report Title\n\nBody text of the report.\n\nReferences\n\nSmith, J. (2019). Water in Central Asia. "
        "Almaty: Press.\nJones, K. (2020). Rivers. London: Books.\n"
    )
    assert c.paragraphs.text.tolist() == ["Body text of the report."]
    assert len(c.footnotes) == 2 and c.footnotes.number.isna().all()  # one note per entry


def test_an_unnumbered_reference_list_is_one_note_per_entry():
    """A reference list's entries, one per line, are notes of their own; a wrapped line of an entry (after no
    sentence end, or opening with no name and a comma or full stop: "Lanham: Lexington Books, 2018.") stays in it."""
    c = load_checked(
        "A Study\n\nKazakhstan joined the union in 2015.\n\nReferences\n\n"
        "Cooley, A. 2012. Great Games, Local Rules. Oxford:\nOxford University Press, 2012.\n"
        "Laruelle, M. 2018. Kazakhstan in the Making.\nLanham: Lexington Books, 2018.\n"
        "World Bank. 2020. Kazakhstan Economic Update.\nSmith, J. (2019). Water.\n"
    )
    assert c.footnotes.text.tolist() == [
        "Cooley, A. 2012. Great Games, Local Rules. Oxford: Oxford University Press, 2012.",
        "Laruelle, M. 2018. Kazakhstan in the Making. Lanham: Lexington Books, 2018.",
        "World Bank. 2020. Kazakhstan Economic Update.",
        "Smith, J. (2019). Water.",
    ]


def test_a_markdown_link_in_a_note_keeps_its_address():
    c = load_checked(
        "Energy Notes\n\nKazakhstan signed the deal in 2019.[1] The minister spoke later.[2]\n\nNotes\n\n"
        "[1] [Report on energy](https://example.org/report_2019), *Energy Review*, 2019.\n"
        "[2] See https://example.org/plain for the plain note.\n"
    )
    f = c.footnotes
    assert f.text.tolist() == [
        "Report on energy, Energy Review, 2019.",
        "See https://example.org/plain for the plain note.",
    ]
    assert f.url.tolist() == ["https://example.org/report_2019", "https://example.org/plain"]


NOTED = (
    'Water and Power\n\nThe strategy promised support for "resilience and regional cooperation."1 At the meeting '
    'in Bishkek, Kazakhstan welcomed it. The ministers called it "a new start".2 Nothing followed.\n\n'
    "Notes\n\n1 European Council, The EU and Central Asia, 2019.\n\n2 Ministry of Foreign Affairs, Statement, 2020.\n"
)


def test_a_note_mark_after_a_closing_quote():
    """'cooperation."1' and 'start".2': the mark glued to a closing quote and a sentence mark, in either order, is a
    note reference: the note belongs to its paragraph and the sentence ends before the next one."""
    c = kzlib.load(texts={"noted": NOTED})
    assert c.footnotes.para_id.tolist() == ["P001", "P001"]
    assert (
        c.sentences[c.sentences.para_id == "P001"]
        .text.str.startswith(("The strategy", "At the", "The min", "Nothing"))
        .all()
    )
    assert len(c.sentences[c.sentences.para_id == "P001"]) == 4


def test_a_period_a_note_names_is_no_publication_date():
    """A note's "Strategy for Tajikistan 2018–2021 (London: Bank, 2018)": 2018 is when the work appeared
    (``publication``), the range is the period its title names (``note``), neither an event."""
    text = (
        "Lending\n\nThe bank set out its plans for Tajikistan.1\n\nNotes\n\n"
        "1 Development Bank, Strategy for Tajikistan 2018–2021 (London: Development Bank, 2018), 4.\n"
    )
    c = kzlib.load(texts={"n": text})
    roles = c.timexes.set_index("surface").role
    assert (roles["2018–2021"], roles["2018"]) == ("note", "publication")
    assert c.events.empty
