"""A credit line is matched only where it opens with a bracket or a lead (kzlib.lexicon.credit_line): the same answer as
matching every paragraph with CREDIT_LINE, on generated lines, credit lines and paragraphs."""

from __future__ import annotations

import random

from kzlib.lexicon import CREDIT_LINE, CREDIT_OPENERS, credit_line

PIECES = [
    "Reporting by",
    "reporting by",
    "Additional reporting by",
    "Editing by",
    "Writing by",
    "Compiled by",
    "Reported by",
    "(",
    ")",
    "(Reporting by",
    "Olzhas Auyezov",
    "Mariya Gordeyeva",
    "in Almaty",
    "and",
    "of Reuters",
    ";",
    ".",
    "The talks went well.",
    "the report says",
    "Astana",
    "\n",
    "By",
]


def test_a_credit_line_is_what_the_whole_match_says():
    """Generated lines that open with each lead, a bracket, or anything else: the skipped matches are all misses
    (and the texts hold credit lines: a lead left out of the openers would miss some)."""
    rng = random.Random(3)
    found = 0
    for _ in range(20000):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9)))
        if rng.random() < 0.5:
            text = text.replace(" )", ")").replace("( ", "(")
        plain = CREDIT_LINE.fullmatch(text) is not None
        assert credit_line(text) is plain, text
        found += plain
    assert found > 300
    for lead in CREDIT_OPENERS[1:]:  # each lead alone opens one
        for text in (f"{lead} Olzhas Auyezov", f"({lead} Olzhas Auyezov in Almaty)"):
            assert credit_line(text) and CREDIT_LINE.fullmatch(text), text
