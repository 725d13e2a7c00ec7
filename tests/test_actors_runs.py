"""A paragraph without a word that ends a research body's name is not searched for one after each name
(kzlib.actors.may_run, not_a_mention's ``runs``): the same answer as searching after every name, on generated
paragraphs of names, capitalised words and the run words."""

from __future__ import annotations

import random
import re

from kzlib import actors
from kzlib.lexicon import INSTITUTION_RUN_WORDS

WORDS = [
    "the",
    "Carnegie",
    "Russia",
    "Eurasia",
    "Moscow",
    "said",
    "of",
    "Kazakhstan",
    "Astana",
    "Times",
    "centre",
    *INSTITUTION_RUN_WORDS,
]
JOINS = [" ", "  ", "\n", ", ", "-", "'s "]


def test_a_name_inside_a_research_body_is_found_only_where_a_run_word_is():
    rng = random.Random(8)
    undone = 0
    for _ in range(3000):
        text = "".join(rng.choice(WORDS) + rng.choice(JOINS) for _ in range(rng.randint(1, 10)))
        runs = actors.may_run(text)
        for m in re.finditer(r"[A-Z]\w+", text):
            for form in ("name", "metonym", "demonym"):
                plain = actors.not_a_mention(text, m.start(), m.end(), form)
                assert actors.not_a_mention(text, m.start(), m.end(), form, runs=runs) is plain, (text, m.group(0))
                undone += plain
    assert undone > 1000
