"""Paragraphs (kzlib.structure): list items, signatory lines and speaker turns as units, paragraphs glued across
page ends only where a sentence goes on, markdown markup out of the reading text, each rule on a small text written
for it."""

from __future__ import annotations

from conftest import load_as_user, load_checked


def test_bullet_and_numbered_items_are_units():
    text = (
        "Report Title\n\nThe plan has three parts:\n- trade and transit\n- water and energy\n"
        "- security\n\nThe steps are:\n1. Sign the treaty.\n2. Ratify it\n   in parliament.\n3. Apply it.\n\n"
        "• one item\n• another item\n"
    )
    c = load_checked(text)
    assert c.paragraphs.text.tolist() == [  # each item a unit; its marker is markup, left out of the reading text
        "The plan has three parts:",
        "trade and transit",
        "water and energy",
        "security",
        "The steps are:",
        "Sign the treaty.",
        "Ratify it in parliament.",
        "Apply it.",
        "one item",
        "another item",
    ]
    assert [text[s:e] for s, e in zip(c.paragraphs.start, c.paragraphs.end)][1] == "- trade and transit"


def test_each_entry_of_a_timeline_is_a_unit():
    """A line that opens with a date or a year and a dash or colon is a timeline's entry, a paragraph of its own; a
    wrapped entry's next line, and a line that only opens with a range of years, go on in the entry."""
    text = (
        "A Timeline\n\nThe main steps:\n\nDecember 25, 1991 – The United States recognizes Kazakhstan.\n"
        "1993 – The two governments sign an agreement\non nonproliferation.\nApril 1995: Kazakhstan removes the "
        "last warhead.\n2015-2016 - Kazakhstan sits on the board.\n"
        "Trade grew between\n1993 – 1995 and fell after.\n"
    )
    c = load_checked(text)
    assert c.paragraphs.text.tolist() == [
        "The main steps:",
        "December 25, 1991 – The United States recognizes Kazakhstan.",
        "1993 – The two governments sign an agreement on nonproliferation.",
        "April 1995: Kazakhstan removes the last warhead.",
        "2015-2016 - Kazakhstan sits on the board. Trade grew between 1993 – 1995 and fell after.",
    ]
    wrapped = "Talks\n\nTokayev met Putin in Moscow on\nMay 5, 2019: The two presidents signed a treaty there.\n"
    c = load_checked(wrapped)  # a line broken mid-sentence goes on, whatever opens the next: no heading, one paragraph
    assert c.sections.title.tolist() == [""] and len(c.paragraphs) == 1


def reading_maps_to_source(c, doc_id="t"):
    """Every character of every paragraph's reading text sits at its source offset (spaces stand for breaks)."""
    src = c.source(doc_id)
    for p in c.docs[doc_id].paragraphs:
        assert len(p.offsets) == len(p.text)
        for ch, pos in zip(p.text, p.offsets):
            assert ch == src[pos] or (ch == " " and (pos == len(src) or src[pos].isspace() or src[pos] == ">")), (
                ch,
                pos,
            )


def test_markdown_list_quote_and_link_markup_is_not_reading_text():
    text = (
        "Notes on the Talks\n\nThe agenda had three parts:\n\n"
        "- Energy *security* for [Kazakhstan](https://example.org/kz_2019) and its neighbours\n"
        '* Trade with ![a flag](img/flag.png "Flag") Uzbekistan\n'
        "1. Visits by Tokayev in 2019\n"
        "2) Talks with [the State Department](https://www.state.gov/a_(b)) in March 2020\n\n"
        "> Russia and China watched the talks closely.\n> > The European Union did too.\n\n"
        "A closing paragraph with a [link](http://example.org/2018) and 3 - 2 = 1 > 0 kept.\n"
    )
    c = load_checked(text)
    assert c.paragraphs.text.tolist() == [
        "The agenda had three parts:",
        "Energy security for Kazakhstan and its neighbours",
        "Trade with a flag Uzbekistan",
        "Visits by Tokayev in 2019",  # a numbered item after a bullet, not a numbered heading
        "Talks with the State Department in March 2020",
        "Russia and China watched the talks closely. The European Union did too.",
        "A closing paragraph with a link and 3 - 2 = 1 > 0 kept.",
    ]
    assert c.sections.title.tolist() == [""]
    reading_maps_to_source(c)
    m = c.mentions
    assert set(m.actor_id) >= {"kazakhstan", "uzbekistan", "us_state_department", "russia", "china", "eu"}
    assert (m.surface == [text[s:e] for s, e in zip(m.start, m.end)]).all()
    assert c.timexes.value.tolist() == ["2019", "2020-03"]  # no date from the link's address (2018)
    # the reading of any source span still leaves the markup out
    i = text.index("[the State")
    assert c.reading("t", i, text.index(" in March")) == "the State Department"


def test_a_lower_case_paragraph_is_glued_only_where_the_paragraph_before_stops_mid_sentence():
    c = load_checked(
        "Apple Results\n\nApple reported its results for the quarter on Monday.\n\niPhone sales rose by a tenth.\n\n"
        "eBay said its own sales fell.\n\nThe company said that the rise in sales of its\n\n"
        "iPhone models came from Asia, and that the chief exe-\n\ncutive would speak.\n"
    )
    assert c.paragraphs.text.tolist() == [
        "Apple reported its results for the quarter on Monday.",
        "iPhone sales rose by a tenth.",
        "eBay said its own sales fell.",
        "The company said that the rise in sales of its iPhone models came from Asia, and that the chief exe- "
        "cutive would speak.",
    ]
    assert c.paragraphs.segments.str.split().str.len().tolist() == [1, 1, 1, 3]


def test_what_is_not_a_speakers_turn():
    c = load_checked(
        "Report Title\n\nPART ONE: THE BACKGROUND\n\nThe talks began long ago and went on for many years.\n\n"
        "The treaty was signed by the\nEU: it was the first such step.\n"
    )
    assert c.sections.title.tolist() == ["PART ONE: THE BACKGROUND"]
    assert c.paragraphs.text.tolist()[-1] == "The treaty was signed by the EU: it was the first such step."


def test_a_colon_at_a_page_end_goes_on_in_lower_case():
    c = load_checked(
        "Report Title\n\nThe three pillars of the plan, the minister said, are:\n\ntrade, energy and security.\n"
    )
    assert c.paragraphs.text.tolist() == [
        "The three pillars of the plan, the minister said, are: trade, energy and security."
    ]


def test_each_signatory_line_is_a_paragraph_of_its_own():
    c = load_as_user(
        "Joint Statement\n\nThe two sides agreed.\n\n"
        "For the Republic of Kazakhstan: Kassym-Jomart Tokayev, President\nFor Japan: Ishiba Shigeru, Prime Minister\n"
    )
    assert c.paragraphs.text.tolist()[-2:] == [
        "For the Republic of Kazakhstan: Kassym-Jomart Tokayev, President",
        "For Japan: Ishiba Shigeru, Prime Minister",
    ]
    # a lead line and the signatory's name under it stay one paragraph per party; a line broken mid-sentence goes on
    c = load_as_user(
        "Title\n\nThe sides agreed.\nFor the Government of Japan:\nIshiba Shigeru\nFor Kazakhstan:\nTokayev\n"
    )
    assert c.paragraphs.text.tolist() == [
        "The sides agreed.",
        "For the Government of Japan: Ishiba Shigeru",
        "For Kazakhstan: Tokayev",
    ]
    c = load_as_user("Title\n\nThe talks went on, and\nFor Kazakhstan: the stakes are high.\n")
    assert len(c.paragraphs) == 1
