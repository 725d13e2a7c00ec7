"""The word tests put before the argument grammar's patterns let through every phrase a pattern
matches, so a phrase they turn away could never have matched."""

from itertools import product

import kzlib.action_arguments as aa

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
