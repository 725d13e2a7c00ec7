"""Mends a reviewer asked for after stop 15 (helper mendB): each behaviour fix tested on a small text written
here, failing on the old code."""

import kzlib
from kzlib import chronology


def _writing(text: str) -> str:
    c = kzlib.load(texts={"w": text})
    return chronology.time_of_writing(c.docs["w"])


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
