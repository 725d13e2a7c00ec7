"""The action grammar's speed shortcuts give what the plain forms give (each against its plain form, on generated
texts): the possessive token split, the scan of opening quotes only."""

import random
import re

from kzlib import action_tokens
from kzlib.action_tokens import TOKEN, TOKEN_SPLIT, TOKEN_SPLIT_ASCII, tokens
from kzlib.action_vocabulary import lexicon_forms

WORDS = ["U.S.", "Kazakh-American", "it's", "Russia’s", "1.5", "a", "work", "on", "visit", "Astana", "’", "'", "-"]
MARKS = list(" .,;:!?()\"“”'’-_\t\n\x0b\x0c\r\x1c\x1f\xa0") + ["é", "ß", "İ"]


def _texts(n: int = 3000) -> list[str]:
    rng = random.Random(15)
    out = []
    for _ in range(n):
        parts = [rng.choice(WORDS) if rng.random() < 0.5 else rng.choice(MARKS) for _ in range(rng.randint(0, 30))]
        out.append("".join(p if rng.random() < 0.5 else p + " " for p in parts))
    return out


def test_possessive_splits_are_the_backtracking_splits():
    plain = re.compile(f"({TOKEN.pattern})")
    w = "A-Za-z0-9_"
    plain_ascii = re.compile(rf"([{w}]+(?:['.\-][{w}]+)*|[^{w}\t\n\x0b\x0c\r\x1c-\x1f ])")
    for text in _texts():
        assert TOKEN_SPLIT.split(text) == plain.split(text), repr(text)
        if text.isascii():
            assert TOKEN_SPLIT_ASCII.split(text) == plain_ascii.split(text), repr(text)


def _unquoted_plain(toks):
    """The scare-quote rule visiting every token (the form before the shortcut)."""
    forms = lexicon_forms()
    drop = set()
    for i, x in enumerate(toks):
        if x.text not in ('"', "“") or i + 1 >= len(toks) or i in drop:
            continue
        inner = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j].text in ('"', "”")), None)
        words = toks[i + 1 : inner] if inner else []
        if words and all(w.text.isalpha() and w.text.islower() for w in words) and words[0].low in forms:
            drop |= {i, inner}
    return [x for i, x in enumerate(toks) if i not in drop] if drop else toks


def test_scare_quotes_found_from_the_opening_quotes_only(monkeypatch):
    rng = random.Random(16)
    words = ["to", '"', "“", "”", "work", "on", "visit", "meet", "with", "Kazakhstan", "X", ",", '""', "the"]
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 20))) for _ in range(2000)]
    texts.append('They chose to "work on" Kazakhstan and “meet with” Russia, not "visit".')
    fast = [tokens(t, []) for t in texts]
    monkeypatch.setattr(action_tokens, "_unquoted", _unquoted_plain)
    plain = [tokens(t, []) for t in texts]
    assert fast == plain
    assert [x.text for x in fast[-1]][:5] == ["They", "chose", "to", "work", "on"]  # the rule did apply
