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


def _reference_planned(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    """:func:`chronology.planned` as it read before its clause was skipped: every search made."""
    start = chronology._clause_part(text, i, j, *chronology._clause(text, i, j, lo, hi))[0]
    if chronology._FUTURE_CUE.search(text, start, i):
        return True
    return chronology._FUTURE_WORD.search(text, lo, hi) is not None and not chronology.told_as_past(text, i, j, lo, hi)


def _reference_future_part(text: str, i: int, j: int, lo: int, hi: int) -> bool:
    a, b = chronology._clause_part(text, i, j, *chronology._clause(text, i, j, lo, hi))
    return chronology._FUTURE_CUE.search(text, a, b) is not None and not chronology.told_as_past(text, i, j, a, b)


PIECES = [
    "they",
    "signed",
    "had met",
    "was",
    "the deal",
    "talks",
    "Kazakhstan",
    "which",
    "as",
    "; ",
    ": ",
    " – ",
    ", and they",
    ", but",
    ", while",
    ". ",
    "ſhall",
    "Ünion",
]
DATES = ["in March", "on Tuesday", "on 5 May", "in 2024", "by 2030", "last year"]


def _sentences(seed: int, n: int):
    """``n`` generated sentences, each with a date ``i:j`` in a stretch ``lo:hi`` around it."""
    rng = random.Random(seed)
    cues = sorted(set(FUTURE_CUE_WORDS) | set(FUTURE_WORD_WORDS))
    for _ in range(n):
        words = [
            _case(rng, rng.choice(cues)) if rng.random() < 0.15 else rng.choice(PIECES)
            for _ in range(rng.randint(2, 14))
        ]
        k = rng.randint(0, len(words))
        before, after = " ".join(words[:k]), " ".join(words[k:])
        date = rng.choice(DATES)
        text = f"{before} {date} {after}".strip() + "."
        i = text.index(date)
        j = i + len(date)
        yield text, i, j, rng.randint(0, i), rng.randint(j, len(text))


def test_a_clause_is_skipped_only_where_it_holds_no_cue():
    """Whether a date is planned (:func:`chronology.planned`) or its clause part speaks of what is to come
    (``_future_part``), its clause looked for only in a sentence with a cue's words: the same answers as every search
    made, on generated sentences with cues before and after the date, clause breaks, past verbs (and some of each
    answer)."""
    seen = {True: 0, False: 0}
    for text, i, j, lo, hi in _sentences(11, 4000):
        expected = _reference_planned(text, i, j, lo, hi)
        assert chronology.planned(text, i, j, lo, hi) is expected, (text, i, j, lo, hi)
        part = _reference_future_part(text, i, j, lo, hi)
        assert chronology._future_part(text, i, j, lo, hi) is part, (text, i, j, lo, hi)
        seen[expected] += 1
        seen[part] += 1
    assert min(seen.values()) > 1000
