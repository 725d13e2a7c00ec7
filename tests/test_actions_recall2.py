"""Stop 13 recall rules of the actions grammar, each on a sentence written for it (each fails on the code before it)."""

from conftest import acts, ids, one


def test_an_opening_while_gerund_takes_the_subject_after_the_comma():
    r = one("When visiting Astana, Blinken praised the new reforms.", "visit")
    assert ids(r.agents) == {"blinken"} and ids(r.targets) == {"kazakhstan"}
    a = acts(
        "The United States released a strategy. While not implying or signaling tensions with Russia, it "
        "reaffirmed its commitment to Kazakhstan."
    )
    for lemma in ("imply", "signal"):  # negation is no noun before a participle; both verbs share one object
        r = a[a.lemma == lemma].iloc[0]
        assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"russia"} and r.negated
        assert r.quad_class == "verbal conflict"


def test_the_parties_of_a_conflict_act_are_no_group_acting_together():
    a = acts(
        "The United States released a strategy towards Central Asia. While not signaling tensions with Russia or "
        "China, they reaffirmed America's commitment to the region."
    )
    assert ids(a[a.lemma == "signal"].iloc[0].agents) == {"united_states"}
    assert ids(a[a.lemma == "affirm"].iloc[0].agents) == {"united_states"}  # not Russia and China too


def test_a_contact_made_to_do_something_is_its_makers_act():
    r = one("Secretary Blinken called President Tokayev to discuss regional security.", "discuss")
    assert ids(r.agents) == {"blinken"}  # not Tokayev, the one called
    r = one("Biden urged Tokayev to continue to support reforms.", "urge")  # object control stays
    assert ids(r.targets) == {"tokayev"}


def test_will_continue_to_support_takes_the_modals_subject():
    r = one("The United States will continue to support Kazakhstan in its reforms.", "support")
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"kazakhstan"} and r.modality == "intended"
    assert acts("It may even be possible to continue to support them.").empty  # an expletive "it" names nobody


def test_a_surname_alone_after_a_title_is_a_person_outside_the_codebook():
    r = one("Foreign Minister Nurtleu met with Secretary Blinken in Washington.", "meet")
    assert r.agents == "other:Nurtleu" and ids(r.targets) == {"blinken"}
    assert acts("The President Tuesday met the press.").empty  # a weekday names no one


def test_partner_and_new_states_are_the_texts_region_and_no_verb():
    a = acts(
        "The United States released a strategy for Central Asia. It reaffirmed America's commitment to partner "
        "states. It reaffirmed its commitment to the new states."
    )
    assert (a.lemma == "state").sum() == 0  # "partner states" is a noun, not the verb "states"
    r = a[a.lemma == "affirm"]
    assert len(r) == 2 and all(ids(x) == {"central_asia"} for x in r.targets)


def test_a_meeting_including_others_has_them_as_participants():
    a = acts(
        "President Trump hosted President Nazarbayev at the White House. This included a meeting between the two "
        "presidents and an extended meeting including cabinet members from both countries."
    )
    r = a[a.lemma == "meet"]
    assert ids(r.iloc[0].agents) == {"trump", "nazarbayev"}
    assert ids(r.iloc[1].agents) == {"trump", "nazarbayev", "united_states", "kazakhstan"}


def test_support_against_an_enemy_is_material_cooperation():
    r = one("Iran and Russia are supporting the Assad regime against the rebels.", "support")
    assert r.quad_class == "material cooperation" and r.cameo == "062"
    assert one("Russia supported Iran.", "support").quad_class == "verbal cooperation"


def test_an_event_noun_inside_another_nouns_phrase_takes_no_date_of_the_clause():
    r = one(
        "Beginning around 2018 a new anxiety over Kazakhstan's handling of protests has been discernible in "
        "Washington.",
        "handle",
    )
    assert r.date_value == ""
    r = one("In 2006, the anxiety over Nazarbayev's visit to Washington in 2005 grew.", "visit")
    assert r.date_value == "2005"  # its own date stays


def test_a_surname_alone_is_the_person_named_in_full_before():
    a = acts(
        "National Security Advisor Jake Sullivan met with Foreign Minister Murat Nurtleu. Sullivan welcomed "
        "Kazakhstan's efforts to diversify its economy. Nurtleu praised Sullivan."
    )
    assert a[a.lemma == "welcome"].iloc[0].agents == "other:Jake Sullivan"
    r = a[a.lemma == "praise"].iloc[0]
    assert r.agents == "other:Murat Nurtleu" and r.targets == "other:Jake Sullivan"


def test_a_stance_towards_what_a_party_has_is_towards_the_party():
    r = one(
        "Biden reaffirmed U.S. support for the sovereignty, independence, and territorial integrity of Kazakhstan.",
        "affirm",
    )
    assert ids(r.targets) == {"kazakhstan"}
    r = one("Biden condemned the attack on Ukraine.", "condemn")
    assert r.targets == ""  # the one attacked is the event's party, not the condemner's


def test_calling_a_party_is_a_telephone_call():
    r = one("President Biden called President Tokayev on Monday.", "call")
    assert r.agents == "biden" and r.targets == "tokayev" and r.cameo == "041"
    assert acts("Biden called Kazakhstan a partner. He called it a mistake. The format is called C5+1.").empty


def test_a_definite_title_alone_is_the_person_named_with_it():
    a = acts(
        "President Biden met with President Tokayev. The President praised Kazakhstan's reforms. National "
        "Security Advisor Jake Sullivan joined them. The National Security Advisor praised Kazakhstan."
    )
    r = a[a.lemma == "praise"]
    assert r.agents.tolist() == ["biden", "other:Jake Sullivan"]  # the first President named: the readout's own
    assert acts("The President praised Kazakhstan.").empty  # nobody named with the title: nobody known
    r = one("President Biden met Tokayev. The President of Kazakhstan thanked Biden.", "thank")
    assert r.agents == "kazakhstan"  # an office "of" a state stays the state


def test_co_chairing_is_a_joint_consultation():
    r = one("Secretary Blinken and Foreign Minister Tileuberdi co-chaired the ministerial meeting.", "co-chair")
    assert ids(r.agents) == {"blinken", "tileuberdi"} and r.targets == "" and r.quad_class == "verbal cooperation"


def test_officials_from_both_countries_are_the_two_states():
    a = acts("Biden met Tokayev in Washington. Officials from both countries discussed trade.")
    assert ids(a[a.lemma == "discuss"].iloc[0].agents) == {"united_states", "kazakhstan"}


def test_thanking_someone_for_doing_something_makes_them_its_agent():
    r = one("Biden thanked President Tokayev for hosting the summit.", "host")
    assert ids(r.agents) == {"tokayev"}  # not Biden, who thanks


def test_the_decision_of_someone_to_act_is_their_step():
    r = one("Kazakhstan welcomes the decision of the United States to expand investment.", "expand")
    assert ids(r.agents) == {"united_states"}


def test_i_want_to_thank_is_a_performative_speech_act():
    import kzlib

    text = "Remarks by President Biden\n\nTHE PRESIDENT: I want to thank President Tokayev for hosting us. I want to visit Astana.\n"
    a = kzlib.load(texts={"t": text}).actions
    assert a[a.lemma == "thank"].iloc[0].modality == "asserted"  # thanking done in saying it, not a hope
    assert a[a.lemma == "host"].iloc[0].modality == "asserted"
    assert a[a.lemma == "visit"].iloc[0].modality == "hoped"
