"""The bounded form of a phrase regex (led by the character before a word) finds what the plain form finds."""

import re
import string

from kzlib.phrases import BOUNDARY, _plain, compile_phrases, starts


def _frags(term):
    return [r"\s+" if c == " " else re.escape(c) for c in term]


TERMS = [f"{c}{c}x" for c in string.ascii_lowercase] + ["energy", "energy security", "oil", "2nd plan"]


def test_bounded_form_matches_the_plain_form():
    phrases = [_frags(t) for t in TERMS]
    bounded = compile_phrases(phrases, r"(?![\w+])")
    assert bounded.pattern.startswith(BOUNDARY)  # most letters open a term
    plain = re.compile(_plain(phrases, r"(?![\w+])"))
    text = "energy security, oil-rich (energy)  aax; xaax bbx\n2nd plan oil\toily zzx"
    found = list(starts(bounded, text))
    assert found == list(starts(plain, text))
    assert (0, 15, TERMS.index("energy security")) in found  # at the very start of the text
    assert not any(s == 42 for s, _, _ in found)  # "aax" inside "xaax" is no word start


def test_a_phrase_opening_with_a_symbol_keeps_the_plain_form():
    phrases = [_frags(t) for t in TERMS + ["$5 bn"]]
    assert not compile_phrases(phrases).pattern.startswith(BOUNDARY)
