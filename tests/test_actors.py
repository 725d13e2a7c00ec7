"""Actors: the codebook's coverage, the matcher's rules on texts written here, and accuracy on the chapter."""

import re
from itertools import pairwise

import pandas as pd
import pytest

import kzlib
from kzlib import codebook, evaluate

from conftest import CHAPTER, SHIPPED


def mentions_of(text):
    c = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    return c.mentions, c.source("t")


def test_codebook_covers_the_field():
    acts = codebook.actors().set_index("actor_id")
    required = [
        "kazakhstan",
        "kyrgyzstan",
        "tajikistan",
        "turkmenistan",
        "uzbekistan",
        "afghanistan",
        "iran",
        "pakistan",
        "china",
        "russia",
        "united_states",
        "ussr",
        "central_asia",
        "south_asia",
        "un",
        "osce",
        "sco",
        "csto",
        "eeu",
        "eu",
        "nato",
        "wto",
        "world_bank",
        "adb",
        "ebrd",
        "imf",
        "white_house",
        "us_state_department",
        "nsc",
        "usaid",
        "dfc",
        "us_department_of_commerce",
        "us_congress",
        "republican_party",
        "democratic_party",
        "nazarbayev",
        "tokayev",
        "mirziyoyev",
        "karimov",
        "rahmon",
        "berdimuhamedow",
        "jeenbekov",
        "japarov",
        "obama",
        "trump",
        "biden",
        "kerry",
        "tillerson",
        "pompeo",
        "blinken",
        "c5plus1",
        "espd",
        "isis",
        "taliban",
        "aifc",
    ]
    assert not [a for a in required if a not in acts.index]
    assert acts.loc["kyrgyzstan", "aliases"].count("Kyrgyz Republic") == 1
    assert "Republic of Kazakhstan" in acts.loc["kazakhstan", "aliases"]
    assert set(acts.type) <= set(codebook.ACTOR_TYPES)
    assert acts.loc["tokayev", "affiliation"] == "kazakhstan"


def test_every_annotated_actor_is_in_the_codebook():
    assert set(evaluate.gold("actors_by_paragraph").actor_id) <= set(codebook.actors().actor_id)


def test_paragraph_level_accuracy_on_the_chapter(corpus):
    s, errors = evaluate.actor_paragraphs(corpus)
    assert s.tp + s.fn == 214  # annotated (paragraph, actor) pairs
    assert s.precision >= 0.95 and s.recall >= 0.95, errors.to_string()


def test_mention_offsets_reproduce_surfaces_and_never_overlap(corpus):
    m = corpus.mentions
    src = corpus.source(CHAPTER)
    assert all(src[s:e] == surface for s, e, surface in zip(m.start, m.end, m.surface))
    spans = sorted(zip(m.start, m.end))
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))
    sents = corpus.sentences.set_index("sent_id")
    assert all(sents.start[sid] <= s and e <= sents.end[sid] for sid, s, e in zip(m.sent_id, m.start, m.end))


def test_chapter_counts(corpus):
    counts = corpus.actors.set_index("actor_id").mentions
    assert counts.index[:3].tolist() == ["united_states", "kazakhstan", "central_asia"]
    assert counts["united_states"] > counts["kazakhstan"] > counts["russia"] > counts["china"]
    assert len(corpus.actors) == 62


def test_misspellings_resolve_by_fuzzy_match(corpus):
    fuzzy = corpus.mentions[corpus.mentions.form == "fuzzy"]
    assert sorted(zip(fuzzy.surface, fuzzy.actor_id)) == [("ESDP", "espd"), ("Mirzivoyev", "mirziyoyev")]


def test_fuzzy_match_needs_an_actor_named_elsewhere():
    m, _ = mentions_of("Mirzivoyev arrived. The ESDP met.")
    assert m.empty


def test_name_and_capital_disambiguation():
    m, _ = mentions_of("Nursultan Nazarbayev visited Nursultan and spoke at Nazarbayev University.")
    assert list(zip(m.surface, m.actor_id, m.form)) == [
        ("Nursultan Nazarbayev", "nazarbayev", "name"),
        ("Nursultan", "kazakhstan", "metonym"),
        ("Nazarbayev University", "nazarbayev_university", "name"),
    ]


def test_press_statement_with_long_forms():
    m, _ = mentions_of("The Kyrgyz Republic and Turkmenistan signed the accord; the Republic of Uzbekistan observed.")
    assert list(zip(m.surface, m.actor_id)) == [
        ("Kyrgyz Republic", "kyrgyzstan"),
        ("Turkmenistan", "turkmenistan"),
        ("Republic of Uzbekistan", "uzbekistan"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Washington chose to ignore it, and officials in Nursultan noticed.",
            [("Washington", "united_states", "metonym"), ("Nursultan", "kazakhstan", "metonym")],
        ),
        (
            "American sanctions worried Kazakh leaders.",
            [("American", "united_states", "demonym"), ("Kazakh", "kazakhstan", "demonym")],
        ),
        (
            "Secretary of State Pompeo met President Tokayev and Mirziyoyev's team.",
            [
                ("Secretary of State Pompeo", "pompeo", "titled"),
                ("President Tokayev", "tokayev", "titled"),
                ("Mirziyoyev", "mirziyoyev", "surname"),
            ],
        ),
        (
            "The rise of non-Western powers in the South China Sea worried the U.S.",
            [("U.S.", "united_states", "acronym")],
        ),
        (
            "The U.S.-Kazakhstan relationship and the US. Chamber of Commerce.",
            [
                ("U.S.", "united_states", "acronym"),
                ("Kazakhstan", "kazakhstan", "name"),
                ("US. Chamber of Commerce", "us_chamber_of_commerce", "variant"),
            ],
        ),
    ],
)
def test_matching_rules(text, expected):
    m, _ = mentions_of(text)
    assert list(zip(m.surface, m.actor_id, m.form)) == expected


def test_cooccurrence_counts(corpus):
    co = corpus.cooccurrence.set_index(["actor_a", "actor_b"])
    assert (co.actor_a < co.actor_b).all() if "actor_a" in co else True
    assert co.loc[("kazakhstan", "united_states"), "paragraphs"] == 23
    assert (co.sentences <= co.paragraphs * 20).all() and (co.paragraphs >= 1).all()
    m = corpus.mentions
    shared = set(m[m.actor_id == "china"].para_id) & set(m[m.actor_id == "russia"].para_id)
    assert co.loc[("china", "russia"), "paragraphs"] == len(shared)


def test_kwic_for_actor_and_term(corpus):
    k = corpus.kwic("mirziyoyev", width=20)
    assert len(k) == (corpus.mentions.actor_id == "mirziyoyev").sum()
    src = corpus.source(CHAPTER)
    assert all(src[s:e] == match for s, e, match in zip(k.start, k.end, k.match))
    t = corpus.kwic("balance")
    assert len(t) == 4 and set(t.match.str.lower()) == {"balance"}
    assert isinstance(t, pd.DataFrame) and list(t.columns[:3]) == ["doc_id", "para_id", "sent_id"]


def test_led_titles_match_as_the_plain_alternation():
    from kzlib.actors import _fragments, _led_titles

    titles = ["Secretary of State", "President", "the Boss", "Mr.", "leader", "-x", "U.S. Envoy"]
    plain = re.compile(rf"(?:^|(?<=\W))(?:{'|'.join(''.join(_fragments(t)) for t in titles)})\s+$")
    led = re.compile(rf"(?:{_led_titles(titles)})\s+$")
    text = (
        "President Biden, xPresident X, The Boss Y, the Boss Y, -x Z, Secretary of  State Z, Mr Q, US Envoy R, leader S"
    )
    found = 0
    for s in range(len(text) + 1):
        a, b = plain.search(text, max(0, s - 40), s), led.search(text, max(0, s - 40), s)
        assert (a and a.start()) == (b and b.start())
        found += a is not None
    assert found >= 8
