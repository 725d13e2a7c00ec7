"""The actions grammar: the CAMEO code and quad class of an action (cooperation verbal or material, conflict,
appeals, proposals, a statement about one's own affairs, a step of no other party, a coded aim), each rule on a
small text written for it."""

import kzlib

from conftest import SHIPPED, acts, ids, one


def test_a_statement_about_ones_own_affairs_has_no_class():
    r = one("Tokayev announced his resignation.", "announce")
    assert r.cameo == "" and r.quad_class == ""
    r = one("Tokayev announced the new agreement.", "announce")
    assert r.quad_class == "verbal cooperation"  # a statement to no named party keeps its class
    r = one("Tokayev announced his support for Uzbekistan.", "announce")
    assert r.quad_class == "verbal cooperation"  # another party named in the object


def test_a_domestic_step_on_a_states_body_is_that_states():
    a = acts("Tokayev backed the privatization of Kazatomprom in 2018.")
    r = a[a.lemma == "privatize"].iloc[0]
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == "" and r.date_value == "2018"
    a = acts("Russia criticized the creation of NATO.")
    assert "create" not in set(a.lemma)  # a body of no one state: its creator is not known


def test_an_amount_of_investment_attracted_is_investment_received():
    r = one("Kazakhstan attracted $5 billion in investment from the United States in 2019.", "attract")
    assert r.cameo == "061" and r.quad_class == "material cooperation"
    assert ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"united_states"}
    r = one("Uzbekistan attracted more than 8 billion dollars of foreign investment.", "attract")
    assert r.cameo == "061" and r.quad_class == "material cooperation"
    r = one("Kazakhstan has attracted over $400 billion in foreign direct investment since 1991.", "attract")
    assert r.cameo == "061"


def test_attracting_investors_or_investment_without_an_amount_stays_an_appeal():
    assert one("Kazakhstan attracted Chinese investors.", "attract").cameo == "021"
    assert one("Kazakhstan worked hard and attracted American investment.", "attract").cameo == "021"
    assert one("Kazakhstan attracted 5 new investors from Japan.", "attract").cameo == "021"  # investors, not money


def test_a_joint_step_of_two_states_is_working_together():
    r = one(
        "In spite of many challenges, Kazakhstan and the United States had developed a base for sound relations.",
        "develop",
    )
    assert r.cameo == "030" and r.quad_class == "verbal cooperation"
    r = one("Kazakhstan and Russia adopted new laws on trade.", "adopt")
    assert r.quad_class == ""  # each its own step: no class


def test_a_stance_on_ones_own_affairs_has_no_class():
    r = one("Tokayev backed the privatization of the national atomic company.", "support")
    assert r.quad_class == "" and r.cameo == ""
    r = one("President Biden supported Kazakhstan.", "support")
    assert r.quad_class == "verbal cooperation"


def test_an_opinion_rejected_and_a_response_told_by_its_act():
    assert acts("President Tokayev rejects this view as dangerously naive.").empty
    a = acts(
        "When Mirziyoyev suggested a meeting, Nazarbayev responded by immediately inviting all Central Asian presidents."
    )
    assert "respond" not in set(a.lemma) and "invite" in set(a.lemma)


def test_support_against_an_enemy_is_material_cooperation():
    r = one("Iran and Russia are supporting the Assad regime against the rebels.", "support")
    assert r.quad_class == "material cooperation" and r.cameo == "062"
    assert one("Russia supported Iran.", "support").quad_class == "verbal cooperation"


def test_keeping_ones_own_role_or_course_is_a_step_of_no_other_party():
    r = one(
        "President Tokayev rejects this view, instead maintaining a strong role of the central government.", "maintain"
    )
    assert ids(r.agents) == {"tokayev"} and r.targets == "" and r.quad_class == "" and r.cameo == ""
    r = one("Kazakhstan maintained its course after the election.", "maintain")
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == ""
    r = one("Kazakhstan maintains close ties with Russia.", "maintain")  # relations with a party: the 030 row
    assert ids(r.targets) == {"russia"} and r.quad_class == "verbal cooperation"
    assert acts("The United States maintains important interests in the region.").empty  # a state, no step


def test_carrying_on_as_before_is_a_step_of_no_other_party():
    r = one("Kazakhstan kept its goals. On this basis, it continued as before.", "continue as before")
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == "" and r.targets == ""
    # "continue to" stays a wrapper: no row of its own, and "it" after it is still the one pressed
    a = acts("Russia continues to press Uzbekistan to join the union.")
    assert "continue as before" not in set(a.lemma)
    assert acts("Kazakhstan will continue to support Russia.").lemma.tolist() == ["support"]


def test_working_to_an_aim_of_ones_own_is_a_step_of_no_other_party():
    r = one("Kazakhstan is working assiduously to broaden its economy.", "work")
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == "" and r.predicate == "working"
    assert acts("Kazakhstan is working assiduously to broaden its economy.").lemma.tolist() == ["work"]  # one row
    a = acts("Kazakhstan worked to join the WTO.")  # a coded aim is the step itself
    assert a.lemma.tolist() == ["join"] and ids(a.iloc[0].agents) == {"kazakhstan"}
    assert acts("Kazakhstan worked hard.").empty


def test_steps_or_measures_taken_are_the_takers_and_a_coded_aim_gives_their_code():
    r = one("Kazakhstan took steps to deepen its links with Russia.", "deepen")
    assert r.predicate == "steps" and ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"russia"}
    assert r.quad_class == "verbal cooperation"
    text = "The EU had moved in advance of America in taking vigorous measures to strengthen its links with Kazakhstan."
    r = one(text, "strengthen")  # "in advance of" is no verb; "in taking": the main verb's subject
    assert r.predicate == "measures" and ids(r.agents) == {"eu"} and ids(r.targets) == {"kazakhstan"}
    r = one("Kazakhstan took concrete measures to reform its courts.", "measure")  # an aim of no code
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == "" and r.targets == ""
    assert acts("These measures helped.").empty  # no taker named


def test_strengthening_links_with_a_party_is_intent_to_cooperate():
    r = one("Kazakhstan strengthened its links with Russia.", "strengthen")
    assert ids(r.targets) == {"russia"} and r.cameo == "030" and r.quad_class == "verbal cooperation"
    r = one("Kazakhstan strengthened its army.", "strengthen")  # something of one's own: no code
    assert r.quad_class == "" and r.targets == ""


def test_a_statement_about_ones_own_affairs_carries_to_the_next_statement_of_its_agents():
    r = acts("Tokayev surprised everyone by announcing his retirement, calling at the same time for new leaders.")
    r = r.set_index("lemma")
    assert r.quad_class["announce"] == "" and r.quad_class["call for"] == "" and r.cameo["call for"] == ""
    a = acts("Kazakhstan and Uzbekistan chose to emphasize their sovereignty, leading them to emphasize borders.")
    assert a.lemma.tolist() == ["emphasize", "emphasize"] and a.quad_class.tolist() == ["", ""]
    # an appeal of its own, or one by another agent, keeps its code
    assert one("Tokayev called for new leaders.", "call for").quad_class == "verbal cooperation"
    a = acts("Tokayev announced his retirement, and Putin called for new leaders.").set_index("lemma")
    assert a.quad_class["call for"] == "verbal cooperation"
    # expressed intent to work together is no statement: it keeps its code
    a = acts("Kazakhstan and Uzbekistan emphasized their sovereignty rather than work together with Russia.")
    assert a.set_index("lemma").quad_class["work"] == "verbal cooperation"


def test_a_proposal_that_names_only_its_agents_own_side_is_a_policy_step():
    r = one('President Trump proposed an "America first" foreign policy focused on U.S. interests.', "propose")
    assert ids(r.agents) == {"trump"} and r.targets == "" and r.quad_class == "" and r.cameo == ""
    r = one('Kazakhstan proposed a "Central Asia plus" format to the United States.', "propose")
    assert ids(r.targets) == {"united_states"} and r.quad_class == "verbal cooperation"
    r = one("President Trump proposed a Russian plan.", "propose")  # another party's plan: still a proposal
    assert r.quad_class == "verbal cooperation"


def test_responding_to_criticism_is_a_statement():
    r = one("Kazakhstan has had to respond to continued attacks on its record.", "respond")
    assert ids(r.agents) == {"kazakhstan"} and r.cameo == "010" and r.quad_class == "verbal cooperation"
    r = one("Kazakhstan responded to the demands of its people.", "respond")  # circumstances: no party, no code
    assert r.quad_class == "" and r.cameo == ""


def test_ruling_out_a_possibility_of_ones_own_is_a_statement():
    r = one("Washington has already excluded the possibility of opening new bases.", "exclude")
    assert ids(r.agents) == {"united_states"} and r.cameo == "010" and r.quad_class == "verbal cooperation"
    r = one("Russia excluded the proposal of Kazakhstan.", "exclude")  # a party's proposal: rejected (12)
    assert r.quad_class == "verbal conflict"


def test_a_step_taken_in_an_effort_to_reach_a_coded_aim_is_coded_by_the_aim():
    r = one("Uzbekistan initiated a new approach in its effort to attract Japanese investors.", "initiate")
    assert r.targets == "other:Japanese investors" and r.cameo == "021" and r.quad_class == "verbal cooperation"
    r = one("Uzbekistan initiated a new approach in an effort to attract Japanese investors.", "initiate")
    assert r.cameo == "021"
    # an aim of no code, or a step with a code of its own, keeps the step's own reading
    assert one("Uzbekistan initiated a new approach in its effort to grow.", "initiate").cameo == ""
    r = one("Uzbekistan praised Japan in its effort to attract Japanese investors.", "praise")
    assert r.cameo[:2] == "05"


def test_attracting_investors_is_an_appeal_for_economic_cooperation():
    r = one("Kazakhstan attracted Chinese investors.", "attract")  # soliciting investment (0211), not investing
    assert r.cameo == "021" and r.quad_class == "verbal cooperation" and r.targets == "other:Chinese investors"


def test_floating_an_idea_is_a_proposal_whose_author_is_the_one_rejected():
    a = acts(
        "Moscow was ready to discuss a gas union with Mongolia, an idea first floated by President Vladimir Putin"
        " in November 2022. Kazakh officials have repeatedly rejected the proposal."
    )
    got = {r.lemma: (r.agents, r.targets, r.date_value) for r in a.itertuples()}
    assert got["propose"] == ("putin", "", "2022-11") and got["reject"] == ("kazakhstan", "putin", "")
    assert one("Putin floated the idea of a gas union.", "propose").quad_class == "verbal cooperation"
    assert acts("Kazakhstan floated the tenge in 2015.").empty  # a currency floated: no proposal
    assert acts("The tenge was first floated by Kazakhstan in 2015.").empty


def test_sending_experts_to_assist_a_party_is_aid():
    r = one("Japan will send experts to assist Mongolia in the modernization of its power grid.", "send")
    assert (r.agents, r.targets, r.cameo, r.modality) == ("japan", "mongolia", "070", "intended")
    assert acts("Japan sent a letter to Mongolia.").empty


def test_an_announced_coded_act_of_ones_own_side_keeps_its_code():
    assert one("Blinken announced new U.S. assistance.", "announce").cameo == "010"
    assert one('Trump proposed an "America first" foreign policy.', "propose").cameo == ""


def test_pressing_a_party_to_act_is_a_demand_and_what_it_is_pressed_to_do_is_no_row():
    a = acts("Mongolia is an observer of the union, and Russia continues to press Mongolia to join as a full member.")
    assert a.lemma.tolist() == ["press"]  # not an asserted "join": it has not happened
    r = a.iloc[0]
    assert (r.agents, r.targets, r.cameo, r.quad_class) == ("russia", "mongolia", "100", "verbal conflict")
    assert "press" not in set(acts("Japan held a press conference and announced a deal with Mongolia.").lemma)


def _actions(text: str):
    return kzlib.load(texts={"t": text + "\n"}, codebook=SHIPPED).actions


def test_a_call_on_a_party_is_the_callers_appeal_not_the_act_asked_for():
    """ "called on X to V" is the caller's appeal to X (the lexicon's 020, as "urged X to V"); the act asked for is
    the content of the appeal, no row (it did not happen), so no one is coded as withdrawing."""
    for verb, lemma in (("called on", "call on"), ("urged", "urge"), ("encouraged", "encourage")):
        a = _actions(f"Kazakhstan {verb} Russia to withdraw its forces in 2022.")
        assert a.lemma.tolist() == [lemma], verb
        assert a.agents.tolist() == ["kazakhstan"] and a.targets.tolist() == ["russia"]
    assert _actions("The ministers called on Moscow to withdraw its forces.").empty  # callers unknown: no row
