"""Mends a reviewer asked for after stop 15 (helper mendB): each behaviour fix tested on a small text written
here, failing on the old code."""

import kzlib
from kzlib import chronology, presence
from kzlib.lexicon import CREDIT_LINE

from conftest import SHIPPED


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


def test_key_figures_name_a_tie_at_second_place_instead_of_one_pair():
    """The default pair of :func:`kzlib.presence.key_figures` is the two most-named actors (:func:`ranking.top`):
    with a tie at second place no one pair is, so the tied are named and no pair's paragraphs are given."""
    text = "Talks\n\nKazakhstan met Russia. Kazakhstan called China.\n\nKazakhstan wrote.\n"
    c = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    figures = presence.key_figures(c, "t")
    assert not any(k.startswith("paragraphs naming both") for k in figures)
    assert figures["two most-named actors (a tie, so no pair's paragraphs)"] == ["Kazakhstan", "China", "Russia"]
    figures = presence.key_figures(kzlib.load(texts={"t": text + "\nRussia.\n"}, codebook=SHIPPED), "t")
    assert figures["paragraphs naming both Kazakhstan and Russia"] == 1
