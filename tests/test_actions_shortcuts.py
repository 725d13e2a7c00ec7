"""Speed shortcuts of the actions stage give what the plain forms give (each against its plain form, on generated
texts): the possessive token split, the scan of opening quotes only, the bisections and actor-type look-ups of
kzlib.action_vocabulary, the word tests put before the argument grammar's patterns; a token made by tuple's own
constructor reads and pickles as a named one; a word lower-cased once reads as str.lower."""

import random
import re
from bisect import bisect_left, bisect_right
from itertools import product

import kzlib.action_arguments as aa
from kzlib import action_tokens
from kzlib.action_tokens import TOKEN, TOKEN_SPLIT, TOKEN_SPLIT_ASCII, tokens
from kzlib.action_vocabulary import (
    ACTORS,
    LOW,
    OTHER,
    POSS,
    TEXT,
    ActorTypes,
    actor_type,
    actor_types,
    last_mark,
    lexicon_forms,
    next_mark,
)

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
        if x[TEXT] not in ('"', "“") or i + 1 >= len(toks) or i in drop:
            continue
        inner = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j][TEXT] in ('"', "”")), None)
        words = toks[i + 1 : inner] if inner else []
        if words and all(w[TEXT].isalpha() and w[TEXT].islower() for w in words) and words[0][LOW] in forms:
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
    assert [x[TEXT] for x in fast[-1]][:5] == ["They", "chose", "to", "work", "on"]  # the rule did apply


def test_next_and_last_mark_answer_as_the_bisects_they_replace():
    marks = [2, 5, 6, 11]
    for floor in range(13):
        for k in range(floor, 14):
            for end in range(k, 15):
                c = bisect_left(marks, k)
                assert next_mark(marks, k, end) == (marks[c] if c < len(marks) and marks[c] < end else end)
                assert last_mark(marks, k, floor) == (marks[c - 1] if c and marks[c - 1] >= floor else floor - 1)
                r = bisect_right(marks, k)  # the old _next_comma(marks, k, end): the first mark after k
                assert next_mark(marks, k + 1, end) == (marks[r] if r < len(marks) and marks[r] < end else end)
                assert next_mark(marks, k, end) == next((m for m in marks if k <= m < end), end)  # by brute force
                assert last_mark(marks, k, floor) == max((m for m in marks if floor <= m < k), default=floor - 1)
    assert next_mark([], 3, 9) == 9 and last_mark([], 3, 1) == 0


def test_actor_types_answer_person_for_a_person_outside_the_codebook():
    types = ActorTypes({"kazakhstan": "state", f"{OTHER}Odd Id": "organization"})
    assert types["kazakhstan"] == "state"
    assert types[f"{OTHER}Jane Roe"] == "person"
    assert types["nobody"] is None
    assert types.get(f"{OTHER}Jane Roe") is None  # dict.get does not call __missing__: a plain look-up is unchanged


def test_actor_type_answers_as_the_rule_it_replaces():
    """``actor_type`` (one look-up in ``Reading.type_of``) gives what it gave before: "person" for an ``other:`` id,
    else the codebook's type (None for an id it lacks)."""
    types = actor_types()
    for a in [*types, f"{OTHER}Jane Roe", "nobody"]:
        assert actor_type(a) == ("person" if a.startswith(OTHER) else types.get(a))


LEADS = ["", "the ", "senior ", "these "]  # words before a phrase, as a noun phrase's words may run


def _plural_phrases() -> list[str]:
    """Phrases ``PLURAL_NP``, ``OFFICIALS_OF_BOTH`` and the literal pronoun list of ``_np_subject`` match."""
    heads = ["presidents", "leaders", "countries", "sides", "governments", "heads of state"]
    plural = [f"{d} {h}" for d, h in product(["the two", "both", "the"], heads)] + ["both"]
    bodies = ["officials", "representatives", "delegations", "delegates", "ministers", "diplomats", "experts"]
    officials = [
        f"{lead}{b} {p} {d} {h}"
        for lead, b, p, d, h in product(
            ["", "senior "], [*bodies, "members"], ["from", "of"], ["the two", "both"], heads[2:5] + ["states"]
        )
    ]
    return plural + officials + ["they", "both", "they both", "both of them"]


def test_every_plural_subject_ends_with_a_word_the_test_lets_through():
    phrases = _plural_phrases()
    assert all(
        aa.PLURAL_NP.match(w) or aa.OFFICIALS_OF_BOTH.match(w) or w in ("they", "both", "they both", "both of them")
        for w in phrases
    )  # the phrases are what the patterns match
    assert all(w.endswith(aa.PLURAL_NP_ENDS) for w in phrases)
    assert not "the two neighbours".endswith(aa.PLURAL_NP_ENDS)  # what it turns away: no pattern matches it
    assert not aa.PLURAL_NP.match("the two neighbours") and not aa.OFFICIALS_OF_BOTH.match("the two neighbours")


def test_every_region_phrase_holds_a_word_the_test_looks_for():
    kinds = ["regional", "partner", "new", "newly independent"]
    phrases = [
        f"{lead}{word}{k} {h}{tail}"
        for lead, word, k, h, tail in product(
            ["", "the "], ["", "other "], kinds, ["states", "countries", "governments"], ["", " of asia"]
        )
    ]
    phrases += [f"{lead}states of the region{tail}" for lead in ("", "the ", "the other ") for tail in ("", " and")]
    assert all(aa.REGION_STATES.match(w) for w in phrases)
    assert all(aa.holds_any(w, aa.REGION_WORDS) for w in phrases)  # the test _target_np makes first


def test_every_described_group_holds_a_word_the_test_looks_for():
    phrases = [
        f"{lead}{c} {mid}{h}"
        for lead, c, mid, h in product(
            LEADS, ["two", "both", "these", "those", "both of these"], ["", "neighboring "], ["powers", "presidents"]
        )
    ]
    assert all(aa.GROUP_COUNT.search(w) for w in phrases)
    assert all(aa.holds_any(w, aa.GROUP_COUNT_WORDS) for w in phrases)  # the test _group makes first


def test_a_token_is_a_plain_tuple_of_its_fields():
    """Tokens are exact tuples (the interpreter's fast index and unpacking), their fields at the places the
    constants name: words and mentions alike."""
    from kzlib import action_vocabulary as av

    toks = tokens("Russia’s envoy met “President Biden” in 2021.", [(0, 6, "rus", "name"), (20, 35, "usa", "titled")])
    assert [(t[TEXT], t[ACTORS], t[POSS]) for t in toks[:2]] == [("Russia’s", ("rus",), True), ("envoy", (), False)]
    assert {type(t) for t in toks} == {tuple} and {len(t) for t in toks} == {len(av.TOK_FIELDS)}
    assert [getattr(av, f.upper()) for f in av.TOK_FIELDS] == list(range(len(av.TOK_FIELDS)))
    mention = toks[0]
    assert mention[av.START : av.FORM + 1] == (0, 8, "Russia’s", "russia’s", ("rus",), "name")
    assert mention[av.FINITE] is False and toks[1][av.FORM] == ""


def test_a_word_lower_cased_once_reads_as_str_lower(monkeypatch):
    monkeypatch.setattr(action_tokens, "LOWER", action_tokens._LowerCased())
    for text in _texts() + ["İstanbul KAZAKHSTAN Kazakhstan ß Σ ΣΑΣ"] * 2:  # twice: made, then looked up
        toks = tokens(text, [])
        assert [t[LOW] for t in toks] == [t[TEXT].lower() for t in toks]
    assert action_tokens.LOWER["İstanbul"] == "İstanbul".lower()
