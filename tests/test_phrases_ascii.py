"""The ``re.ASCII`` twin of a phrase regex, read for plain ASCII text, finds what the regex itself finds."""

import random
import re

import pytest

import kzlib
from kzlib import actors, paths, themes
from kzlib.codebook import Codebook
from kzlib.phrases import _twin_safe, compile_phrases, plain_ascii, starts


def _frags(term):
    return [r"\s+" if c == " " else re.escape(c) for c in term]


def _both(phrases, text):
    """The matches read with the twin (where ``starts`` takes it) and without it."""
    return list(starts(phrases, text)), list(starts(phrases._replace(ascii=None), text))


ALPHABET = "ab_1 \t\n.-'\x1c\x1d\x1e\x1f\x0b\x0c"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_twin_finds_what_the_regex_finds_on_generated_texts(flags):
    """Generated texts of letters, digits, white space (the four ASCII characters only Unicode reads as white space
    among them) and punctuation: wherever ``starts`` takes the twin, the matches are those of the regex."""
    rng = random.Random(7)
    terms = ["a b", "ab", "a_1", "b-a", "1 a", "ba b a"]
    phrases = [_frags(t) for t in terms] + [["a", r"\s+", "b", r"[\w-]*"], ["b", r"\s*", "a"]]
    for end in (r"(?!\w)", r"(?![\w+])", r"(?!\s)"):
        rx = compile_phrases(phrases, end, flags)
        assert rx.ascii is not None
        for _ in range(400):
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 30)))
            found, plain = _both(rx, text)
            assert found == plain, (text, end)


def test_a_unicode_space_keeps_the_unicode_regex():
    """ "a\\x1cb" holds "a b" for Unicode matching (``\\s`` matches ``\\x1c``), not for ASCII matching: such a text
    is no plain ASCII, so the phrase is found."""
    rx = compile_phrases([_frags("a b")])
    assert not plain_ascii("a\x1cb") and plain_ascii("a b") and not plain_ascii("a\u00a0b")
    assert list(starts(rx, "a\x1cb")) == [(0, 3, 0)]


def test_a_case_blind_character_outside_ascii_has_no_twin():
    """The Kelvin sign read case-blind matches "k" under Unicode case folding, not under ASCII: no twin."""
    kelvin = compile_phrases([["\u212a", "m"]], flags=re.IGNORECASE)
    assert kelvin.ascii is None and list(starts(kelvin, "km")) == [(0, 2, 0)]
    assert not _twin_safe("(?i:\u212a)m", 0) and not _twin_safe("[\u0100-\u212a]m", re.IGNORECASE)
    assert _twin_safe("\u212am", 0) and _twin_safe("(?i:k)\u212a", 0)  # case-sensitive: matches no ASCII text
    assert compile_phrases([["\u2019", "s"]]).ascii is not None


def test_the_names_and_theme_terms_of_the_chapter_and_corpus():
    """Every paragraph of the chapter and the shipped corpus texts: the codebook's names and theme terms are found
    the same with the twin and without it."""
    cb = Codebook.load()
    names, terms = cb.compiled(actors._matchers)[0], cb.compiled(themes._matcher_lower)
    assert names.ascii is not None and terms.ascii is not None
    files = [paths.SEEDS / "ch05-new-focus-new-grounding.txt", *sorted((paths.DATA / "corpus").glob("*.txt"))]
    n_ascii = 0
    for f in files:
        c = kzlib.load(str(f))
        for d in c.docs.values():
            for p in d.paragraphs:
                n_ascii += plain_ascii(p.text)
                assert _both(names, p.text)[0] == _both(names, p.text)[1]
                lower = p.text.lower()
                assert _both(terms, lower)[0] == _both(terms, lower)[1]
    assert n_ascii > 40
