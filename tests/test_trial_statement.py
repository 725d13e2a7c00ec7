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
