"""The actions grammar on errors a user trial found, each on a sentence written for it."""

import kzlib
from kzlib import actions

from conftest import SHIPPED, acts, ids, one


def test_condemning_an_attack_does_not_target_its_victim():
    r = one("President Biden condemned the attack on Ukraine.", "condemn")
    assert ids(r.agents) == {"biden"} and ids(r.targets) == set()  # the attacker is not named
    r = one("President Biden condemned Russia's attack on Ukraine.", "condemn")
    assert ids(r.targets) == {"russia"}  # the attacker is
    r = one("Trump withdrew from the nuclear deal with Iran.", "withdraw")
    assert ids(r.targets) == {"iran"}  # a deal with a party still names it


def test_places_in_a_title_are_not_agents():
    for text in (
        "Jon Smith, Senior Director for Russia and Central Asia, met with President Tokayev.",
        "Senior Director for Russia and Central Asia Jon Smith met with President Tokayev.",
        "Jon Smith, Senior Director for Russia and Central Asia at the National Security Council, met with "
        "President Tokayev.",
    ):
        r = one(text, "meet")
        assert ids(r.agents) == {"other:Jon Smith"} and ids(r.targets) == {"tokayev"}, text
    # an unnamed office with a brief names nobody who acts; an office "of" a state counts as the state
    assert acts("The Senior Director for Russia and Central Asia met with President Tokayev.").empty
    assert ids(one("The Foreign Minister of Kazakhstan met with Secretary Blinken.", "meet").agents) == {"kazakhstan"}


def test_several_people_each_with_a_title_in_apposition_all_act():
    r = one(
        "Today, Anna Berg, Assistant to the President and Director of the Policy Council and Tom Hale, Special "
        "Assistant to the President and Senior Director for Russia and Central Asia, met with President Tokayev.",
        "meet",
    )
    assert ids(r.agents) == {"other:Anna Berg", "other:Tom Hale"} and ids(r.targets) == {"tokayev"}


def test_speakers_of_a_transcript_keep_their_own_i_and_we():
    text = (
        "Remarks by President Biden and President Tokayev\n\n"
        "PRESIDENT BIDEN: I welcome President Tokayev. We support Kazakhstan.\n\n"
        "PRESIDENT TOKAYEV: I thank President Biden. We will sign an agreement with the United States.\n\n"
        "Q: Will you visit Russia? We support Uzbekistan.\n\n"
        "MR. SMITH: I met with Secretary Blinken. We support Uzbekistan.\n"
    )
    a = kzlib.load(texts={"t": text}, codebook=SHIPPED).actions
    by = {(r.para_id, r.lemma): (ids(r.agents), ids(r.targets)) for r in a.itertuples()}
    assert by[("P001", "welcome")] == ({"biden"}, {"tokayev"})  # "PRESIDENT" in both names: the surname decides
    assert by[("P001", "support")] == ({"united_states"}, {"kazakhstan"})
    assert by[("P002", "thank")] == ({"tokayev"}, {"biden"})
    assert by[("P002", "sign")] == ({"kazakhstan"}, {"united_states"})
    # the questioner and a speaker outside the codebook: their "I" and "we" stay unresolved (no row)
    assert set(a.para_id) == {"P001", "P002"}, a[["para_id", "lemma", "agents"]].to_string()
    # a label that is only a title: the person the title line names
    a = kzlib.load(
        texts={"t": "Remarks by President Biden\n\nTHE PRESIDENT: I welcome President Tokayev.\n\nI thank you.\n"},
        codebook=SHIPPED,
    ).actions
    assert list(a.agents) == ["biden", "biden"]


def test_co_agents_outside_the_codebook_are_kept():
    r = one("Vietnam and Kazakhstan signed an agreement on trade.", "sign")
    assert r.agents.split(";") == ["other:Vietnam", "kazakhstan"]
    r = one("Kazakhstan met with Uzbekistan and Vietnam.", "meet")
    assert r.targets.split(";") == ["uzbekistan", "other:Vietnam"]
    # a capitalised common noun opening the sentence is not a name
    assert ids(one("Officials and Kazakhstan agreed.", "agree").agents) == {"kazakhstan"}


def test_a_persons_whole_name_after_a_title():
    r = one("General Secretary Nguyen Phu Trong met President Tokayev.", "meet")
    assert ids(r.agents) == {"other:Nguyen Phu Trong"}
    # after a portfolio the name is the last two words
    r = one("Special Representative for International Cooperation Erzhan Kazykhan met President Biden.", "meet")
    assert ids(r.agents) == {"other:Erzhan Kazykhan"}


def test_a_visited_city_is_a_target_not_an_agent():
    a = acts("Secretary Blinken visited Almaty, Tashkent and Bishkek and discussed trade.")
    by = {r.lemma: (ids(r.agents), ids(r.targets)) for r in a.itertuples()}
    assert by["visit"] == ({"blinken"}, {"kazakhstan", "uzbekistan", "kyrgyzstan"})
    assert by["discuss"][0] == {"blinken"}  # the coordinated verb shares the visitor, not the cities
    assert set(by) == {"visit", "discuss"}  # "trade" after "discussed" is its object, no action
    r = one("Secretary Blinken visited Almaty and praised the reforms.", "praise")
    assert ids(r.agents) == {"blinken"}


def test_lexicon_is_unchanged_in_shape():
    assert {"lemma", "cameo", "quad_class", "targets"} <= set(actions.lexicon().columns)


def test_a_long_title_with_places_names_its_holder():
    a = acts(
        "Senior Advisor Jon Smith met today with Deputy Chief of Staff of the President of the Republic of "
        "Kazakhstan and Special Representative for Cooperation Anna Berg. They reaffirmed their commitment to trade."
    )
    by = {r.lemma: (ids(r.agents), ids(r.targets)) for r in a.itertuples()}
    assert by["meet"] == ({"other:Jon Smith"}, {"other:Anna Berg"})  # the holder, not the places of the title
    assert by["affirm"] == ({"other:Jon Smith", "other:Anna Berg"}, set())
