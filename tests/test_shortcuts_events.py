"""Speed shortcuts of the events stage give what the plain computation gives."""

from __future__ import annotations

import random
import re

import kzlib
from kzlib import chronology, lead


def test_a_trie_of_words_matches_as_the_alternation_sorted_longest_first():
    """lead.trie_alternation: the same spans as the alternation of the words sorted longest first, as whole words, on
    generated words that are prefixes of each other, hold spaces and punctuation, and stand inside other words."""
    rng = random.Random(17)
    alphabet = "ab c.-é"
    for _ in range(3000):
        words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 8))}
        text = "".join(rng.choice(alphabet + "d") for _ in range(60))
        plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        for wrap in (r"(?<!\w)(?:{})(?!\w)", "(?:{})"):
            expected = [m.span() for m in re.finditer(wrap.format(plain), text)]
            assert [m.span() for m in re.finditer(wrap.format(lead.trie_alternation(words)), text)] == expected
    assert (
        lead.trie_alternation(["sign", "signed", "signing", "visit to", "visit"])
        == "(?:sign(?:ed|ing)?|visit(?:\\ to)?)"
    )


TEXT = """A Test of States

In 2015 Kazakhstan joined the WTO. The crisis of 2014 lingered into 2016, and talks resumed in March 2017.

Relations were tense in 2019; the two sides met again in 2020 and in 2021. Will they meet in 2030?
"""


def test_events_of_some_dates_are_those_rows_of_all_dates():
    """chronology.events(only=...) builds the rows of those dates alone, each as it is among the rows of every date
    (dates listed beside them still shape their labels); dated_events builds only the states' rows."""
    corpus = kzlib.load(texts={"t": TEXT})
    doc = corpus.docs["t"]
    rows = corpus._timex_rows["t"]
    every = chronology.events(doc, rows, corpus.mentions)
    assert len(every) >= 5
    some = {e["timex_id"] for e in every[1::2]}
    strip = [{k: v for k, v in e.items() if k != "event_id"} for e in every if e["timex_id"] in some]
    got = chronology.events(doc, rows, corpus.mentions, only=some)
    assert [{k: v for k, v in e.items() if k != "event_id"} for e in got] == strip
    states = corpus.events[corpus.events.kind == "state"]
    by_id = {e["timex_id"]: e for e in every}
    for r in states.to_dict("records"):
        assert r["label"] == by_id[r["timex_id"]]["label"] and r["text"] == by_id[r["timex_id"]]["text"]
