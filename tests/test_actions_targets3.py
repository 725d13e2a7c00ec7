"""The actions grammar, third round on targets and on "the two sides": each rule on a text written for it (each
test fails on the grammar before the rule)."""

from conftest import acts, ids, one


def _agents_of(text: str, lemma: str) -> set:
    a = acts(text)
    rows = a[a.lemma == lemma]
    assert len(rows) == 1, a[["predicate", "lemma", "agents", "targets"]].to_string()
    return ids(rows.iloc[0].agents)


# -- "the two sides", "both sides", "both countries" ----------------------------------------------------------


def test_the_two_sides_are_the_pair_that_acted_together_not_the_last_two_named():
    text = (
        "Mongolia and Japan held talks in Tokyo in March. Russia did not join the talks held in Ulaanbaatar later "
        "that year. The two sides signed a trade agreement with Kazakhstan."
    )
    assert _agents_of(text, "sign") == {"mongolia", "japan"}  # not Russia (did not join) nor Ulaanbaatar's state


def test_both_sides_in_the_same_sentence_skip_a_negated_agent_and_a_venue():
    text = (
        "Mongolia and Japan held talks in March; Russia did not attend the talks in Beijing, but the two sides "
        "met Kazakhstan."
    )
    assert _agents_of(text, "meet") == {"mongolia", "japan"}  # "but the two sides": not Russia, not Beijing's China


def test_the_two_sides_far_from_any_pair_are_the_texts_most_frequent_acting_pair():
    text = (
        "Japan met Mongolia in March. Japan praised Mongolia in April. Russia met China in May. Prices rose. "
        "Markets fell. Floods came. Rain fell. Later, the two sides signed an accord with Kazakhstan."
    )
    assert _agents_of(text, "sign") == {"japan", "mongolia"}  # twice together; Russia and China once, long before


# -- targets ---------------------------------------------------------------------------------------------------


def test_a_preposition_shared_by_two_conjuncts_takes_the_noun_phrase_after_both():
    r = one("Japan promoted Japanese investment in, and the economic development of, Mongolia.", "promote")
    assert ids(r.targets) == {"mongolia"}  # "in, and … of, Mongolia": right node raising


def test_the_party_an_effect_falls_on_is_the_one_disregarded():
    r = one("Japan chose to ignore the impact of its Chinese sanctions on Mongolia.", "ignore")
    assert ids(r.targets) == {"mongolia"}  # past the sanctions, whose own target is China
    r = one("Japan ignored the effects of the war on Mongolia.", "ignore")
    assert ids(r.targets) == {"mongolia"}


def test_an_appeal_for_an_act_on_a_partys_own_thing_is_addressed_to_that_party():
    r = one("There were growing calls in Japan for the termination of the NATO mission in Afghanistan.", "call for")
    assert ids(r.targets) == {"nato"}  # the mission is NATO's; Afghanistan is where it is
    r = one("Japan called for the withdrawal of Russian troops.", "call for")
    assert ids(r.targets) == {"russia"}


def test_offering_oneself_as_a_base_for_a_partys_efforts_is_an_offer_to_that_party():
    r = one("Turkmenistan presented itself as a base for Chinese efforts to stabilize Afghanistan.", "present")
    assert ids(r.targets) == {"china"}  # Afghanistan is what the efforts are about
    r = one("Turkmenistan presented itself as a hub for efforts to stabilize Afghanistan.", "present")
    assert ids(r.targets) == set()


def test_a_stance_told_after_a_colon_is_the_content_of_what_a_document_affirms():
    text = (
        "Japan released a new strategy in May. Two principles were affirmed therein: Japan's commitment to the "
        "(a) sovereignty and (b) independence of Mongolia."
    )
    a = acts(text)
    r = a[a.lemma == "affirm"].iloc[0]
    assert ids(r.agents) == {"japan"} and ids(r.targets) == {"mongolia"}


def test_a_state_joining_the_founders_of_a_body_joins_the_body():
    r = one(
        "Russia along with Belarus, later joined by Tajikistan, launched the Collective Security Treaty Organization.",
        "join",
    )
    assert ids(r.agents) == {"tajikistan"} and ids(r.targets) == {"csto"}


def test_what_is_privatized_is_acted_on():
    r = one("Tokayev backed the privatization of the national oil company KazMunayGas.", "privatize")
    assert ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"kazmunaygas"}
