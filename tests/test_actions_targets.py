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


def test_a_meeting_at_a_body_targets_its_host():
    r = one("Tokayev took part in a roundtable at the U.S. Chamber of Commerce.", "take part")
    assert ids(r.targets) == {"us_chamber_of_commerce"}


def test_welcoming_an_act_targets_its_author_by_the_lexicon():
    r = one("Tokayev stated his intention to welcome the participation of Japan in the projects.", "state")
    assert ids(r.targets) == {"japan"}  # the wrapper takes the target of its content
    r = one("Blinken welcomed the privatization of Kazatomprom.", "welcome")
    assert ids(r.targets) == set()  # what is privatized is acted on, not the author


def test_a_step_without_a_code_shares_its_addressee_with_the_next_step():
    r = one(
        "Uzbekistan initiated a new approach in its effort to attract Japanese investors, and broadened its search.",
        "seek",
    )
    assert r.targets == "other:Japanese investors"


def test_a_verb_takes_the_targets_of_the_same_act_told_as_its_object():
    a = acts("Mirziyoyev had helped engineer the accession to the World Trade Organization, and had backed the reform.")
    assert ids(a[a.lemma == "engineer"].iloc[0].targets) == {"wto"}
    assert ids(a[a.lemma == "support"].iloc[0].targets) == set()  # a stance on its object shares no addressee


def test_regional_states_are_the_region_named_last():
    a = acts("Central Asia was divided. Uzbekistan argued for closer cooperation among regional states.")
    assert ids(a[a.lemma == "argue for"].iloc[0].targets) == {"central_asia"}


def test_a_statement_about_what_happens_in_a_state_targets_it():
    r = one('Blinken spoke warmly of the "real reforms" underway in Tashkent.', "speak")
    assert ids(r.targets) == {"uzbekistan"}


def test_a_state_named_as_an_adjective_of_firms_is_not_the_party():
    r = one("Uzbekistan signed a contract with a U.S. company.", "sign")
    assert r.targets == "other:U.S. company"
    r = one("Uzbekistan supported U.S. efforts in Afghanistan.", "support")
    assert ids(r.targets) == {"united_states"}  # efforts of the state: the state


def test_a_with_phrase_through_a_contact_noun():
    r = one("Japan balances that engagement with closer engagement with India.", "balance")
    assert ids(r.targets) == {"india"}


def test_a_conflict_step_in_a_campaign_about_a_state():
    r = one("Washington kept hectoring in its campaign for reforms in Uzbekistan.", "hector")
    assert ids(r.targets) == {"uzbekistan"}


def test_a_party_added_after_an_including_aside():
    r = one(
        "Tokayev launched an opening to his southern neighbours, including Uzbekistan, and Afghanistan as well.",
        "launch",
    )
    assert ids(r.targets) == {"kyrgyzstan", "turkmenistan", "uzbekistan", "afghanistan"}


def test_bringing_about_an_act_targets_its_author():
    r = one("Turkey ensured the accession of Azerbaijan to the new body.", "ensure")
    assert ids(r.targets) == {"azerbaijan"}


def test_a_refusal_or_appeal_about_the_region_targets_the_texts_region():
    a = acts(
        "Central Asia needs roads. Central Asia needs power. South Asia is far away. Japan has excluded the "
        "possibility of opening new bases in the region. Japan called for more reforms across the region."
    )
    assert ids(a[a.lemma == "exclude"].iloc[0].targets) == {"central_asia"}  # named most, not last
    assert ids(a[a.lemma == "call for"].iloc[0].targets) == {"central_asia"}


def test_a_light_verbs_nominal_is_a_noun():
    r = one("Blinken expressed support for Ukraine.", "support")
    assert ids(r.agents) == {"blinken"} and ids(r.targets) == {"ukraine"} and r.quad_class == "verbal cooperation"


def test_recipients_of_giving_and_praising():
    assert ids(one("Japan donated vaccines to Tajikistan.", "donate").targets) == {"tajikistan"}
    assert ids(one("Japan delivered humanitarian aid to Afghanistan.", "deliver").targets) == {"afghanistan"}
    assert acts("Japan delivered a speech to the Kazakh parliament.").empty  # not aid
    r = one("Japan sent humanitarian aid to Afghanistan.", "send")
    assert ids(r.targets) == {"afghanistan"} and r.cameo == "070"
    assert one("Russia sent troops to Kazakhstan.", "send").cameo == "062"
    assert ids(one("Biden congratulated Tokayev on his election.", "congratulate").targets) == {"tokayev"}
    assert ids(one("Blinken commended Uzbekistan for its reforms.", "commend").targets) == {"uzbekistan"}
    assert ids(one("Japan allocated $5 million to Kyrgyzstan.", "allocate").targets) == {"kyrgyzstan"}


def test_restating_ones_sides_support_is_one_step_towards_its_party():
    r = one("Blinken reaffirmed U.S. support for Kazakhstan.", "affirm")
    assert ids(r.targets) == {"kazakhstan"}
    assert acts("Blinken reaffirmed U.S. support for Kazakhstan.").lemma.tolist() == ["affirm"]
    assert ids(one("Blinken reiterated the U.S. commitment to Uzbekistan.", "reiterate").targets) == {"uzbekistan"}
    r = one("The EU and the US support Ukraine.", "support")  # a plural subject: the verb stays a verb
    assert ids(r.agents) == {"eu", "united_states"} and ids(r.targets) == {"ukraine"}


def test_a_statement_of_a_stance_targets_its_party():
    r = one("Blinken emphasized the strong U.S. commitment to Central Asia.", "emphasize")
    assert ids(r.targets) == {"central_asia"}
    assert ids(one("Blinken noted the weather in Almaty.", "note").targets) == set()


def test_an_ing_adjective_between_a_possessor_and_its_noun():
    a = acts("Blinken highlighted America's unwavering support for Ukraine.")
    assert a.lemma.tolist() == ["highlight"] and ids(a.iloc[0].targets) == {"ukraine"}
