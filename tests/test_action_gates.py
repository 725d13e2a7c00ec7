"""Shortcuts of the action grammar that skip a scan where it cannot find anything: each gives what the scan gives,
on generated texts that put every title where a shortcut could miss it."""

import random

from kzlib import action_tokens, paths
from kzlib.action_tokens import other_persons, title_anaphors, title_starts, words_of
from kzlib.action_vocabulary import current_codebook

SEED = paths.SEEDS / "ch05-new-focus-new-grounding.txt"


def _title_texts(rng: random.Random, n: int) -> list[str]:
    """Texts of titles (each codebook title, glued to what may stand around one), names, portfolios and marks."""
    titles = list(current_codebook().title_list)
    parts = [" ", " ", ", ", ". ", "(", ")", "-", "’s ", ".", "\n", " of ", " for ", " and ", " the ", "Central Asia"]
    parts += ["Jake", " Sullivan", "Eric Green", "Murat", " Nurtleu", "R.", "Dr", "Mr", "Tuesday", "x", "President."]
    parts += ["\xa0", "\t", "\u2009", "_", "’", "'", "İlham", "K\u212aelvin", "2019"]  # odd blanks, word characters
    parts += ["the ", "The ", "Biden", " U.S. ", ".Biden", ".5"]
    texts = []
    for _ in range(n):
        k = rng.randint(1, 14)
        texts.append("".join(rng.choice(titles) if rng.random() < 0.3 else rng.choice(parts) for _ in range(k)))
    return texts


def test_titles_tried_at_their_opening_words_keep_every_name():
    """:func:`other_persons` with the text's words tries a title only where a word opening one stands: the same
    names as the scans of the whole text (the generated texts and the chapter's paragraphs)."""
    rng = random.Random(23)
    texts = _title_texts(rng, 6000)
    texts += [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts += [
        "Senior Director for Russia and Central Asia Eric Green met Foreign Minister Murat Nurtleu.",
        "Mr. Lu met",
    ]
    named = 0
    for text in texts:
        gated = other_persons(text, [], title_starts(words_of(text)))
        assert gated == other_persons(text, []), repr(text)
        named += bool(gated)
    assert named > 100  # the texts do name people the gate must not lose


def test_a_missing_opening_word_loses_names(monkeypatch):
    """Openers one short ("Mr." taken for the word, which no split gives) lose names: the test above would see it."""
    openers = current_codebook().compiled(action_tokens.build_title_openers)
    assert "Mr" in openers and "Mr." not in openers
    text = "On Tuesday Mr. Lu met Murat Nurtleu."
    split = words_of(text)
    assert other_persons(text, [], title_starts(split)) == other_persons(text, []) != []
    monkeypatch.setattr(
        action_tokens, "build_title_openers", lambda cb: frozenset(o for o in openers if o != "Mr") | {"Mr."}
    )
    assert other_persons(text, [], title_starts(split)) == []


def test_bare_titles_tried_at_their_places_are_the_scans():
    """:func:`title_anaphors` with :func:`title_starts` tries the bare title only there: the same anaphors as the
    scan of the whole text, a title of one word before a "." that runs on into a word ("the President.Biden")
    included."""
    titles = [" ".join(t.split()) for t in current_codebook().title_list if t[:1].isupper()]
    rng = random.Random(29)
    texts = _title_texts(rng, 6000) + ["Then the President.Biden met", "the Secretary of State.X said"]
    texts += [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    found = 0
    for text in texts:
        seen = {t: ["someone"] for t in titles}
        split = words_of(text)
        fast = title_anaphors(text, [], seen, (title_starts(split), split))
        assert fast == title_anaphors(text, [], seen), repr(text)
        found += bool(fast)
    assert found > 100
    text = "Then the President.Biden met"
    split = words_of(text)
    assert title_anaphors(text, [], {"President": ["usa_president"]}, (title_starts(split), split)) != []
