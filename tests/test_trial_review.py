"""Rules from a user trial (stop 11): each on a small text written here, not on the chapter or the test split."""

import pytest

import kzlib

from conftest import SHIPPED

SPEECH = """Press Conference by Secretary Blinken in Astana

Astana, Kazakhstan

February 28, 2023

SECRETARY BLINKEN: Good afternoon. Yesterday I met President Tokayev in the capital.

Q: Mr. Secretary, what comes next?

SECRETARY BLINKEN: The day before yesterday we spoke with Russia. Tomorrow I fly home. President Biden hopes to \
meet the leaders in New York in September. We met them in September, too. The United States will open an office \
on 12 March.

THE PRESIDENT: Thank you all.
"""


@pytest.fixture(scope="module")
def speech():
    return kzlib.load(texts={"speech": SPEECH}, codebook=SHIPPED)


def _values(corpus):
    t = corpus.timexes
    return list(zip(t.surface, t.value))


def test_yesterday_and_tomorrow_count_from_the_date_line(speech):
    values = _values(speech)
    assert ("Yesterday", "2023-02-27") in values
    assert ("The day before yesterday", "2023-02-26") in values
    assert ("Tomorrow", "2023-03-01") in values


def test_a_bare_month_in_a_clause_about_the_future_is_ahead(speech):
    months = [v for s, v in _values(speech) if s == "September"]
    assert months == ["2023-09", "2022-09"]  # "hopes to meet ... in September"; "We met them in September"
    assert ("12 March", "2023-03-12") in _values(speech)  # "will open an office on 12 March"


def test_yesterday_without_a_time_of_writing_stays_unresolved():
    c = kzlib.load(texts={"t": "A Note\n\nYesterday the ministers met. They agreed on trade.\n"}, codebook=SHIPPED)
    t = c.timexes
    assert list(t.surface) == ["Yesterday"] and t.value.iloc[0] in ("", "PAST_REF")


def test_a_speaker_label_names_the_speaker(speech):
    m = speech.mentions
    label = m[m.form == "speaker"]
    assert list(label.actor_id) == ["blinken", "blinken"]
    assert list(label.surface) == ["BLINKEN", "BLINKEN"]
    assert "SECRETARY" not in set(speech.candidates.surface) and "SECRETARY BLINKEN" not in set(
        speech.candidates.surface
    )
    # a title alone names nobody here
    assert not any(s.isupper() and "PRESIDENT" in s for s in m.surface)


def test_a_place_line_is_one_mention_of_the_form_place(speech):
    m = speech.mentions
    first = m[m.para_id == "P001"]
    assert list(zip(first.actor_id, first.surface, first.form)) == [("kazakhstan", "Kazakhstan", "place")]
    # the same words in a sentence are ordinary mentions
    c = kzlib.load(texts={"t": "A Note\n\nThe talks moved from Astana, Kazakhstan to Moscow.\n"}, codebook=SHIPPED)
    assert set(c.mentions.form) <= {"metonym", "name"} and len(c.mentions) == 3


NOTES = """# Kazakhstan's Neighbours

In 2014, China and Kazakhstan agreed to cooperate.[1] Russia annexed Crimea in March 2014. In 2018 the \
presidents met again. As of today the talks go on.

## Notes

[1] Xinhua, "China, Kazakhstan sign deals", 12 June 2019.
"""


def test_without_a_date_line_the_time_of_writing_is_the_latest_date_given():
    c = kzlib.load(texts={"notes": NOTES}, codebook=SHIPPED)
    t = c.timexes
    today = t[t.surface.str.endswith("today")]
    assert list(today.value) == ["2019"]  # the note's year is later than any body date; its day is not kept
    c = kzlib.load(texts={"notes": NOTES.replace(", 12 June 2019", "")}, codebook=SHIPPED)
    t = c.timexes
    assert list(t[t.surface.str.endswith("today")].value) == ["2018"]  # 2018, not the finer but earlier March 2014
    from kzlib.chronology import time_of_writing

    assert time_of_writing(c.docs["notes"]) == "2018"


def test_timex3_mod_is_one_valid_value():
    c = kzlib.load(
        texts={
            "t": "A Note\n\nBy the mid-2010s trade had grown. From late 2016 onward it fell. In late 2018 it rose.\n"
        },
        codebook=SHIPPED,
    )
    t = c.timexes.set_index("surface")
    assert t.loc["By the mid-2010s", "mod"] == "MID+ON_OR_BEFORE"
    assert t.loc["By the mid-2010s", "timex3_mod"] == "ON_OR_BEFORE"
    assert t.loc["From late 2016 onward", "timex3_mod"] == "ON_OR_AFTER"
    assert t.loc["late 2018", "timex3_mod"] == "END"
    valid = {"", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "START", "MID", "END"}
    assert set(c.timexes.timex3_mod) <= valid | {"APPROX", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}


def test_the_time_of_writing_leaves_out_targets():
    from kzlib.chronology import time_of_writing

    c = kzlib.load(
        texts={"t": "A Note\n\nThe states met in May 2019. They will double trade by 2030.\n"}, codebook=SHIPPED
    )
    assert time_of_writing(c.docs["t"]) == "2019-05"


def test_the_time_of_writing_reuses_the_dates_the_timexes_found(monkeypatch):
    """Once a document's timexes are found, its time of writing (asked by the qdpx export for every document) is not
    worked out by finding its dates again; a document whose timexes were not found gets the same value."""
    from kzlib import chronology, timex

    text = "A Note\n\nThe states met in May 2019. They will double trade by 2030.\n"
    c = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    c.timexes  # noqa: B018
    calls = []
    real = timex.find
    monkeypatch.setattr(timex, "find", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert chronology.time_of_writing(c.docs["t"]) == "2019-05" and not calls
    assert chronology.time_of_writing(kzlib.load(texts={"t": text}, codebook=SHIPPED).docs["t"]) == "2019-05" and calls
