"""The bounded form of a phrase regex (led by the character before a word) finds what the plain form finds."""

import re
import string

from kzlib.phrases import PhraseRegex, _plain, compile_phrases, starts


def _frags(term):
    return [r"\s+" if c == " " else re.escape(c) for c in term]


TERMS = [f"{c}{c}x" for c in string.ascii_lowercase] + ["energy", "energy security", "oil", "2nd plan"]


def test_bounded_form_matches_the_plain_form():
    phrases = [_frags(t) for t in TERMS]
    bounded = compile_phrases(phrases, r"(?![\w+])")
    assert bounded.bounded  # most letters open a term
    plain = PhraseRegex(re.compile(_plain(phrases, r"(?![\w+])")))
    text = "energy security, oil-rich (energy)  aax; xaax bbx\n2nd plan oil\toily zzx"
    found = list(starts(bounded, text))
    assert found == list(starts(plain, text))
    assert (0, 15, TERMS.index("energy security")) in found  # at the very start of the text
    assert not any(s == 42 for s, _, _ in found)  # "aax" inside "xaax" is no word start


def test_a_phrase_opening_with_a_symbol_keeps_the_plain_form():
    phrases = [_frags(t) for t in TERMS + ["$5 bn"]]
    assert not compile_phrases(phrases).bounded


def test_the_form_is_read_from_the_flag_not_from_the_regex_text():
    """A regex of the led or plain form whose text opens with ``\\W`` (here a phrase that is a non-word character)
    still reads its matches as starting where its phrase starts; only the flag marks the bounded form."""
    comma = PhraseRegex(re.compile(r"\W(?P<p0>)"))
    assert list(starts(comma, "a,b")) == [(1, 2, 0)]
    assert list(starts(comma._replace(bounded=True), "a,b")) == [(0, 0, 0), (2, 2, 0)]
