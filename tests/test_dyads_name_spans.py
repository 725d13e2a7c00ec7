"""The places of a name outside the codebook (kzlib.dyads.name_spans), found from its first word: the spans the led
search of the whole text finds, on generated texts and names (lower- and upper-case, words apart by any white space,
inside longer words, overlapping themselves)."""

from __future__ import annotations

import random
import re

from kzlib import dyads
from kzlib.phrases import led_alternation

WORDS = ["armed", "Islamists", "armed\tIslamists", "pundits", "some", "U.S.", "officials", "a", "aa", "Erzhan", "X"]
JOINS = [" ", "  ", "\n", "", "-", ".", ", "]


def test_a_name_is_found_where_the_led_search_finds_it():
    rng = random.Random(6)
    found = 0
    for _ in range(6000):
        name = " ".join(rng.choice(WORDS).replace("\t", " ") for _ in range(rng.randint(1, 3)))
        text = "".join(rng.choice(WORDS) + rng.choice(JOINS) for _ in range(rng.randint(1, 14)))
        plain = [m.span() for m in re.compile(led_alternation([name], r"\w") + r"(?!\w)").finditer(text)]
        assert dyads.name_spans(name, text) == plain, (name, text)
        found += len(plain)
    assert found > 1000
