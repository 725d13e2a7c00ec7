"""Defects a user trial found on a joint statement of two states the library was not built on (stop 13): each
fixed by a general rule and tested on a small text written here, never on the chapter or the test split."""

import pytest

import kzlib

from conftest import assert_lossless


def load(text):
    return kzlib.load(texts={"t": text})


@pytest.mark.parametrize("furniture", ["Office of the Spokesperson", "MEDIA NOTE", "Press Statement"])
@pytest.mark.parametrize("above", [False, True])
def test_state_department_furniture_leaves_the_title_and_the_date_line(furniture, above):
    """A release's office or kind line ("Office of the Spokesperson", "Media Note", rows of boilerplate.csv) is
    furniture, not a heading: the date line under it stays the document's date, and a year-less date takes it."""
    title = "Readout of the Ministers' Meeting"
    top = f"{furniture}\n\n{title}\n" if above else f"{title}\n\n{furniture}\n"
    text = top + "March 14, 2024\n\nThey will meet again in 2025. They signed a protocol on March 13.\n"
    c = load(text)
    doc = c.documents.iloc[0]
    assert doc.title == title
    assert doc.date == "2024-03-14" and text[doc.date_start : doc.date_end] == "March 14, 2024"
    assert c.sections.title.tolist() == [""]
    assert c.unassigned.text.tolist() == [furniture]
    assert c.unassigned.reason.tolist() == ["press-release boilerplate"]
    assert dict(zip(c.timexes.surface, c.timexes.value))["March 13"] == "2024-03-13"
    assert not (c.events.label == "").any() and "March 14, 2024" not in c.events.text.tolist()
    assert_lossless(c, "t")


def _values(c):
    return [tuple(r) for r in c.timexes[["surface", "value", "anchor"]].values]


def test_a_past_year_less_date_takes_its_year_from_no_plan():
    """A date without a year in a past clause takes the year of the latest date before it that is no plan: "They
    will meet again in 2025" does not date "signed ... on March 13" (was 2025-03-13); a year-less date in a clause
    about what is to come still counts from the plan, and with no past date before it the year stays unknown."""
    met = "Readout\n\nThe ministers met on 12 March 2024. They will meet again in 2025. "
    assert _values(load(met + "They signed a protocol on March 13.\n"))[-1] == ("March 13", "2024-03-13", "2024-03-12")
    assert _values(load(met + "They will sign the protocol on March 13.\n"))[-1] == ("March 13", "2025-03-13", "2025")
    assert _values(load("Readout\n\nThey will meet again in 2025. They signed it on March 13.\n"))[-1] == (
        "March 13",
        "XXXX-03-13",
        "",
    )


@pytest.mark.parametrize(
    "text, now",
    [
        (
            "The ministers met in February 2024. Chile pledged to submit the agreement in the second half of 2024.",
            "2024-02",
        ),
        ("The ministers met in February 2024. They agreed to meet in Kochi in May 2024.", "2024-02"),
        ("The ministers met in February 2024. Both sides committed to conclude it in 2025.", "2024-02"),
        ("In 2019 Chile pledged to cut emissions. The ministers met in 2018.", "2019"),  # the pledge's own date
    ],
)
def test_an_intended_act_s_date_is_no_time_of_writing(text, now):
    """A date after an intention cue of future_cues.csv in its sentence ("pledged to", "agreed to", "committed
    to") dates the act still to come, not the text: it is not the time of writing (the QDPX date variable was the
    pledge's 2024-H2)."""
    c = load("Readout\n\n" + text + "\n")
    assert kzlib.chronology.time_of_writing(c.docs["t"]) == now


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It awaits ratification by the Chilean Congress.", []),
        ("It awaits ratification by Chile's Congress.", []),
        ("The Norwegian Defense Department met the New Zealand Department of Energy.", []),
        (
            "It awaits ratification by the American Congress.",
            [("united_states", "American"), ("us_congress", "Congress")],
        ),
        ("It awaits ratification by Congress.", [("us_congress", "Congress")]),
        ("Kazakhstan asked Congress to act.", [("kazakhstan", "Kazakhstan"), ("us_congress", "Congress")]),
        ("The Kazakh Energy Department wrote.", [("kazakhstan", "Kazakh")]),  # the Kazakh ministry, not DOE
    ],
)
def test_another_states_adjective_before_a_body_s_alias_blocks_it(text, expected):
    """A state body's bare alias ("Congress", "Defense Department") after the name or adjective of another place
    (rules/demonyms.csv, or the codebook's) is that place's body, not the codebook's U.S. one; its own state's
    adjective ("the American Congress") keeps the match."""
    c = load(text)
    assert [tuple(r) for r in c.mentions[["actor_id", "surface"]].values] == expected
