"""The stop-15 user trial's leftovers outside the actions grammar (/work/trial15/FINDINGS.md §12, 13, 15, 18), each
on a small text written for the test: planned dates, event labels of listed dates, timeline labels without their
date phrase."""

from __future__ import annotations

import kzlib
from kzlib import chronology, labels


def _load(text: str):
    return kzlib.load(texts={"s": text})


def test_future_cue_counts_only_in_the_dates_own_clause():
    # "pledged to" is the first clause's; "by 2020 it had reduced them" is told in the past, so 2020 is the latest
    # date the text gives and its time of writing
    c = _load("In 2015 Kazakhstan pledged to cut emissions, and by 2020 it had reduced them by a tenth.\n")
    assert chronology.time_of_writing(c.docs["s"]) == "2020"
    c = _load("Kazakhstan agreed to hold talks; in 2019 the two sides met in Astana.\n")
    assert chronology.time_of_writing(c.docs["s"]) == "2019"
    # the cue in the date's own clause still makes a plan, never the time of writing
    c = _load("Kazakhstan pledged to submit the agreement in 2024.\n")
    assert chronology.time_of_writing(c.docs["s"]) == ""


def test_listed_years_each_get_their_own_label():
    c = _load(
        "Astana, 23 September 2025\n\n"
        "Kazakhstan was elected to the Council in 2016, and we were proud to serve in 2017 and 2018.\n"
    )
    ev = c.events.set_index("date_value").label
    assert ev["2016"] == "elected to the Council in 2016"
    assert ev["2017"].endswith("serve in 2017")
    assert ev["2018"].endswith("serve in 2017 and 2018")
    assert all(label in text for label, text in zip(c.events.label, c.events.text))
    # the timeline names each year once, before the dot, and not again in what happened
    lines = labels.event_labels(c, "s").tolist()
    assert [x.split(" · ")[0] for x in lines] == ["2016", "2017", "2018"]
    assert not any(y in x.split(" · ", 1)[1] for x in lines for y in ("2016", "2017", "2018"))


def test_a_listed_year_with_a_cue_ends_its_label_with_itself():
    c = _load("Kazakhstan hosted talks on Syria in 2017, 2018 and 2019.\n")
    states = c.events[c.events.kind == "state"].set_index("date_value").label
    assert states["2018"] == "hosted talks on Syria in 2017, 2018"
    assert states["2019"] == "hosted talks on Syria in 2017, 2018 and 2019"
    lines = labels.event_labels(c, "s").tolist()
    assert all(
        "talks on syria" in x.lower() and not any(y in x.split(" · ", 1)[1] for y in ("2017", "2018", "2019"))
        for x in lines
    ), lines


def test_timeline_label_leaves_out_an_apposed_date_phrase():
    c = _load(
        "Astana, 23 September 2025\n\n"
        "Thirty-four years ago, on 29 August 1991, my predecessor closed the test site in Semipalatinsk.\n"
    )
    (line,) = labels.event_labels(c, "s").tolist()
    date, what = line.split(" · ", 1)
    assert "1991" in date
    assert "ago" not in what and "1991" not in what and "closed the test site" in what
