"""The actions grammar: who is acted on, with or towards (targets), each rule on a sentence written for it."""

from conftest import acts, ids, one


def test_a_passive_document_is_made_not_acted_on():
    a = acts("Japan announced a new strategy for the Pacific. The strategy was developed by the U.S. State Department.")
    r = a[a.lemma == "develop"].iloc[0]
    assert ids(r.agents) == {"us_state_department"} and ids(r.targets) == set()  # not Japan, its author


def test_a_second_relative_takes_the_first_ones_antecedent():
    r = one(
        "Critics noted the programs that started under Putin and which were later expanded by Mirziyoyev.", "expand"
    )
    assert ids(r.agents) == {"mirziyoyev"} and ids(r.targets) == set()  # the programs, not Putin


def test_to_before_a_verb_is_no_recipient():
    r = one("Turkey began to present itself as a hub for efforts to stabilize Syria.", "present")
    assert ids(r.targets) == set()
    r = one("Turkey presented its plan to Syria.", "present")
    assert ids(r.targets) == {"syria"}


def test_neighbours_are_the_states_bordering_the_possessor():
    r = one("Russia praised Kazakhstan's southern neighbours.", "praise")
    assert ids(r.targets) == {"kyrgyzstan", "turkmenistan", "uzbekistan"}
    r = one("Xi Jinping launched an opening to its Central Asian neighbours.", "launch")
    assert ids(r.targets) == {"kazakhstan", "kyrgyzstan", "tajikistan"}  # "its": the person's country


def test_investors_of_a_country_are_not_its_government():
    r = one("Uzbekistan welcomed Chinese companies.", "welcome")
    assert r.targets == "other:Chinese companies"
    r = one("The Uzbek embassy in Tokyo launched an effort to attract Japanese investors.", "launch")
    assert r.targets == "other:Japanese investors"  # nor Japan, named only as the embassy's place
