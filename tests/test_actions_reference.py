"""The actions grammar: what a pronoun or a re-mention stands for ("it", "they", "their", "we both", "do so", "the
two sides", "the two countries", "the country", "the region", a body's short name), each rule on a small text
written for it."""

from conftest import acts, ids, one


def test_they_after_a_list_of_named_actors_in_the_sentence():
    a = acts(
        "Tajikistan joined the Central Asia Cooperation Organization. Kazakh and Uzbek officials knew that, if they "
        "did not coordinate their policies, others would."
    )
    r = a[a.lemma == "coordinate"].iloc[0]
    assert ids(r.agents) == {"kazakhstan", "uzbekistan"}


def test_states_in_general_are_the_region_named():
    a = acts(
        "Tajikistan joined the Central Asia Cooperation Organization. The crisis in Central Asia led states to "
        "emphasize their sovereignty, leading them to emphasize borders."
    )
    r = a[a.lemma == "emphasize"]
    assert len(r) == 2 and all(ids(x) == {"central_asia"} for x in r.agents)
    assert acts("The crisis led states to emphasize their sovereignty.").empty  # no region named: nobody known


def test_it_after_a_sentence_whose_subject_is_an_event():
    a = acts(
        "The withdrawal of U.S. forces from Afghanistan poses a challenge to Kazakhstan. Will it create a new "
        "conflict? Will it create a vacuum?"
    )
    assert "create" not in set(a.lemma)
    r = one("The government in Astana accepted the plan. It will host a summit.", "host")
    assert ids(r.agents) == {"kazakhstan"}  # a subject that is an actor stays the antecedent


def test_they_after_one_party_acting_towards_a_region_is_not_the_region_too():
    a = acts("The United States announced a new strategy towards Central Asia. They reaffirmed support for Kazakhstan.")
    r = a[a.predicate == "reaffirmed"].iloc[0]
    assert ids(r.agents) == {"united_states"}


def test_regional_states_are_the_region_named_last():
    a = acts("Central Asia was divided. Uzbekistan argued for closer cooperation among regional states.")
    assert ids(a[a.lemma == "argue for"].iloc[0].targets) == {"central_asia"}


def test_it_after_a_sentence_naming_one_state():
    a = acts(
        "Biden praised Tokayev. The government in Astana accepted the old goal. On this basis, it could "
        "continue as before, making changes only at the margins."
    )
    r = a[a.lemma == "change"].iloc[0]
    assert ids(r.agents) == {"kazakhstan"}  # "making changes": a light verb and its noun
    # the expletive "it is possible to" names nobody
    assert acts("It is possible to support Kazakhstan.").empty


def test_the_two_countries_are_the_two_states_just_named():
    a = acts(
        "Uzbekistan and the United States signed a deal. Kazakh-American relations were nearing their thirtieth "
        "anniversary. In spite of many challenges, the two countries had deepened their ties."
    )
    r = a[a.lemma == "deepen"].iloc[0]
    assert ids(r.agents) == {"kazakhstan", "united_states"}


def test_the_short_name_of_a_body_named_before():
    a = acts(
        "The U.S.-Kazakhstan Business Council opened an office. It is to be hoped that the Council will bring new "
        "investors to the Kazakhstan market."
    )
    r = a[a.lemma == "bring"].iloc[0]
    assert ids(r.agents) == {"us_kazakhstan_business_council"} and r.modality == "hoped"


def test_an_expletive_it_names_nobody():
    assert acts("Kazakhstan signed a deal. It may even be possible to shift from working on it.").lemma.tolist() == [
        "sign"
    ]


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


def test_they_both_and_described_powers():
    a = acts("President Trump met President Nazarbayev. Further, they both stated their intention to cooperate.")
    assert ids(a[a.lemma == "state"].iloc[0].agents) == {"trump", "nazarbayev"}
    a = acts(
        "During these years Kazakhstan's dealings with both Russia and China expanded. Investments from both of "
        "these neighboring powers burgeoned."
    )
    assert ids(a[a.lemma == "invest"].iloc[0].agents) == {"russia", "china"}


def test_it_and_the_country_after_a_named_state():
    r = one("The U.S. chose to criticize Kazakhstan rather than support it.", "support")
    assert ids(r.targets) == {"kazakhstan"}
    a = acts("Kazakhstan signed a deal with ExxonMobil. This resulted in more U.S. investment in the country.")
    r = a[a.lemma == "invest"].iloc[0]
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"kazakhstan"}


def test_partner_and_new_states_are_the_texts_region_and_no_verb():
    a = acts(
        "The United States released a strategy for Central Asia. It reaffirmed America's commitment to partner "
        "states. It reaffirmed its commitment to the new states."
    )
    assert (a.lemma == "state").sum() == 0  # "partner states" is a noun, not the verb "states"
    r = a[a.lemma == "affirm"]
    assert len(r) == 2 and all(ids(x) == {"central_asia"} for x in r.targets)


def test_officials_from_both_countries_are_the_two_states():
    a = acts("Biden met Tokayev in Washington. Officials from both countries discussed trade.")
    assert ids(a[a.lemma == "discuss"].iloc[0].agents) == {"united_states", "kazakhstan"}


def test_do_so_is_the_step_told_last_by_its_own_subject():
    a = acts("Moscow therefore demanded to join the CACO. Having done so, Moscow ensured the merger of the CACO.")
    r = a[a.predicate == "done so"]
    assert len(r) == 1 and r.iloc[0].lemma == "join" and ids(r.iloc[0].agents) == {"russia"}
    assert ids(r.iloc[0].targets) == {"caco"} and r.iloc[0].quad_class == "verbal cooperation"
    a = acts("Russia joined the EEU in 2015, and Kyrgyzstan did so in 2016.")
    assert a.agents.tolist() == ["russia", "kyrgyzstan"] and a.date_value.tolist() == ["2015", "2016"]
    r = acts("Russia joined the EEU in 2015. Kyrgyzstan has not done so.").iloc[-1]
    assert r.predicate == "done so" and r.agents == "kyrgyzstan" and r.negated
    # the content or purpose of another verb, or the manner of the main verb's step: no step of its own
    assert len(acts("Russia joined the EEU. Will the Secretary press Kazakhstan to do so?")) == 1
    assert len(acts("Russia joined the EEU. In so doing, Russia gained. In doing so, Kazakhstan lost.")) == 1


def test_it_is_the_one_state_its_sentence_names_before_it():
    text = "The United States announced a plan. Trade matters for Kazakhstan at a time when it is working to grow."
    assert ids(one(text, "work").agents) == {"kazakhstan"}  # not the state that acted last


def test_the_two_sides_held_talks_is_a_meeting_of_the_two():
    a = acts("Tokayev paid a visit to Japan. The two leaders held talks on 18 December 2024.")
    r = a[a.lemma == "talk"]
    assert len(r) == 1 and r.iloc[0].predicate == "held" and r.iloc[0].date_value == "2024-12-18"
    assert ids(r.iloc[0].agents) == {"tokayev", "japan"} and r.iloc[0].quad_class == "verbal cooperation"
    assert acts("American pension funds held shares.").empty  # a bare plural before "held": still a noun


def test_it_is_not_a_body_named_only_as_the_complement_of_a_noun():
    text = (
        "Mongolia remains an observer of the Eurasian Economic Union, a status it acquired in 2020, and Russia"
        " continues to press it to join as a full member."
    )
    r = one(text, "press")
    assert (r.agents, r.targets) == ("russia", "mongolia")  # not the union it is to join
    a = acts("Washington worked on Kazakhstan rather than work with it.")  # the body just named, as before
    assert a.targets.tolist() == ["kazakhstan", "kazakhstan"]


def test_the_two_leaders_are_the_leader_and_the_head_of_the_state_he_visits():
    text = (
        "Uzbek President Shavkat Mirziyoyev hosted a delegation. Tokayev is due to visit Tashkent next month."
        " The two leaders are expected to sign an agreement."
    )
    r = one(text, "sign")
    assert r.agents == "tokayev;mirziyoyev" and r.modality == "intended"
    # no head of that state named: its state stays; a minister is no head of state
    text = "Foreign Minister Abdulaziz Kamilov met them. Tokayev will visit Tashkent. The two leaders will sign a deal."
    assert one(text, "sign").agents == "tokayev;uzbekistan"


def test_it_as_a_thing_is_the_body_named_last_not_the_head_before():
    assert ids(one("Japan praised the charter of the CSTO, and Russia rejected it.", "reject").targets) == {"csto"}
    row = one("The EU welcomed the statement of the SCO, and Russia criticized it.", "criticize")
    assert ids(row.targets) == {"sco"}


def _agents_of(text: str, lemma: str) -> set:
    return ids(one(text, lemma).agents)


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


def test_the_adherents_of_a_movement_named_before_are_that_body():
    r = one(
        "Iran backed Syria against the Islamic State forces, and Turkey formed a coalition against the Islamists.",
        "coalition",
    )
    assert ids(r.targets) == {"isis"}  # "the Islamists": the Islamic State named before
    assert acts("Iran praised the National Security Council. The Nationalists welcomed Tokayev.").lemma.tolist() == [
        "praise"
    ]  # "National" is no "Nation-ic/-ist/-ism": no one to resolve to


def test_them_after_a_plural_group_of_a_side_in_its_sentence_is_that_group():
    a = acts("Biden met Putin in 2019. Japan stopped working on Kazakh partners and began working with them.")
    r = a[a.lemma == "work with"].iloc[0]
    assert ids(r.targets) == {"kazakhstan"}  # the Kazakh partners, not Biden and Putin who met last


def test_his_counterparts_are_not_the_person_named_last():
    a = acts("Blinken will convene the ministers. In 2020 Pompeo hosted his counterparts.")
    assert a[a.lemma == "host"].targets.tolist() == [""]  # not Blinken, nor Pompeo himself


def test_it_in_a_relative_clause_is_the_body_named_last_in_the_sentence():
    text = "Afghanistan is on the agenda. Japan has urged the Taliban to reverse the ban that it announced in December."
    assert one(text, "announce").agents == "taliban"


def test_their_in_the_clause_of_a_subject_is_that_subjects_and_the_same_meeting_is_one_action():
    text = (
        "Mirziyoyev visited Turkmenistan and Kazakhstan. In March 2018 the leaders of the five Central Asian "
        "states met in Astana for their first consultative meeting."
    )
    a = acts(text)
    assert a[a.lemma == "meet"].agents.tolist() == ["central_asia"]  # not the visitor and his hosts, and once


def test_states_in_general_and_the_region_are_one_region():
    """Bare "states" (agents) and "the region" (a target) name the same region: the text's region, named most often
    of late, not one named in passing (one resolver, ``_Sentence.salient_region``)."""
    a = acts(
        "Central Asia needs roads. Central Asia needs power. South Asia is far away. The crisis led states to "
        "emphasize their sovereignty. Japan called for more reforms across the region."
    )
    emphasize = a[a.lemma == "emphasize"].iloc[0]
    called = a[a.lemma == "call for"].iloc[0]
    assert ids(emphasize.agents) == ids(called.targets) == {"central_asia"}


def test_the_two_ministers_and_delegations_are_the_pair_that_met():
    # ministers are people (the latest two acting together); delegations, like governments, their states
    for subject in ("The two ministers", "Both ministers", "The two foreign ministers"):
        text = f"Tokayev met Putin in Moscow. {subject} agreed to expand cooperation on energy."
        assert _agents_of(text, "agree") == {"tokayev", "putin"}, subject
    text = "Secretary Blinken met Foreign Minister Bakhtiyor Saidov. The two ministers signed a memorandum."
    assert _agents_of(text, "sign") == {"blinken", "other:Bakhtiyor Saidov"}
    for subject in ("The two delegations", "Both delegations", "The two governments"):
        assert _agents_of(f"Tokayev met Putin in Moscow. {subject} signed a treaty.", "sign") == {
            "kazakhstan",
            "russia",
        }, subject
    # neighbours, as before
    for subject in ("The two sides", "Both sides", "Both countries", "The two presidents"):
        text = f"Kazakhstan and Russia held talks. {subject} signed a treaty."
        assert _agents_of(text, "sign") == {"kazakhstan", "russia"}, subject


def test_both_sides_are_no_two_foes_of_a_conflict_act():
    # the pair of an invasion are no two sides acting together: the latest joint action's parties are
    for first in ("Blinken met Tokayev in Astana.", "Kazakhstan and the United States held talks."):
        text = f"{first} Russia's invasion of Ukraine was also discussed. Both sides condemned attacks on civilians."
        assert _agents_of(text, "condemn") == {"kazakhstan", "united_states"}, first
    text = "Japan met Mongolia in March. China attacked Taiwan in May. The two countries signed an accord."
    assert _agents_of(text, "sign") == {"japan", "mongolia"}


def test_the_parties_and_the_heads_of_state_are_the_pair_that_met():
    """A joint statement's "the Parties" are the two states that met, as "the two sides" are; "the Heads of State"
    (capitalised or not) are the two leaders, and "State" there ends the subject: the verb after it is the verb."""
    for subject in ("The Parties", "The parties", "Both parties", "The two sides"):
        assert _agents_of(f"Tokayev met Putin in Moscow. {subject} signed a treaty.", "sign") == {
            "kazakhstan",
            "russia",
        }, subject
    for subject in ("The Heads of State", "The heads of state"):
        for verb, lemma in (("discussed trade", "discuss"), ("held talks", "talk")):
            text = f"Tokayev met Putin in Moscow. {subject} {verb}."
            assert _agents_of(text, lemma) == {"tokayev", "putin"}, (subject, verb)
    assert "criticize" not in set(acts("Tokayev met Putin. Opposition parties criticized the deal.").lemma)


def test_the_parties_to_something_are_whom_the_phrase_says_not_the_pair_that_met():
    """ "The parties to the conflict", "the leaders of the region": a phrase after "the" and the group noun says which
    ones, not the pair told before (no row when it names nobody); counted ("the two parties to the agreement") or
    bare ("the parties", "both parties") they are that pair, as before, and so they are when the phrase names the talks,
    meeting or agreement ("the parties to the talks")."""
    for first in ("Kazakhstan and the United States met in Astana.", "Tokayev met Putin in Moscow."):
        for subject in (
            "The parties to the conflict in Ukraine",
            "The parties to the conflict",
            "The sides to the dispute",
            "The leaders of the region",
            "The countries of the region",
        ):
            a = acts(f"{first} {subject} signed a ceasefire.")
            assert "sign" not in set(a.lemma), (first, subject)
    # the phrase names the talks or agreement just held: its parties are the pair ("The parties to the talks")
    for subject in (
        "The parties",
        "Both parties",
        "The two parties",
        "The two parties to the agreement",
        "The parties to the agreement",
        "The parties to the talks",
        "The sides to the negotiations",
    ):
        text = f"Kazakhstan and the United States met in Astana. {subject} signed a ceasefire."
        assert _agents_of(text, "sign") == {"kazakhstan", "united_states"}, subject


def test_the_two_presidents_are_no_pair_of_unknown_side_when_a_known_pair_acted_before():
    """Heads of state ("the two presidents", "leaders", "heads of state") are not known to be a pair one of whom is a
    bare name of unknown side (other:Lavrov): an earlier pair of known people is; with no such pair it is the unknown
    pair still, and "the two ministers" may be any officials (the latest pair); "the two countries" never were."""
    for second in ("Lavrov met Tileuberdi in Moscow.", "Sikorski met Tileuberdi in Warsaw."):
        for subject in ("The two presidents", "The two leaders", "Both presidents", "The heads of state"):
            text = f"Tokayev met Biden in New York. {second} {subject} agreed to expand trade."
            assert _agents_of(text, "agree") == {"tokayev", "biden"}, (second, subject)
        text = f"Tokayev met Biden in New York. {second} The two ministers agreed to expand trade."
        assert _agents_of(text, "agree") == {"other:" + second.split()[0], "tileuberdi"}, second
        text = f"{second} The two presidents agreed to expand trade."
        assert _agents_of(text, "agree") == {"other:" + second.split()[0], "tileuberdi"}, second
    text = "Tokayev met Biden. President Ukhnaagiin Khurelsukh met Tokayev. The two presidents agreed to expand trade."
    assert _agents_of(text, "agree") == {"other:Ukhnaagiin Khurelsukh", "tokayev"}  # titled: a known head
