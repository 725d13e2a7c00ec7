"""The bounded form of a phrase regex (led by the character before a word) finds what the plain form finds."""

import re
import string

from kzlib.phrases import PhraseRegex, _plain, _trie, compile_phrases, starts


def _frags(term):
    return [r"\s+" if c == " " else re.escape(c) for c in term]


TERMS = [f"{c}{c}x" for c in string.ascii_lowercase] + ["energy", "energy security", "oil", "2nd plan"]


def test_bounded_form_matches_the_plain_form():
    phrases = [_frags(t) for t in TERMS]
    bounded = compile_phrases(phrases, r"(?![\w+])")
    assert bounded.bounded  # most letters open a term
    plain = PhraseRegex(re.compile(_plain(_trie(phrases), r"(?![\w+])")))
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


def test_the_regex_text_is_kept_for_its_phrases_and_code(tmp_path, monkeypatch):
    """A later compile of the same phrases reads the regex's text instead of writing the trie again; other phrases,
    another ``end`` or other code of kzlib.phrases write it afresh; with the cache off it is written every time."""
    from kzlib import phrases

    monkeypatch.setenv("KZLIB_CACHE", str(tmp_path))
    many = [_frags(t) for t in TERMS]
    fewer = many[:5]  # led by a character, not bounded
    first = {id(p): compile_phrases(p) for p in (many, fewer)}
    assert len(list(tmp_path.rglob("*.phrases"))) == 2
    written = []
    monkeypatch.setattr(phrases, "_trie", lambda p: written.append(p) or _trie(p))
    for p in (many, fewer):
        assert compile_phrases(p) == first[id(p)] and compile_phrases([list(f) for f in p]) == first[id(p)]
    assert written == []  # read back, also for equal phrases in other lists
    assert compile_phrases(many, r"(?!\w)") == first[id(many)]
    assert compile_phrases(many, r"(?![\w+])").regex.pattern != first[id(many)].regex.pattern
    assert compile_phrases(many + [_frags("zz top")]).regex.pattern != first[id(many)].regex.pattern
    assert len(written) == 2
    monkeypatch.setattr(phrases, "CODE", "another kzlib/phrases.py")
    assert compile_phrases(fewer) == first[id(fewer)] and len(written) == 3
    monkeypatch.setenv("KZLIB_CACHE", "")
    assert compile_phrases(fewer) == first[id(fewer)] and len(written) == 4


def test_the_unmarked_form_finds_the_phrases_of_the_marked_one():
    """The unmarked form (one group, the phrase looked up by its text) finds the same starts, ends and phrases as
    the marked regex, in the led, bounded and plain forms, with case ignored too, on texts where phrases that can
    match the same words ("US", "U.S.", "the US") or differ in case alone ("Ab", "AB") stand in varied contexts; a phrase whose fragment looks ahead has
    no unmarked form."""
    import random

    from kzlib import actors, themes
    from kzlib.codebook import Codebook

    cb = Codebook.load()
    surfaces = [s.text for s in cb.surfaces]
    small = ["the US", "U.S.", "US", "the U.S. Senate", "U.S.-China", "A-B", "A", "é-x", "US Senate", "S. Korea"]
    small += ["Ab", "AB"]
    lists = [
        ([actors._fragments(s) for s in surfaces], actors.NAME_END, 0),
        ([actors._fragments(s) for s in small], actors.NAME_END, 0),
        (cb.compiled(themes._terms)[1], r"(?![\w+])", 0),
        (cb.compiled(themes._terms)[1], r"(?![\w+])", re.IGNORECASE),
        ([_frags(t) for t in TERMS + ["$5 bn"]], r"(?![\w+])", 0),
    ]
    alphabet = (
        list("aAtTUSs.- \n,é(x)_1'’$5")
        + ["the ", "U.S.", "US", "U.S", "The ", "Senate", "S.", "Korea", "'s", "’a", "bn", "Ab", "AB"]
        + surfaces[::9]
        + [t.term for t in cb.theme_terms.itertuples()][::7]
        + TERMS
    )
    rng = random.Random(22)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16))) for _ in range(3000)]
    forms = set()
    for fragments, end, flags in lists:
        phrases = compile_phrases(fragments, end, flags)
        assert phrases.unmarked is not None and phrases.unmarked.groups == 1
        forms.add((phrases.bounded, phrases.unmarked.pattern[:1]))
        marked = phrases._replace(unmarked=None)
        for text in texts:
            assert list(starts(phrases, text)) == list(starts(marked, text)), text
        assert phrases.seen
    assert forms == {(False, "["), (True, "\\"), (False, "(")}  # led, bounded and plain
    assert compile_phrases([["a"], ["b", "(?=c)"]]).unmarked is None
