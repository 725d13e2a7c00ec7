"""The future cues searched only where their words are (kzlib.chronology.future_cue, future_word): the same answer as
the plain search of the led patterns, on generated stretches of text that hold every cue in every case, cut by the
stretch's ends, joined to letters and apostrophes, beside letters outside ASCII that fold onto a cue's ("ſhall")."""

from __future__ import annotations

import random

import pytest

from kzlib import chronology
from kzlib.lexicon import FUTURE_CUE_WORDS, FUTURE_WORD_WORDS

FILLER = ["the", "sides", "talks", "in", "March", "2024", "this", "is", "tow", "shallow", "planned", "aimless", "they"]
ODD = ["ſhall", "İs to", "wİll", "wıll", "\u212aazakhstan", "we’ll", "Ünion", "–", "„", "São"]
JOINS = [" ", "  ", "\n", ", ", "'", "’", "-", "", "."]


def _case(rng: random.Random, word: str) -> str:
    return rng.choice([word, word.upper(), word.title(), "".join(c.upper() if rng.random() < 0.5 else c for c in word)])


def _texts(seed: int, n: int):
    """``n`` generated texts, each with random bounds (some beyond the text, some negative)."""
    rng = random.Random(seed)
    cues = sorted(set(FUTURE_CUE_WORDS) | set(FUTURE_WORD_WORDS))
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            pool = rng.choice([cues, cues, FILLER, FILLER, FILLER, ODD])
            parts.append(_case(rng, rng.choice(pool)) + rng.choice(JOINS))
        text = "".join(parts)
        lo = rng.randint(-3, len(text) + 2)
        hi = rng.choice([None, rng.randint(-2, len(text) + 3)])
        yield text, lo, hi


@pytest.mark.parametrize(
    "cue, rx",
    [(chronology.future_cue, chronology._FUTURE_CUE), (chronology.future_word, chronology._FUTURE_WORD)],
    ids=["future_cue", "future_word"],
)
def test_a_cue_is_found_where_the_plain_search_finds_one(cue, rx):
    """Every cue word, in any case, at any place of the stretch: skipping the stretches without a cue's words finds
    what searching every stretch finds (and finds some: the texts are full of cues)."""
    found = 0
    for text, lo, hi in _texts(7, 4000):
        plain = rx.search(text, lo, len(text) if hi is None else hi) is not None
        assert cue(text, lo, hi) is plain, (text, lo, hi)
        assert cue(text, max(lo, 0)) is (rx.search(text, max(lo, 0)) is not None), (text, lo)
        found += plain
    assert found > 800


def test_each_cue_word_alone_is_found():
    """Each cue word alone, capitalised or shouted, is a cue of its pattern (a word left out of the words the search
    is skipped without would be missed here)."""
    for cue, rx, words in (
        (chronology.future_cue, chronology._FUTURE_CUE, FUTURE_CUE_WORDS),
        (chronology.future_word, chronology._FUTURE_WORD, FUTURE_WORD_WORDS),
    ):
        for w in words:
            for text in (f"They {w} go.", f"THEY {w.upper()} GO", f"x{w.title()} y", f"we{w}"):
                assert cue(text) is (rx.search(text) is not None), (w, text)
