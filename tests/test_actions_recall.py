"""The actions grammar: rules that find more of what a reader finds, each on a sentence written for it."""

from conftest import acts, ids, one


def test_inverted_subject_after_an_opening_gerund():
    r = one("Funding these projects has been the U.S. Department of Commerce.", "fund")
    assert ids(r.agents) == {"us_department_of_commerce"}


def test_an_event_noun_led_by_someone():
    r = one("A policy review led by the National Security Council began last year.", "review")
    assert ids(r.agents) == {"nsc"} and r.quad_class == ""


def test_it_after_a_sentence_naming_one_state():
    a = acts(
        "Biden praised Tokayev. The government in Astana accepted the old goal. On this basis, it could "
        "continue as before, making changes only at the margins."
    )
    r = a[a.lemma == "change"].iloc[0]
    assert ids(r.agents) == {"kazakhstan"}  # "making changes": a light verb and its noun
    # the expletive "it is possible to" names nobody
    assert acts("It is possible to support Kazakhstan.").empty


def test_a_base_form_after_of_is_a_noun_and_by_gerund_takes_the_subject():
    a = acts(
        "Kazakhstan's challenge was to update its strategy of balance by deepening its links with the United States."
    )
    assert "balance" not in set(a.lemma)
    d = a[a.lemma == "deepen"].iloc[0]
    assert ids(d.agents) == {"kazakhstan"} and ids(d.targets) == {"united_states"}
    r = one(
        "Kazakhstan accepted the closer ties with Russia by balancing them with more engagement with the United States.",
        "balance",
    )
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == "verbal cooperation"


def test_the_owner_of_a_document_in_a_subject():
    r = one("A central plank of America's new strategy was to promote investment in Central Asia.", "promote")
    assert ids(r.agents) == {"united_states"} and r.cameo == "061"
    r = one("Nazarbayev sought to promote the new financial center.", "promote")
    assert r.quad_class == ""  # promoting something of one's own: no other party


def test_putting_oneself_behind_an_initiative():
    r = one("The new American strategy put Washington solidly behind that initiative.", "put behind")
    assert ids(r.agents) == {"united_states"} and r.cameo == "051"
    assert acts("The new American strategy put an end to the debate.").empty


def test_a_gerund_after_a_preposition_under_is_to():
    r = one("Real changes are needed if the U.S. is to move beyond hectoring Kazakhstan.", "hector")
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"kazakhstan"}


def test_an_adjective_in_ed_makes_a_noun():
    a = acts("Kazakhstan has had to respond to continued attacks on its record.")
    assert "attack" not in set(a.lemma)  # the attacker is not named: no row, and not Kazakhstan


def test_a_party_in_a_phrase_of_the_object_is_the_target():
    r = one("In 2019 the EU launched a new strategy for Central Asia.", "launch")
    assert ids(r.agents) == {"eu"} and ids(r.targets) == {"central_asia"}
    r = one("Will America seek new military bases in Central Asia?", "seek")
    assert ids(r.targets) == {"central_asia"}
    # not the parties of an event inside the object, nor a frame's own phrase
    r = one("Tokayev backed the privatization of the national atomic company Kazatomprom.", "support")
    assert ids(r.targets) == set()
    r = one("Washington ignored the impact of its Russian sanctions on Kazakhstan.", "ignore")
    assert "russia" not in ids(r.targets)


def test_an_administration_named_for_its_president_is_the_state():
    r = one("The incoming Biden Administration informally pledged continuity on Central Asia policy.", "pledge")
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"central_asia"}


def test_a_capital_after_a_government_already_named_is_a_place():
    r = one("The United States formed a coalition against the Assad government in Damascus.", "coalition")
    assert ids(r.targets) == {"bashar_al_assad"}


def test_a_relative_pronoun_after_a_quoted_name():
    r = one('They created the "Central Asia Cooperation Organization," which Tajikistan also joined.', "join")
    assert ids(r.agents) == {"tajikistan"} and ids(r.targets) == {"caco"}


def test_the_two_countries_are_the_two_states_just_named():
    a = acts(
        "Uzbekistan and the United States signed a deal. Kazakh-American relations were nearing their thirtieth "
        "anniversary. In spite of many challenges, the two countries had deepened their ties."
    )
    r = a[a.lemma == "deepen"].iloc[0]
    assert ids(r.agents) == {"kazakhstan", "united_states"}


def test_a_meeting_between_the_two_presidents():
    a = acts(
        "In January 2018, President Trump hosted President Nazarbayev and they signed a deal. This included a "
        "closed-door meeting between the two presidents."
    )
    r = a[a.lemma == "meet"].iloc[0]
    assert ids(r.agents) == {"trump", "nazarbayev"} and ids(r.targets) == set()
    # a standing dialogue between two parties is a format, not an action
    assert "dialogue" not in set(acts("It will not replace the dialogue between the United States and China.").lemma)


def test_a_visit_during_which_something_was_done_is_the_doers():
    a = acts("This was a policy that President Nazarbayev had proposed during a landmark visit to India in 2009.")
    r = a[a.lemma == "visit"].iloc[0]
    assert ids(r.agents) == {"nazarbayev"} and ids(r.targets) == {"india"} and r.date_value == "2009"
    # a second visit by the same visitor to another host is a new action, not a re-mention
    a = acts("Nazarbayev's visit to Washington in 2006 was a success. Later, he paid a visit to India.")
    assert len(a[a.lemma == "visit"]) == 2


def test_an_adverb_inside_a_verb_and_its_particle():
    r = one("Washington had worked effectively with Kazakhstan.", "work with")
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"kazakhstan"}


def test_the_short_name_of_a_body_named_before():
    a = acts(
        "The U.S.-Kazakhstan Business Council opened an office. It is to be hoped that the Council will bring new "
        "investors to the Kazakhstan market."
    )
    r = a[a.lemma == "bring"].iloc[0]
    assert ids(r.agents) == {"us_kazakhstan_business_council"} and r.modality == "hoped"


def test_acknowledging_a_fact_is_no_action_but_acknowledging_a_party_is():
    assert acts("Kazakhstan acknowledged the intensified interaction with Russia.").empty
    r = one("Kazakhstan acknowledged Russia's role in the talks.", "acknowledge")
    assert ids(r.targets) == {"russia"}


def test_scare_quotes_a_disposition_and_rather_than():
    a = acts(
        "Washington agencies of government act upon them. Bluntly, their tendency has been to "
        '"work on" Kazakhstan rather than "work with" it.'
    )
    by = {r.lemma: r for r in a.itertuples()}
    assert ids(by["work on"].agents) == {"united_states"} and ids(by["work on"].targets) == {"kazakhstan"}
    assert by["work on"].quad_class == "verbal conflict"
    assert ids(by["work with"].agents) == {"united_states"}  # "rather than" shares the agent
    # working on a thing of one's own is a step with no other party
    r = one("The U.S. Government worked on the development of a new strategy.", "work on")
    assert r.quad_class == "" and ids(r.targets) == set()


def test_an_expletive_it_names_nobody():
    assert acts("Kazakhstan signed a deal. It may even be possible to shift from working on it.").lemma.tolist() == [
        "sign"
    ]


def test_a_by_gerund_in_an_agentless_passive_about_the_step_just_told():
    a = acts(
        "The new strategy was announced by the United States in 2020. This was partly compensated by "
        "emphasizing transport links."
    )
    r = a[a.lemma == "emphasize"].iloc[0]
    assert ids(r.agents) == {"united_states"}


def test_continued_conduct_is_whoever_acted_so_last():
    a = acts(
        "Washington agencies of government act upon them. Bluntly, their tendency has been to "
        '"work on" Kazakhstan. As a result, Kazakhstan has had to respond to continued attacks on its record.'
    )
    r = a[a.lemma == "attack"].iloc[0]
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"kazakhstan"}
    assert r.quad_class == "verbal conflict"  # an attack on a record is made in words
    # with no conduct of that kind told before, the noun names no agent: no row
    assert "attack" not in set(acts("Kazakhstan has had to respond to continued attacks on its record.").lemma)


def test_a_planned_meeting_is_not_a_re_mention():
    a = acts(
        "President Trump met President Nazarbayev in Washington. They agreed to create a dialogue. Concretely, "
        "the dialogue would lead to regular meetings between Kazakh and American officials."
    )
    r = a[a.predicate == "meetings"].iloc[0]
    assert ids(r.agents) == {"kazakhstan", "united_states"} and r.modality == "hypothetical"
    # an asserted re-mention soon after is still no new action
    a = acts("Nazarbayev visited Washington in 2006. Nazarbayev's visit was followed by a treaty.")
    assert (a.lemma == "visit").sum() == 1


def test_they_both_and_described_powers():
    a = acts("President Trump met President Nazarbayev. Further, they both stated their intention to cooperate.")
    assert ids(a[a.lemma == "state"].iloc[0].agents) == {"trump", "nazarbayev"}
    a = acts(
        "During these years Kazakhstan's dealings with both Russia and China expanded. Investments from both of "
        "these neighboring powers burgeoned."
    )
    assert ids(a[a.lemma == "invest"].iloc[0].agents) == {"russia", "china"}


def test_rather_than_negates_the_step_not_taken():
    a = acts('Their tendency was to "work on" Kazakhstan rather than "work with" it, said Washington.')
    assert a[a.lemma == "work with"].negated.tolist() in ([True], [])
    r = one("The United States chose to criticize Kazakhstan rather than support it.", "support")
    assert bool(r.negated)


def test_what_an_appeal_asks_for_is_its_content():
    a = acts("Officials in Astana resolved to seek more investments from both America and Europe.")
    assert a.lemma.tolist() == ["seek"]
    assert ids(a.agents.iloc[0]) == {"kazakhstan"}


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


def test_it_and_the_country_after_a_named_state():
    r = one("The U.S. chose to criticize Kazakhstan rather than support it.", "support")
    assert ids(r.targets) == {"kazakhstan"}
    a = acts("Kazakhstan signed a deal with ExxonMobil. This resulted in more U.S. investment in the country.")
    r = a[a.lemma == "invest"].iloc[0]
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"kazakhstan"}


def test_light_verbs_only_with_their_object():
    a = acts(
        "Kazakh leaders have approached each successive U.S. administration, making sure to raise issues in the "
        "relationship."
    )
    r = a[a.lemma == "raise"].iloc[0]
    assert ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"united_states"}  # the addressee it shares
    assert "raise" not in set(acts("Kazakhstan decided to raise taxes.").lemma)
    r = one(
        "Kazakhstan and the United States met. Both sides (and Kazakhstan in particular) have advanced measures.",
        "advance",
    )
    assert ids(r.agents) == {"kazakhstan", "united_states"}  # past the aside in brackets
    assert "advance" not in set(acts("The United States will advance shared interests.").lemma)
    r = one("President Tokayev, thus, placed his bet on a gradual transformation of Kazakhstan.", "place bet")
    assert ids(r.agents) == {"tokayev"} and r.quad_class == ""


def test_an_opinion_rejected_and_a_response_told_by_its_act():
    assert acts("President Tokayev rejects this view as dangerously naive.").empty
    a = acts(
        "When Mirziyoyev suggested a meeting, Nazarbayev responded by immediately inviting all Central Asian presidents."
    )
    assert "respond" not in set(a.lemma) and "invite" in set(a.lemma)


def test_a_participle_after_a_dash_and_a_document_released():
    a = acts("In so doing, Tokayev sought to reform the courts – designating three key principles for his reforms.")
    assert ids(a[a.lemma == "designate"].iloc[0].agents) == {"tokayev"}
    a = acts(
        "The U.S. Government worked on a new U.S. strategy towards Central Asia. This strategy was developed through "
        "an inter-agency process. It was ready by 2019, but because of hurdles, was released publicly only in February "
        "2020."
    )
    r = a[a.lemma == "release"].iloc[0]
    assert ids(r.agents) == {"united_states"} and r.date_value == "2020-02"
    assert "note" not in set(
        acts("This Strategy was announced by the United States. It should be noted that it works.").lemma
    )
