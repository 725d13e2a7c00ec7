"""The time of writing of a document: date lines, datelines, place-and-date lines, foot lines of signing, or the
latest date the text gives; deadlines, intended acts and targets are never it, each rule on a small text written for
it."""

from __future__ import annotations

import pytest

import kzlib
from kzlib import chronology

from conftest import DATELINE, SHIPPED, load_as_is, load_as_user, load_checked


def test_a_weekday_under_a_dateline_without_a_year():
    """A dateline without a year ("ASTANA, March 3 (Reuters) –") takes the year the text's latest date gives (the
    first March 3 on or after it), so "on Monday" is the Monday before it and dates the signing."""
    text = (
        "Kazakhstan signs deal\n\nASTANA, March 3 (Reuters) – Kazakhstan signed an agreement with China on Monday, "
        "officials said. Trade between the two reached a record in 2023.\n"
    )
    c = kzlib.load(texts={"wire": text}, codebook=SHIPPED)
    assert c.timexes.set_index("surface").value["Monday"] == "2023-02-27"  # 3 March 2023 was a Friday
    signed = c.actions[c.actions.lemma == "sign"]
    assert signed.date_value.tolist() == ["2023-02-27"]
    assert "2023-02-27" in c.events.date_value.tolist()
    bare = text.replace(" Trade between the two reached a record in 2023.", "")
    assert (
        kzlib.load(texts={"w": bare}, codebook=SHIPPED).timexes.set_index("surface").value["Monday"] == "XXXX-WXX-1"
    )  # no year


def test_date_line_is_the_reference_time():
    text = (
        "Readout of the Ministers' Meeting\nNovember 16, 2022\n\nThe ministers met today in Astana. They had "
        "spoken on Wednesday and again on 7 January. Trade will double by 2030.\n"
    )
    c = load_checked(text)
    doc = c.documents.iloc[0]
    assert doc.title == "Readout of the Ministers' Meeting"
    assert doc.date == "2022-11-16" and text[doc.date_start : doc.date_end] == "November 16, 2022"
    t = c.timexes.set_index("surface")
    assert t.loc["today", "value"] == "2022-11-16" and t.loc["today", "anchor"] == "2022-11-16"
    assert t.loc["Wednesday", "value"] == "2022-11-16"  # 16 November 2022 was a Wednesday
    assert t.loc["7 January", "value"] == "2022-01-07"
    assert "2022-01-07" in set(c.events.date_value)


def test_dateline_is_the_reference_time():
    text = "Oil Exports Rise\n\nALMATY, March 5, 2021 (Reuters) – Kazakhstan said on Monday that exports rose.\n"
    c = load_checked(text)
    assert c.documents.date[0] == "2021-03-05"
    assert c.timexes.set_index("surface").loc["Monday", "value"] == "2021-03-01"


def test_today_is_not_a_future_target_year():
    c = load_checked(
        "Report Title\n\nIn March 2019 the two states met. The ministers will double trade by 2030. "
        "Today the talks continue.\n"
    )
    assert c.documents.date.isna().all()
    assert c.timexes.set_index("surface").loc["Today", "value"] == "2019-03"


def test_a_german_date_line_and_a_paragraph_opening_with_an_ordinal_day():
    text = (
        "Bericht der Ministerin\n3. März 2022\n\nDie Ministerin sprach in Berlin über den Vertrag.\n\n"
        "14. Oktober 2021 war ein wichtiger Tag für die Verhandlungen.\n"
    )
    c = load_checked(text)
    doc = c.documents.iloc[0]
    assert doc.title == "Bericht der Ministerin" and doc.date == "2022-03-03"
    assert text[doc.date_start : doc.date_end] == "3. März 2022"
    # a day's number is no list marker: it stays in the reading text
    assert c.paragraphs.text.tolist()[-1] == "14. Oktober 2021 war ein wichtiger Tag für die Verhandlungen."
    assert c.timexes.value.tolist() == ["2022-03-03", "2021-10-14"]


def test_a_foot_line_of_signing_dates_the_document_and_is_no_event():
    # decided: "Done in Tokyo on 19 December 2024" gives the day the statement was signed: the document's own date
    # (when no date line stands at the top), no event of its own, and its place and languages name no actor
    foot = "Done in Tokyo on 19 December 2024, in the Kazakh, Japanese and English languages.\n\nFor Japan: Ishiba Shigeru, Prime Minister\n"
    body = "Joint Statement of Kazakhstan and Japan\n\nJapan and Kazakhstan signed an agreement on 18 December.\n\n"
    for text in (body + foot, body.replace("\n\n", "\n\nTokyo, 19 December 2024\n\n", 1) + foot):
        c = load_as_user(text)
        assert c.documents.date.tolist() == ["2024-12-19"]
        assert c.events[["kind", "date_value"]].values.tolist() == [["action", "2024-12-18"]]
        foot_para = c.paragraphs[c.paragraphs.text.str.startswith("Done in")].para_id.iloc[0]
        assert c.mentions[c.mentions.para_id == foot_para].empty
    # a sentence that opens like one is no foot line
    c = load_as_user(
        "Title Here\n\nSigned in Tashkent on 5 May 2023, the deal will double gas supplies to Uzbekistan.\n"
    )
    assert not isinstance(c.documents.date[0], str)
    assert (c.mentions.actor_id == "uzbekistan").any()


def test_a_foot_line_of_signing_in_the_middle_of_a_text_dates_it():
    # one definition of the foot line for the document's date, the mentions and the events: a "Done in X on D"
    # line followed by an annex is the day of signing wherever it stands
    import kzlib

    text = (
        "Joint Statement of Kazakhstan and Japan\n\nJapan and Kazakhstan signed an agreement on 18 December.\n\n"
        "Done in Tokyo on 19 December 2024, in the Kazakh, Japanese and English languages.\n\n"
        "Annex\n\nThe two sides will hold talks on trade.\n\nThe sides will meet again soon.\n\n"
        "Japan will send experts.\n\nKazakhstan will host them.\n"
    )
    c = kzlib.load(texts={"s": text})
    assert c.documents.date.tolist() == ["2024-12-19"]
    assert c.events[["kind", "date_value"]].values.tolist() == [["action", "2024-12-18"]]
    foot = c.paragraphs[c.paragraphs.text.str.startswith("Done in")].para_id.iloc[0]
    assert c.mentions[c.mentions.para_id == foot].empty


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
    c = load_as_is("Readout\n\n" + text + "\n")
    assert kzlib.chronology.time_of_writing(c.docs["t"]) == now


def test_a_numeric_date_line_is_the_documents_date():
    """A line holding only a numeric date under the title is the document's date line (it ran into the title)."""
    for line, value in (("13.03.2024", "2024-03-13"), ("11/03/2024", "2024")):
        c = load_as_is(f"Readout of the Meeting\n{line}\n\nThey met today.\n")
        assert c.documents.title.tolist() == ["Readout of the Meeting"]
        assert c.documents.date.tolist() == [value]


def test_a_range_of_days_counts_for_the_time_of_writing():
    """ "met on 12–13 March 2024" is a date the text gives: without a date line the text was written on or after
    its last day (the statement without its date line said 2024-02, from an earlier sentence)."""
    c = load_as_is(
        "Talks\n\nThe sanctions came in February 2024. They met on 12–13 March 2024 in Oslo. Today they agreed.\n"
    )
    assert kzlib.chronology.time_of_writing(c.docs["t"]) == "2024-03-13"
    assert dict(zip(c.timexes.surface, c.timexes.value))["Today"] == "2024-03-13"


WINTER = "Talks\n\nKazakhstan and Russia met in the winter of 2022. They met again in the spring of 2023.\n"


def test_a_winter_date_does_not_stop_the_load():
    """ "in the winter of 2022" in a text with no date line: the time of writing is found among the text's dates
    (where "WI" was read as week "I"), and the season keeps its value."""
    t = kzlib.load(texts={"w": WINTER}).timexes.set_index("surface").value
    assert t["the winter of 2022"] == "2022-WI"


def _writing(text: str) -> str:
    c = kzlib.load(texts={"w": text})
    return chronology.time_of_writing(c.docs["w"])


def test_a_deadline_in_an_infinitive_is_no_time_of_writing():
    """ "agreed in January 2024 to raise trade … by 2030": the deadline belongs to the infinitive after the past
    verb (a target), so neither the time of writing nor a year-less dateline's year comes from it; a deadline of a
    clause told in the past ("increased to $5 billion by 2023", "By 2015 the war had drawn …") still counts."""
    news = (
        "TASHKENT, Oct 16 (Reuters) - Uzbekistan and Russia signed a gas deal on Wednesday.\n\n"
        "China and Uzbekistan agreed in January 2024 to raise bilateral trade to $20 billion by 2030.\n"
    )
    c = kzlib.load(texts={"n": news})
    t = c.timexes.set_index("surface").value
    assert (t["Oct 16"], t["Wednesday"], c.documents.date[0]) == ("2024-10-16", "2024-10-16", "2024-10-16")
    assert _writing("Talks\n\nThey met in 2023 and agreed in March 2024 to double trade by 2030.\n") == "2024-03"
    assert _writing("Talks\n\nIn 2019 they instructed their governments to draw up a plan by 2030.\n") == "2019"
    assert _writing("Talks\n\nThey met in 2019. Trade increased to $5 billion by 2023.\n") == "2023"
    assert _writing("Talks\n\nThey met in 2010. By 2015 the war had drawn in its neighbours.\n") == "2015"


def test_a_year_less_dateline_is_the_documents_date():
    """A dateline without a year is the first such day on or after the latest date the text gives, in
    ``documents.date`` and in its own timex (which no "will" of its sentence moves to the next year); with no year
    in the text it stays ``XXXX-10-16``."""
    c = kzlib.load(texts={"n": DATELINE})
    assert c.documents.date.tolist() == ["2024-10-16"]
    assert c.timexes.set_index("surface").value["Oct 16"] == "2024-10-16"
    bare = kzlib.load(texts={"n": "ASTANA, Oct 16 (Reuters) - Kazakhstan and Russia signed a deal.\n"})
    assert bare.documents.date.tolist() == ["XXXX-10-16"]


@pytest.mark.parametrize(
    "text",
    [
        "Joint Statement of Kazakhstan and Japan\n\nTokyo, 19 December 2024\n\nJapan and Kazakhstan met on 18 December.\n",
        "Tokyo, 19 December 2024\n\nJoint Statement of Kazakhstan and Japan\n\nJapan and Kazakhstan met on 18 December.\n",
        "Joint Statement\n\nTokyo, Japan, December 19, 2024\n\nJapan and Kazakhstan met on 18 December.\n",
    ],
)
def test_a_place_and_date_line_is_the_documents_date(text):
    """ "Tokyo, 19 December 2024" alone on a line under (or above) the title is the document's date line: its
    ``documents.date`` and time of writing, no event, and its capital is the place, no mention of Japan."""
    c = kzlib.load(texts={"j": text})
    assert c.documents.date.tolist() == ["2024-12-19"]
    assert c.documents.title[0].startswith("Joint Statement")
    assert c.events.date_value.tolist() == ["2024-12-18"]
    place = c.mentions[c.mentions.para_id == "P001"]
    assert "Tokyo" not in place.surface.tolist() and set(place.form) <= {"place"}
    assert (c.mentions.actor_id == "japan").sum() == 1 + ("Japan," in text)


def test_a_place_and_date_inside_a_sentence_is_no_date_line():
    """Only a line holding nothing but a place and a date is one: a sentence that opens so stays body text with
    its event."""
    c = kzlib.load(texts={"j": "Talks\n\nTokyo, 19 December 2024 was the day Japan and Kazakhstan met.\n"})
    assert c.documents.date.isna().all()
    assert c.events.date_value.tolist() == ["2024-12-19"]


def test_a_past_date_after_an_infinitive_is_no_deadline():
    """An infinitive in an earlier part of the sentence ("pledged to cut emissions, and by 2020 it had reduced them")
    does not make the date of a later part told in the past a deadline: 2020 is the reference time and "March"
    resolves in it; an infinitive in the date's own part ("agreed in January 2024 to raise trade … by 2030") still
    makes a deadline."""
    text = (
        "Talks\n\nKazakhstan signed a trade pact with China in 2015. Kazakhstan pledged to cut emissions, and by 2020 "
        "it had reduced them by a tenth. Kazakhstan will host talks in March.\n"
    )
    c = kzlib.load(texts={"w": text})
    assert c.timexes.set_index("surface").value["March"] == "2020-03"
    assert _writing("Talks\n\nThey met in 2023 and agreed in January 2024 to raise trade to $5 billion by 2030.\n") == (
        "2024-01"
    )


FACT_SHEET = (
    "U.S. Relations With Kazakhstan\n\nBilateral Relations Fact Sheet\nBureau of South and Central Asian Affairs\n"
    "March 3, 2023\n\nThe two states signed a treaty on 14 February 2023. Today they met again.\n"
)


def test_a_date_line_under_the_first_heading_is_the_documents_date():
    """A fact sheet's date line stands under its kind and office lines, which read as the first section's heading:
    first in that section, it is still the document's date and time of writing (no event); a date line later in the
    section, after a paragraph, or first in a later section, is not."""
    c = load_checked(FACT_SHEET)
    doc = c.documents.iloc[0]
    assert doc.date == "2023-03-03" and FACT_SHEET[doc.date_start : doc.date_end] == "March 3, 2023"
    assert c.timexes.set_index("surface").value["Today"] == "2023-03-03"
    assert "2023-03-03" not in c.events.date_value.tolist()
    later = FACT_SHEET.replace("March 3, 2023\n\n", "").replace("\n", "\n\nMarch 3, 2023\n", 1)
    after = FACT_SHEET.replace("March 3, 2023\n\n", "\nThey met.\n\nMarch 3, 2023\n\n")
    second = "Talks\n\nIntroduction\n\nThey met in 2019.\n\nBackground\n\nMarch 3, 2023\n\nThey met again.\n"
    for text in (after, second):
        assert load_checked(text).documents.date.isna().all(), text
    assert load_checked(later).documents.date.tolist() == ["2023-03-03"]  # under the title: the opening section


@pytest.mark.parametrize(
    "lead",
    [
        "Astana, 12 April 2024 – ",
        "Astana, Kazakhstan, April 12, 2024 – ",
        "Nur-Sultan, 12 April 2024 (Kazinform) - ",
    ],
)
def test_a_dateline_in_title_case_is_the_documents_date(lead):
    """A ministry's dateline in title case, "Astana, 12 April 2024 – …", is the document's date, as one in
    capitals is: no event of its own, and "today" is its day. A place and a date that a full stop, or words, follow
    are no dateline."""
    text = f"Talks\n\n{lead}Kazakhstan held talks today with the United States.\n"
    c = load_checked(text)
    doc = c.documents.iloc[0]
    assert doc.date == "2024-04-12" and text[doc.date_start : doc.date_end] in ("12 April 2024", "April 12, 2024")
    assert c.events.kind.tolist() == ["action"] and c.events.date_value.tolist() == ["2024-04-12"]
    for body in (
        "Astana, 12 April 2024. The talks went on.",
        "However, 2019 – the year of change.",
        "Kazakhstan, 1991 – Kazakhstan declares independence.",
        "Kazakhstan, Russia and China met on 12 April 2024 – a first.",
    ):
        assert load_checked(f"Talks\n\n{body}\n").documents.date.isna().all(), body


@pytest.mark.parametrize("line", ["Tuesday, 5 January 2021", "Published Tuesday, 5 January 2021"])
def test_a_weekday_before_the_date_is_no_dateline_place(line):
    assert load_checked(f"Talks\n\n{line}\n\nKazakhstan met Russia.\n").documents.date.tolist() == ["2021-01-05"]


def test_a_day_the_calendar_lacks_stops_nothing():
    """ "31 September 2030 … the next day", a date line "February 30, 2024" before "on Monday": the day keeps its
    value as written and nothing is counted from it (a traceback stopped the whole export)."""
    c = load_checked("Talks\n\nKazakhstan met China on 31 September 2030 and again the next day.\n")
    assert dict(zip(c.timexes.surface, c.timexes.value))["31 September 2030"] == "2030-09-31"
    c = load_checked("Readout\nFebruary 30, 2024\n\nThey met on Monday. Kazakhstan met China.\n")
    assert c.documents.date.tolist() == ["2024-02-30"]
