"""Stop 15 recall rules of the actions grammar (quad class recall, issue 11), each on a text written for it (each
fails on the code before it)."""

from conftest import acts, ids, one


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


def test_working_to_an_aim_of_ones_own_is_a_step_of_no_other_party():
    r = one("Kazakhstan is working assiduously to broaden its economy.", "work")
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == "" and r.predicate == "working"
    assert acts("Kazakhstan is working assiduously to broaden its economy.").lemma.tolist() == ["work"]  # one row
    a = acts("Kazakhstan worked to join the WTO.")  # a coded aim is the step itself
    assert a.lemma.tolist() == ["join"] and ids(a.iloc[0].agents) == {"kazakhstan"}
    assert acts("Kazakhstan worked hard.").empty


def test_it_is_the_one_state_its_sentence_names_before_it():
    text = "The United States announced a plan. Trade matters for Kazakhstan at a time when it is working to grow."
    assert ids(one(text, "work").agents) == {"kazakhstan"}  # not the state that acted last


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
