"""Stop 14 recall rules of the actions grammar (action detection and agents), each on a sentence written for it
(each fails on the code before it)."""

from conftest import acts, ids, one


def test_a_participle_after_comma_while_takes_the_main_clauses_subject():
    r = one("Secretary Blinken chaired two sessions on trade, while announcing his wish to open an office.", "announce")
    assert ids(r.agents) == {"blinken"}
    r = one("President Tokayev spoke to the press on the budget, while thanking Kyrgyzstan.", "thank")
    assert ids(r.agents) == {"tokayev"} and ids(r.targets) == {"kyrgyzstan"}
    # a bare form where only the -ing form fits (a misprint) is read as it
    r = one("President Tokayev spoke to the press on the budget, while announce his plan to leave office.", "announce")
    assert ids(r.agents) == {"tokayev"}
    a = acts("President Tokayev met the press, while President Biden visited Ukraine.")  # a clause of its own
    assert ids(a[a.lemma == "visit"].iloc[0].agents) == {"biden"}


def test_an_agentless_passive_step_on_a_thing_made_is_its_makers():
    r = one(
        "In 2001 Kazakhstan and Uzbekistan founded a regional forum that was later rebranded as a council.", "rebrand"
    )
    assert ids(r.agents) == {"kazakhstan", "uzbekistan"} and r.targets == "" and r.date_value == ""
    r = one('Russia and Belarus spearheaded a "Customs Union" that was subsequently rebranded.', "rebrand")
    assert ids(r.agents) == {"russia", "belarus"}
    r = one("Kazakhstan signed a treaty that was later rebranded by Russia.", "rebrand")  # a by-phrase says who
    assert ids(r.agents) == {"russia"}
    # a step towards another party is no step on one's own thing: no agent inferred
    assert acts("Kazakhstan drafted a plan that was later welcomed.").query("lemma == 'welcome'").empty


def test_an_adjective_naming_an_armed_group_gives_the_agent_of_an_event_noun():
    r = one("In 2004 the armed separatist incursions into Kyrgyzstan shook the region.", "fight")
    assert r.agents == "other:armed separatists" and r.quad_class == "material conflict"
    r = one("Jihadist attacks on Kyrgyzstan grew in 2005.", "attack")  # a noun after the adjective, not a verb
    assert r.agents == "other:jihadists" and ids(r.targets) == {"kyrgyzstan"}


def test_a_demonstrative_event_noun_is_the_step_of_the_sentence_before():
    a = acts(
        "President Tokayev invited all Central Asian presidents to meet in Astana. This summit, held in March "
        "2018, opened a new era. At the first summit of Central Asian leaders, Tokayev spoke of water."
    )
    r = a[a.lemma == "summit"]
    assert len(r) == 1  # the later "first summit of Central Asian leaders" re-mentions it
    r = r.iloc[0]
    assert ids(r.agents) == {"central_asia"} and r.date_value == "2018-03" and r.quad_class == "verbal cooperation"
    # a step of another kind before it is not the one meant
    assert acts("Tokayev praised the reforms. This summit opened a new era.").query("lemma == 'summit'").empty


def test_a_step_named_in_the_object_of_want_is_the_wanters_hope():
    r = one("Uzbekistan wanted, above all, a regular format of consultation with the European Union.", "consult")
    assert ids(r.agents) == {"uzbekistan"} and ids(r.targets) == {"eu"} and r.modality == "hoped"
    r = one("Kazakhstan wants a visit by President Biden.", "visit")  # a step with its own agent keeps it
    assert ids(r.agents) == {"biden"}
    assert acts("Kazakhstan wanted to know more about the consultations.").empty  # not the object of "want"


def test_people_described_as_a_group_act_as_other():
    r = one("Some analysts go so far as to suggest that Moscow will leave.", "suggest")
    assert r.agents == "other:some analysts"  # "go so far as to": the suggesting is the step, not its content
    r = one("At the fair, local specialists competed for contracts.", "compete")
    assert r.agents == "other:local specialists" and r.quad_class == ""
    r = one("Local scholars praised Tokayev.", "praise")  # the capital only opens the sentence
    assert r.agents == "other:local scholars" and ids(r.targets) == {"tokayev"}
    assert acts("These experts criticized Russia.").empty  # a determiner that points back: referred to, not described


def test_present_is_an_offer_of_oneself_only():
    r = one("Kazakhstan began to present itself as a base for trade with Afghanistan.", "present")
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == "verbal cooperation"
    assert acts("At the fair, Kazakhstan presented its ideas for new industries.").empty  # no offer of itself


def test_a_countrys_firms_act_on_their_own_account():
    r = one("American investors invested heavily in Kazakhstan.", "invest")
    assert r.agents == "other:American investors" and ids(r.targets) == {"kazakhstan"}  # not the U.S. government
    r = one("Small Chinese trading firms invested in the Kyrgyz market.", "invest")
    assert r.agents == "other:small Chinese trading firms"  # the sentence's capital is no part of the name


def test_those_a_step_is_taken_in_coordination_with_act_too():
    r = one("The plan was developed by the State Department, in close coordination with USAID.", "develop")
    assert ids(r.agents) == {"us_state_department", "usaid"}
    r = one("Kazakhstan, in cooperation with the European Union, launched a new platform.", "launch")
    assert ids(r.agents) == {"kazakhstan", "eu"}


def test_a_group_told_to_act_acts_with_its_named_members():
    r = one("The crisis forced all neighbouring states, including Uzbekistan, to adjust.", "adjust")
    assert ids(r.agents) == {"other:all neighbouring states", "uzbekistan"}


def test_a_step_begun_under_a_government_is_its_step():
    r = one("Observers praised the reforms that had begun under President Tokayev.", "begin")
    assert ids(r.agents) == {"tokayev"} and r.quad_class == ""
    assert acts("Uzbekistan began slowly to reform its courts.").query("lemma == 'begin'").empty  # aspect, no step
