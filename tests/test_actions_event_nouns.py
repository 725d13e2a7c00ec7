"""The actions grammar: event nouns ("the visit of X", "X's decision to", "this step", coordinated event nouns) as
actions with their agents, each rule on a small text written for it."""

from conftest import acts, ids, one


def test_coordinated_event_nouns_share_their_agents():
    a = acts(
        "Biden hosted Tokayev in May. The visit included a meeting between the two presidents, as well as a working "
        "dinner and an extended meeting of their teams."
    )
    rows = a[a.lemma.isin(["meet", "dine"])]
    assert len(rows) == 3 and all(ids(x) == {"biden", "tokayev"} for x in rows.agents)
    assert acts("A meeting of the two ministers, and a dinner.").empty  # nobody known: nothing to share


def test_an_event_noun_led_by_someone():
    r = one("A policy review led by the National Security Council began last year.", "review")
    assert ids(r.agents) == {"nsc"} and r.quad_class == ""


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


def test_the_decision_of_someone_to_act_is_their_step():
    r = one("Kazakhstan welcomes the decision of the United States to expand investment.", "expand")
    assert ids(r.agents) == {"united_states"}


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


def test_a_light_verb_takes_a_verb_and_noun_form_after_a_quantity_of():
    for text in (
        "Kazakhstan and Uzbekistan held a new round of talks with Russia in 2022.",
        "China held a series of talks with Kazakhstan.",
    ):
        r = one(text, "talk")
        assert r.cameo == "040" and r.targets in ("russia", "kazakhstan") and r.predicate == "held"
    # as a noun-only form there already was ("a round of negotiations")
    assert one("China held the next round of negotiations with Kazakhstan.", "negotiate").predicate == "held"
    # only in the light verb's object: past another preposition the form is no nominal of it
    assert acts("Russia held a meeting in support of talks.").lemma.tolist() == ["meet"]


def test_a_light_verb_takes_the_head_of_a_compound_after_of():
    # "held a round of trade talks": the nominal is the phrase's head, not its first word
    for text, agents, targets, mood in [
        (
            "Kazakhstan and the United States held a round of trade talks in 2019.",
            {"kazakhstan", "united_states"},
            set(),
            "asserted",
        ),
        (
            "China and Russia will hold a new round of security talks in Beijing.",
            {"china", "russia"},
            set(),
            "intended",
        ),
        ("Kazakhstan held the next round of energy talks with China in Astana.", {"kazakhstan"}, {"china"}, "asserted"),
        ("Russia held a series of bilateral talks with Kazakhstan.", {"russia"}, {"kazakhstan"}, "asserted"),
    ]:
        r = one(text, "talk")
        assert (ids(r.agents), ids(r.targets), r.modality, r.cameo) == (agents, targets, mood, "040"), text
    # a hyphenated modifier, and modifiers coordinated with "and" (whose noun, "investment", is no act of its own)
    for text, agents, targets in [
        ("Russia held a round of high-level security talks with Kazakhstan.", "russia", "kazakhstan"),
        ("Kazakhstan and China held the first round of trade and investment talks in 2019.", "kazakhstan;china", ""),
    ]:
        a = acts(text)
        assert a[["lemma", "agents", "targets"]].values.tolist() == [["talk", agents, targets]], (text, a)
    r = one("Kazakhstan held a round of talks and consultations with China.", "talk")  # nouns coordinated: the first
    assert (r.agents, r.targets) == ("kazakhstan", "china")
    r = one("Kazakhstan and the United States held a round of talks in 2019.", "talk")  # one word, as before
    assert ids(r.agents) == {"kazakhstan", "united_states"}


def test_the_head_after_of_stops_at_its_last_lexicon_form_and_at_a_plural_before_and():
    # review of 33cecfe/1907766: the walk ran into a time word ("talks yesterday": no row) and across the "and" after
    # a plural head ("talks and high level consultations": consult)
    for text in [
        "Kazakhstan held a round of talks yesterday with China.",
        "Kazakhstan held a round of talks last week with China.",
        "Kazakhstan held a round of talks and high level consultations with China.",
    ]:
        r = one(text, "talk")
        assert (r.agents, r.targets) == ("kazakhstan", "china"), text
    assert one("Russia held a round of trade and investment talks with Kazakhstan.", "talk").targets == "kazakhstan"
