"""The actions grammar: hedges, hopes, questions and negation (what a text says did not, or did not yet, happen is
no event; a "not" or a hope governs only its own verb), each rule on a small text written for it."""

import pytest

import kzlib

from conftest import SHIPPED, acts, ids, one


def loaded(text: str):
    return kzlib.load(texts={"t": "A title\n\n" + text + "\n"}, codebook=SHIPPED)


def one_of(c, lemma: str):
    a = c.actions
    rows = a[a.lemma == lemma]
    assert len(rows) == 1, a[["predicate", "lemma", "agents", "targets", "modality"]].to_string()
    return rows.iloc[0]


def test_a_near_miss_is_negated_and_no_event():
    for text, lemma in (
        ("The EU nearly signed a trade deal with Kazakhstan in 2019.", "sign"),
        ("The EU had almost signed a trade deal with Kazakhstan in 2019.", "sign"),
        ("The EU narrowly failed to sign a trade deal with Kazakhstan in 2019.", "sign"),
    ):
        c = loaded(text)
        r = one_of(c, lemma)
        assert r.negated and r.modality == "asserted" and r.date_value == "2019", text
        assert c.events[c.events.kind == "action"].empty, text
        assert c.dyads.empty, text
    # "nearly" before a number is no hedge of the verb
    r = one_of(loaded("The EU signed nearly 30 deals with Kazakhstan in 2019."), "sign")
    assert not r.negated


def test_a_step_avoided_declined_or_refrained_from_is_negated():
    for text, lemma in (
        ("The Kazakh Foreign Ministry avoided criticising the camps in 2019.", "criticize"),
        ("Kazakhstan declined to join the sanctions against Russia in 2022.", "join"),
        ("Uzbekistan has refrained from criticizing China since 2019.", "criticize"),
        ("Kazakhstan has avoided joining the sanctions against Russia.", "join"),
    ):
        r = one_of(loaded(text), lemma)
        assert r.negated and r.modality == "asserted", text
    # a verb the word does not govern is not negated
    for text, lemma in (
        ("To avoid sanctions, Kazakhstan joined the union in 2015.", "join"),
        ("Trade declined as Russia invaded Ukraine.", "invade"),
        ("Kazakhstan avoided war and joined the union.", "join"),
        ("Tokayev declined Putin's request and met Xi.", "meet"),
    ):
        assert not one_of(loaded(text), lemma).negated, text


def test_cannot_negates_as_can_not_does():
    for text in ("Kazakhstan cannot join the sanctions against Russia.", "Kazakhstan can not join the sanctions."):
        r = one_of(loaded(text), "join")
        assert r.negated and r.modality == "hypothetical", text
    r = one_of(loaded("Kazakhstan can join the sanctions."), "join")
    assert not r.negated


def test_hopes_and_plans_to_act_are_actions_with_their_modality():
    for text, mood in (
        ("Kazakhstan hopes to visit Russia.", "hoped"),
        ("Kazakhstan plans to visit Russia.", "intended"),
        ("Kazakhstan intends to visit Russia.", "intended"),
        ("Kazakhstan seeks to visit Russia.", "intended"),
    ):
        r = one_of(loaded(text), "visit")
        assert (r.agents, r.targets, r.modality, r.negated) == ("kazakhstan", "russia", mood, False), text
    c = loaded("President Biden hopes to meet President Tokayev in New York in September 2023.")
    r = one_of(c, "meet")
    assert (r.agents, r.targets, r.modality) == ("biden", "tokayev", "hoped")
    assert c.events.empty  # a hoped-for meeting has not happened; its date is no state either
    c = loaded("President Tokayev will visit Washington in 2024.")
    assert one_of(c, "visit").modality == "intended" and len(c.events) == 1  # a planned, dated step stays


def test_a_step_offered_pledged_or_agreed_is_intended_and_so_is_the_one_coordinated_with_it():
    """What a party agrees to do is not done ("Kazakhstan agreed to hold talks with China": the talks are to come),
    as what it offers or pledges to do; an infinitive coordinated with such a step ("and (to) host …") is too, and
    an infinitive of a verb that pledges nothing stays asserted."""
    for text, lemma in (
        ("Kazakhstan agreed to hold talks with China.", "talk"),
        ("Russia offered to discuss a union with Uzbekistan and sign a treaty with it.", "sign"),
        ("Kazakhstan agreed to join the group and host a summit with China in 2030.", "host"),
        ("Kazakhstan and China agreed to launch a dialogue and to hold talks in Astana.", "talk"),
    ):
        assert one_of(loaded(text), lemma).modality == "intended", text
    assert one_of(loaded("Kazakhstan agreed to join the group and host a summit in 2030."), "agree").modality == (
        "asserted"
    )
    assert one_of(loaded("Kazakhstan agreed to the deal and Russia began to build a base."), "build").modality == (
        "asserted"
    )


def test_a_question_reports_no_happening():
    c = loaded("Q: Did Russia sanction Kazakhstan in 2022?")
    r = one_of(c, "sanction")
    assert r.modality == "hypothetical" and r.date_value == "2022"
    assert c.events.empty and c.dyads.empty


def test_what_a_party_should_or_must_do_is_recommended_and_no_happening():
    """ "should", "must", "ought": advice or a demand, not a step taken: modality recommended, no event, no dyad; a
    relative clause keeps its own (asserted) modality, and a list under "X should:" gives its items the subject,
    with "(a) "-style markers left out of the reading text like bullets."""
    c = loaded("In 2023 the report said the United States should fund a railway in Kazakhstan.")
    r = one_of(c, "fund")
    assert (r.agents, r.targets, r.modality) == ("united_states", "kazakhstan", "recommended")
    assert c.dyads.empty and not (c.events.kind == "action").any()
    assert one_of(loaded("Russia must withdraw its troops from Ukraine."), "withdraw").modality == "recommended"
    c = loaded("The United States must condemn Russia, which invaded Ukraine in 2022.")
    assert dict(zip(c.actions.lemma, c.actions.modality)) == {"condemn": "recommended", "invade": "asserted"}
    c = kzlib.load(
        texts={
            "t": "Options\n\nThe United States should:\n(a) fund a railway in Kazakhstan;\n(b) support Uzbekistan.\n"
        },
        codebook=SHIPPED,
    )
    assert c.paragraphs.text.tolist()[1:] == ["fund a railway in Kazakhstan;", "support Uzbekistan."]
    assert c.actions[["agents", "targets", "lemma", "modality"]].values.tolist() == [
        ["united_states", "kazakhstan", "fund", "recommended"],
        ["united_states", "uzbekistan", "support", "recommended"],
    ]
    assert one_of(loaded("It must be noted that Kazakhstan joined the WTO."), "join").modality == "asserted"
    for text, lemma, modality in [
        ("Kazakhstan must have signed the deal in 2019.", "sign", "asserted"),  # a guess about the past
        ("Kazakhstan knew it must act and condemned Russia in 2022.", "condemn", "asserted"),  # another verb's
        ("Should Russia invade Kazakhstan, China would condemn it.", "invade", "hypothetical"),  # a condition
        ("The United States should also strongly support Kazakhstan.", "support", "recommended"),
    ]:
        assert one_of(loaded(text), lemma).modality == modality, text


def test_what_a_party_ought_needs_or_has_to_do_is_recommended():
    """ "ought to", "need(s) to", "has/have to" governing the verb make it recommended as "should" does ("Kazakhstan
    ought to join" had no row: the infinitive was read as a noun's content; "needs to fund" was asserted). "had to"
    is a past obligation met (asserted); the noun "the need to" and "has to do with" are no obligation."""
    for text, lemma, agents, negated in [
        ("Kazakhstan ought to join the agreement.", "join", "kazakhstan", False),
        ("Kazakhstan ought not to join the agreement.", "join", "kazakhstan", True),
        ("The United States needs to fund the route.", "fund", "united_states", False),
        ("The United States needs to urgently fund the route.", "fund", "united_states", False),
        ("Kazakhstan has to join the agreement.", "join", "kazakhstan", False),
        ("Russia and China have to sign the treaty.", "sign", "russia;china", False),
        ("Kazakhstan and Russia need to sign the treaty.", "sign", "kazakhstan;russia", False),
        ("Kazakhstan does not need to join the agreement.", "join", "kazakhstan", True),
        ("Kazakhstan doesn't need to join the agreement.", "join", "kazakhstan", True),
        ("Kazakhstan needed to join the agreement.", "join", "kazakhstan", False),
        ("The route needs to be funded by the United States.", "fund", "united_states", False),
        ("The treaty has to be signed by Russia and China.", "sign", "russia;china", False),
    ]:
        r = one_of(loaded(text), lemma)
        assert (r.agents, r.modality, bool(r.negated)) == (agents, "recommended", negated), text
    for text, lemma in [
        ("Kazakhstan had to join the agreement.", "join"),  # a past obligation met
        ("Tokayev stressed the need to join the agreement.", "join"),  # a noun
        ("Tokayev stressed the urgent need to join the agreement.", "join"),
        ("China has much to offer Kazakhstan.", "offer"),
    ]:
        assert one_of(loaded(text), lemma).modality == "asserted", text
    # neighbours: a want after a plural subject or a negated auxiliary is a hope, as "wants to" is
    assert one_of(loaded("Kazakhstan and China want to sign the treaty."), "sign").modality == "hoped"
    r = one_of(loaded("Kazakhstan does not want to join the agreement."), "join")
    assert (r.agents, r.modality, bool(r.negated)) == ("kazakhstan", "hoped", True)


def test_neither_nor_negates_both_verbs_and_coordinates_like_and():
    """ "neither condemned nor endorsed the invasion": both verbs negated, both Kazakhstan's, both aimed at the
    invader (the event noun is their object, no action of Kazakhstan's); "Nor did it …" negates its verb."""
    for text in (
        "Russia invaded Ukraine. Kazakhstan neither condemned nor endorsed the invasion.",
        "Russia invaded Ukraine. Kazakhstan has neither condemned nor endorsed the invasion.",
    ):
        a = acts(text)
        assert a[["agents", "targets", "lemma", "negated"]].values.tolist() == [
            ["russia", "ukraine", "invade", False],
            ["kazakhstan", "russia", "condemn", True],
            ["kazakhstan", "russia", "support", True],
        ], text
    a = acts("Kazakhstan did not join the sanctions. Nor did it condemn Russia.")
    assert a[["agents", "lemma", "negated"]].values.tolist() == [
        ["kazakhstan", "join", True],
        ["kazakhstan", "condemn", True],
    ]
    assert acts("Kazakhstan, like neither Russia nor China, joined the sanctions.").negated.tolist() == [False]
    a = acts("Neither Russia nor China supported the plan of Kazakhstan.")
    assert a[["agents", "negated"]].values.tolist() == [["russia;china", True]]


def test_core_verbs_of_the_lexicon():
    for text, lemma, agents, targets, cameo, quad, mood in (
        ("Russia annexed Crimea in March 2014.", "annex", "russia", "", "192", "material conflict", "asserted"),
        (
            "Russia sent troops to Kazakhstan under the CSTO.",
            "send",
            "russia",
            "kazakhstan",
            "062",
            "material cooperation",
            "asserted",
        ),
        ("President Tokayev dismissed the government.", "dismiss", "tokayev", "", "", "", "asserted"),
        (
            "Washington called on Russia to show restraint.",
            "call on",
            "united_states",
            "russia",
            "020",
            "verbal cooperation",
            "asserted",
        ),
        (
            "The United States will open a new trade office in Kazakhstan.",
            "open",
            "united_states",
            "kazakhstan",
            "050",
            "verbal cooperation",
            "intended",
        ),
        (
            "President Biden will lead a U.S. delegation to Uzbekistan.",
            "lead",
            "biden",
            "uzbekistan",
            "042",
            "verbal cooperation",
            "intended",
        ),
        ("President Biden condemned that invasion.", "condemn", "biden", "", "111", "verbal conflict", "asserted"),
    ):
        r = one_of(loaded(text), lemma)
        assert (r.agents, r.targets, r.cameo, r.quad_class, r.modality) == (agents, targets, cameo, quad, mood), text
    # verbs that act only with their object: no row without it
    for text in (
        "This will lead to a new strategy.",
        "Russia sent a letter to Kazakhstan.",
        "Kazakhstan opened talks.",
    ):
        assert loaded(text).actions.query("lemma in ['lead', 'send', 'open']").empty, text
    # disapproval of one's own affairs still has no class
    assert one_of(loaded("President Biden condemned that reform."), "condemn").quad_class == ""


def test_without_a_gerund_is_a_manner_not_a_step():
    c = loaded("President Tokayev ordered troops to shoot without warning.")
    assert list(c.actions.lemma) == ["order"] and c.actions.quad_class.iloc[0] == ""  # a domestic command
    r = one_of(loaded("Kazakhstan acted without warning Russia."), "warn")  # with an object it is a step
    assert r.targets == "russia" and r.negated
    assert loaded("Kazakhstan acted in order to protect its borders.").actions.query("lemma == 'order'").empty


def test_a_bare_verb_form_after_an_actor_adjective_in_an_object_is_a_noun():
    assert (
        loaded("The agreement promotes U.S. trade and investment in Kazakhstan.")
        .actions.query("lemma == 'trade'")
        .empty
    )
    r = one_of(loaded("Kazakhstan stated that Russia trades with China."), "trade")
    assert r.agents == "russia" and r.targets == "china"


@pytest.mark.parametrize(
    "text, lemma, modality",
    [
        ("The United States supported a plan that China announced.", "announce", "asserted"),  # no plan of China's
        ("Kazakhstan put forward a proposal and Russia signed it.", "sign", "asserted"),  # no "look forward"
        ("Trump proposed to counter China's moves in Asia.", "move", "asserted"),  # China's moves happened
        ("Nazarbayev proposed the corridor during a visit to India.", "visit", "asserted"),
        ("Kazakhstan looks forward to working with Russia.", "work with", "hoped"),
        ("Tokayev's idea is to shift the nature of the state.", "shift", "intended"),
    ],
)
def test_intent_and_hope_cues_govern_only_their_own_action(text, lemma, modality):
    from conftest import one

    r = one(text, lemma)
    assert r.modality == modality and r.agents


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


def test_rather_than_negates_the_step_not_taken():
    a = acts('Their tendency was to "work on" Kazakhstan rather than "work with" it, said Washington.')
    assert a[a.lemma == "work with"].negated.tolist() in ([True], [])
    r = one("The United States chose to criticize Kazakhstan rather than support it.", "support")
    assert bool(r.negated)


def test_a_step_named_in_the_object_of_want_is_the_wanters_hope():
    r = one("Uzbekistan wanted, above all, a regular format of consultation with the European Union.", "consult")
    assert ids(r.agents) == {"uzbekistan"} and ids(r.targets) == {"eu"} and r.modality == "hoped"
    r = one("Kazakhstan wants a visit by President Biden.", "visit")  # a step with its own agent keeps it
    assert ids(r.agents) == {"biden"}
    assert acts("Kazakhstan wanted to know more about the consultations.").empty  # not the object of "want"


def _actions(text: str):
    return kzlib.load(texts={"t": text + "\n"}, codebook=SHIPPED).actions


def test_negation_stays_with_its_own_verb():
    """The "not" of a main verb does not scope over the participle of a reduced relative on its object, nor over a
    relative clause: "the sanctions adopted by X" were adopted."""
    for text in (
        "Kazakhstan did not join the sanctions adopted by the European Union in February 2024.",
        "Kazakhstan did not join the sanctions, which the European Union adopted in February 2024.",
        "Kazakhstan did not join the sanctions that the European Union adopted.",
    ):
        a = _actions(text).set_index("lemma")
        assert a.negated["join"] and not a.negated["adopt"], text
        assert a.agents["adopt"] == "eu"
    a = _actions("Russia did not attack Ukraine, and it has not been invited by China.").set_index("lemma")
    assert a.negated["attack"] and a.negated["invite"]  # its own negation still counts


def test_a_modal_or_negation_inside_an_aside_is_the_asides_own():
    """A relative or a participle's clause between commas before the main verb holds its own modal and negation:
    "Biden, who would later visit Kyiv, sanctioned Russia" had the sanction hypothetical, "Tokayev, saying Kazakhstan
    would stay neutral, met Putin" the meeting hypothetical, "Biden, who did not visit Kyiv, sanctioned Russia" the
    sanction negated. The aside's own verb keeps its cue; a cue of the main clause before the aside still counts."""
    for text, lemma in [
        ("Biden, who would later visit Kyiv, sanctioned Russia.", "sanction"),
        ("Tokayev, saying Kazakhstan would stay neutral, met Putin.", "meet"),
        ("Putin, who might visit Astana, criticized Ukraine.", "criticize"),
        ("Tokayev, noting that Kazakhstan could join, has met Putin.", "meet"),
        ("Biden, who did not visit Kyiv, sanctioned Russia.", "sanction"),
        ("Tokayev, saying Kazakhstan would never join, met Putin.", "meet"),
    ]:
        r = one(text, lemma)
        assert (r.modality, r.negated) == ("asserted", False), text
    assert one("Biden, who would later visit Kyiv, sanctioned Russia.", "visit").modality == "hypothetical"
    assert one("Biden, who did not visit Kyiv, sanctioned Russia.", "visit").negated
    r = one("Kazakhstan, which had not joined the union, never signed the treaty.", "sign")
    assert r.negated  # the main clause's own negation
    assert one("Biden, who met Putin, would sanction Russia.", "sanction").modality == "hypothetical"


def test_a_hope_inside_an_aside_is_the_asides_own():
    """ "Tokayev, hoping to join the union, met Putin" had the meeting hoped: a hope cue is read in the whole sentence
    before the verb, the aside's too. The aside's words are now no cue of the verb after it; a hope of the main
    clause still is."""
    for text in (
        "Tokayev, hoping to join the union, met Putin.",
        "Tokayev, who hopes to join the union, met Putin.",
        "Tokayev, looking forward to the talks, met Putin.",
    ):
        assert one(text, "meet").modality == "asserted", text
    assert one("Tokayev, who hopes to join the union, met Putin.", "join").modality == "hoped"
    assert one("Tokayev hopes to meet Putin.", "meet").modality == "hoped"


def test_contracted_negations_are_negations():
    """ "didn't", "won't" (straight or curly apostrophe) are an auxiliary and its negation: the subject is found past
    them and the step is negated; "won't" is a future, as "will not" is. "expects to" is an intention."""
    for aux, modality in (("didn't", "asserted"), ("didn’t", "asserted"), ("won't", "intended"), ("won’t", "intended")):
        r = one(f"Kazakhstan {aux} join the union.", "join")
        assert (r.agents, bool(r.negated), r.modality) == ("kazakhstan", True, modality), aux
    assert one("Blinken expects to meet Tokayev next week.", "meet").modality == "intended"


def test_the_asides_own_verb_keeps_its_negation_and_contracted_modals_are_hypothetical():
    """Reading the main verb past an aside must not lose the aside's own negation ("which would not withdraw");
    "couldn't", "wouldn't" are hypothetical as "could not" is."""
    r = one("Russia, which would not withdraw, was sanctioned by the United States.", "withdraw")
    assert bool(r.negated)
    assert bool(one("Tokayev, saying Kazakhstan would not join the union, met Putin.", "join").negated)
    for text, lemma in (("Russia couldn't invade Kazakhstan.", "invade"), ("Tokayev wouldn’t meet Putin.", "meet")):
        r = one(text, lemma)
        assert (bool(r.negated), r.modality) == (True, "hypothetical"), text


def test_the_no_of_a_numbered_document_or_of_an_object_before_and_negates_no_later_verb():
    """ "No." before a numeral or a code abbreviates "number"; a "no" in the object of a verb phrase does not reach
    over "and" into the next one, but negates its own verb ("sent no troops"). A "no" that heads the subject or a
    noun still negates."""
    for text, lemma in (
        ("Tokayev signed Decree No. 5 and met Putin in 2022.", "meet"),
        ("Tokayev signed Decree No 5 and met Putin.", "meet"),
        ("Tokayev signed Order No. IV and met Putin.", "meet"),
        ("Tokayev signed decree no. 17 and visited Moscow.", "visit"),
        ("Russia sent no troops and criticized Kazakhstan.", "criticize"),
        ("Kazakhstan made no comment and later met Putin.", "meet"),
        ("Kazakhstan will respond no later than Friday.", "respond"),  # a deadline, not a negation
        ("Kazakhstan met no one except Putin.", "meet"),  # only Putin
    ):
        assert not one_of(loaded(text), lemma).negated, text
    for text, lemma in (
        ("Kazakhstan sent no troops to Ukraine in 2022.", "send"),  # an object opening with "no": not taken
        ("Tokayev signed no decree and met Putin.", "sign"),
        ("Blinken met no one from Russia.", "meet"),
        ("There was no meeting between Tokayev and Putin.", "meet"),
        ("Kazakhstan has no plans to join the union.", "join"),
        ("Russia sent no troops and did not criticize Kazakhstan.", "criticize"),
    ):
        assert one_of(loaded(text), lemma).negated, text


def test_a_number_written_with_groups_is_one_word_of_the_object_and_a_passive_reads_its_subject_as_object():
    """ "sent no fewer than 2,000 troops": the object cue reads "2,000" as one word, as the text writes it (read as
    "2 , 000" the troops stood past the cue's four words: no row), and "no fewer than" negates nothing; a passive
    with no phrase before its by-phrase reads its subject as the object ("Troops were sent to X by Y": forces sent,
    not a message)."""
    for text, negated, mood in (
        ("Russia sent no fewer than 2,000 troops to Kazakhstan.", False, "asserted"),
        ("Russia sent at least 2,000 troops to Kazakhstan.", False, "asserted"),
        ("Russia will send no more than 1,000,000 troops to Kazakhstan.", False, "intended"),
        ("Russia did not send 2,000 troops to Kazakhstan.", True, "asserted"),
        ("Troops were sent to Kazakhstan by Russia.", False, "asserted"),
        ("No fewer than 2,000 troops were sent to Kazakhstan by Russia.", False, "asserted"),
    ):
        r = one_of(loaded(text), "send")
        assert (r.cameo, r.negated, r.modality) == ("062", negated, mood), text
        assert ids(r.agents) == {"russia"} and ids(r.targets) == {"kazakhstan"}, text
    r = one_of(loaded("Russia sent some 12,500 troops to Kazakhstan in 2022."), "send")
    assert r.cameo == "062" and r.date_value == "2022"
    assert one_of(loaded("A letter was sent to Kazakhstan by Russia."), "transmit").cameo == "010"  # a message


def test_a_step_negated_past_an_adjunct_is_negated_with_the_verb_that_governs_it():
    """ "did not agree on Monday to hold talks": the talks not agreed are negated, as in "did not agree to hold
    talks", however far the adjunct puts them from the "not"; so a step refused or declined past an adjunct, and a
    "not" of the infinitive's own. The agreement asserted keeps its step asserted."""
    for text, lemma, mood in (
        ("Kazakhstan did not agree on Monday to hold talks.", "talk", "intended"),
        ("Kazakhstan didn't agree last week to hold talks with China.", "talk", "intended"),
        ("Kazakhstan did not decide in 2020 to join the union.", "join", "intended"),
        ("Kazakhstan refused on Monday to hold talks.", "talk", "asserted"),
        ("Kazakhstan declined last week to join the sanctions.", "join", "asserted"),
        ("Kazakhstan agreed on Monday not to hold talks.", "talk", "intended"),
    ):
        r = one_of(loaded(text), lemma)
        assert r.negated and r.modality == mood and ids(r.agents) == {"kazakhstan"}, text
    for text in ("Kazakhstan agreed on Monday to hold talks.", "Kazakhstan will agree on Monday to hold talks."):
        r = one_of(loaded(text), "talk")
        assert not r.negated and r.modality == "intended", text


def test_a_step_agreed_past_an_adjunct_is_intended_and_the_month_may_is_no_modal():
    """ "agreed on Monday to hold talks" is "agreed to hold talks" (intended): a date, a place, a partner or "in
    principle" between the pledge and its "to" does not end its reach; the party of a "with" or "in" phrase right
    before "to" does not control the infinitive (the subject does); "May" before a numeral or capitalised inside a
    sentence is the month, no modal."""
    for text in (
        "Kazakhstan agreed on Monday to hold talks with China.",
        "Kazakhstan agreed in principle to hold talks with China.",
        "Kazakhstan agreed, in principle, to hold talks with China.",
        "Kazakhstan agreed last week to hold talks with China.",
        "Kazakhstan agreed in May 2022 to hold talks with China.",
        "Kazakhstan agreed with China to hold talks in 2023.",
    ):
        r = one_of(loaded(text), "talk")
        assert r.modality == "intended" and ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"china"}, text
    # the pledge past an adjunct is the step pledged, one row, as "pledged to withdraw" is
    a = acts("Russia pledged in 2022 to withdraw its troops from Kazakhstan.")
    assert a[["lemma", "agents", "modality"]].values.tolist() == [["withdraw", "russia", "intended"]]
    # a light verb's nominal that is an infinitive's object is no step of the light verb's: "offered to mediate talks"
    # holds no talks, and the talks mediated are offered (intended)
    for text in (
        "Kazakhstan offered to mediate talks between Russia and Ukraine.",
        "Kazakhstan offered last week to mediate new talks between Russia and Ukraine.",
    ):
        r = one_of(loaded(text), "talk")
        assert ids(r.agents) == {"russia", "ukraine"} and r.modality == "intended", text
    r = one_of(loaded("Kazakhstan offered talks to Russia."), "talk")  # the light verb's own nominal, as before
    assert ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"russia"}
    # a verb of its own between them ends the pledge's reach (and a decision is an intent of its own)
    assert one_of(loaded("Kazakhstan agreed on Monday and began to hold talks with China."), "talk").modality == (
        "asserted"
    )
    assert one_of(loaded("Kazakhstan agreed on Monday and decided to hold talks with China."), "talk").modality == (
        "intended"
    )
    # the month is no modal; the modal still is, at the sentence's start too
    for text in ("In May 2022, Kazakhstan signed the treaty.", "On 5 May 2022 Kazakhstan signed the treaty."):
        assert one_of(loaded(text), "sign").modality == "asserted", text
    for text in ("Kazakhstan may sign the treaty.", "May Kazakhstan sign the treaty?"):
        assert one_of(loaded(text), "sign").modality == "hypothetical", text
    # a party urged in a gerund's phrase is still the one urged to act
    r = one_of(loaded("Kazakhstan joined China in urging Russia to withdraw its troops from Ukraine."), "urge")
    assert ids(r.targets) == {"russia"}


def test_a_clause_with_its_own_subject_after_comma_and_ends_the_reach_of_a_plan_or_a_hope():
    """ "Kazakhstan agreed to the plan, and Russia began to build the pipeline": Russia's building is told as begun
    (asserted), the plan is Kazakhstan's; so for a hope or a future before ", and X did"."""
    for text, lemma in (
        ("Kazakhstan agreed to the plan, and Russia began to build the pipeline in 2020.", "build"),
        ("Kazakhstan agreed to the plan, and it began to build the pipeline.", "build"),
        ("Kazakhstan hopes to join the union, and Russia signed the treaty.", "sign"),
        ("Kazakhstan will join the union, and Russia signed the treaty.", "sign"),
    ):
        assert one_of(loaded(text), lemma).modality == "asserted", text
    # a verb phrase told in the past after "and" ends the reach of a plan, intent or pledge before it
    for text, lemma in (
        ("Kazakhstan agreed to the plan and began to build the pipeline.", "build"),
        ("Kazakhstan announced its intention to join the union and started building the pipeline.", "build"),
    ):
        assert one_of(loaded(text), lemma).modality == "asserted", text
    for text, lemma, mood in (
        ("Kazakhstan plans to join the union and host a summit in 2030.", "host", "intended"),  # a base form
        # an infinitive coordinated with its "to" is no content of "and": it reads as the first, as near its cue
        ("Kazakhstan plans to join the union and to host a summit.", "host", "intended"),
        ("Kazakhstan planned to join the union and to host a summit in 2030.", "host", "intended"),
        ("Kazakhstan intends to join the customs union and then also to host a summit.", "host", "intended"),
        ("Kazakhstan hopes to join the union and to host a summit.", "host", "hoped"),
        ("Kazakhstan pledged to join the union and sign the treaty.", "sign", "intended"),
        ("Kazakhstan intends to use the funds to build roads.", "build", "intended"),
        ("Kazakhstan hopes to join the union and sign the treaty.", "sign", "hoped"),  # one subject: its reach
        ("Kazakhstan plans to join the union, and to sign the treaty.", "join", "intended"),
        ("Kazakhstan may join the union, and the EU welcomed the step.", "join", "hypothetical"),
    ):
        assert one_of(loaded(text), lemma).modality == mood, text


def test_a_verb_coordinated_after_an_agreement_governs_its_own_infinitive_and_a_decision_is_an_intent():
    """ "Kazakhstan agreed to the plan and then decided to build a port": the building is no content of the agreement
    (which an infinitive right after "agreed to" is) but the step decided, an intent as one resolved on; so past an
    adjunct of the decision ("decided in 2020 to", "decided on Monday to") and with the decision negated."""
    for text, lemma, negated in (
        ("Kazakhstan agreed to the plan and then decided to build a port.", "build", False),
        ("Kazakhstan agreed to the plan and decided to build a port.", "build", False),
        ("Kazakhstan agrees to the plan and then decides to build a port.", "build", False),
        ("Kazakhstan agreed to the plan and then decided in 2020 to build a port.", "build", False),
        ("Kazakhstan agreed to the plan and then decided on Monday to join the union.", "join", False),
        ("Kazakhstan agreed to the plan but did not decide to build a port.", "build", True),
        ("Kazakhstan decided to build a port.", "build", False),
        ("Kazakhstan decided on Monday to join the union.", "join", False),
    ):
        r = one_of(loaded(text), lemma)
        assert ids(r.agents) == {"kazakhstan"} and r.modality == "intended" and r.negated == negated, text
    # an infinitive coordinated under the agreement is still its content; a verb of no intent tells the step done
    assert "build" not in set(acts("Kazakhstan agreed to the plan and then to build a port.").lemma)
    assert one_of(loaded("Kazakhstan agreed to the plan and began to build a port."), "build").modality == "asserted"


def test_a_party_added_to_the_subject_between_commas_opens_no_clause_of_its_own():
    """ "Kazakhstan hopes China, and Russia too, will join": ", and Russia too," adds a party to the subject (both
    join) and opens no clause with a subject of its own, so the hope reaches the joining (was: Russia alone,
    intended); as ", as well as Russia," does. A clause after ", and" with a verb of its own keeps its own reading."""
    for text, mood, negated in (
        ("Kazakhstan hopes China, and Russia too, will join.", "hoped", False),
        ("Kazakhstan hopes China, and Russia as well, will join.", "hoped", False),
        ("Kazakhstan hopes China, and also Russia, will join.", "hoped", False),
        ("Kazakhstan hopes China, and Russia too, will not join.", "hoped", True),
        ("China, and Russia too, will join the union.", "intended", False),
        ("China, and Russia too, joined the union in 2020.", "asserted", False),
    ):
        r = one_of(loaded(text), "join")
        assert ids(r.agents) == {"china", "russia"} and r.modality == mood and r.negated == negated, text
    a = acts("Kazakhstan hopes China will join, and Russia joined too.")
    assert a[["agents", "modality"]].values.tolist() == [["china", "hoped"], ["russia", "asserted"]]


def test_a_step_one_will_try_to_take_is_intended():
    """ "Kazakhstan will try to join the union": the base form "try" governs the infinitive as "tried" and "tries" do
    (it gave no row: read as a noun whose content the joining is); the joining is intended, negated with "did not
    try"."""
    for text, agents, negated in (
        ("Kazakhstan will try to join the union.", {"kazakhstan"}, False),
        ("Kazakhstan and Russia try to join the union.", {"kazakhstan", "russia"}, False),
        ("Kazakhstan did not try to join the union.", {"kazakhstan"}, True),
    ):
        r = one_of(loaded(text), "join")
        assert ids(r.agents) == agents and r.modality == "intended" and r.negated == negated, text


def test_a_verb_coordinated_with_or_after_a_negated_verb_is_negated_too():
    """ "Kazakhstan did not join the union or host a summit": neither happened (the summit was told as hosted); so
    an infinitive with its own "to" after "or", and a step refused. A clause after ", or" with a subject of its own
    keeps its own reading, and "or" after an asserted verb negates nothing."""
    for text, mood in (
        ("Kazakhstan did not join the union or host a summit.", "asserted"),
        ("Kazakhstan does not plan to join the union or to host a summit.", "intended"),
        ("Kazakhstan never joined the union or hosted a summit in 2020.", "asserted"),
        ("Kazakhstan refused to join the union or host a summit.", "asserted"),
    ):
        r = one_of(loaded(text), "host")
        assert r.negated and r.modality == mood and ids(r.agents) == {"kazakhstan"}, text
    assert not one_of(loaded("Kazakhstan joined the union or hosted a summit."), "host").negated
    r = one_of(loaded("Kazakhstan did not join the union, or Russia hosted a summit."), "host")
    assert not r.negated and ids(r.agents) == {"russia"}


def test_a_step_one_stopped_or_fell_short_of_is_negated_as_one_refrained_from():
    """ "stopped short of halting trade" did not halt it, as "refrained from", "declined to", "failed to" and
    "avoided" tell (an adverb between them and the verb too); the step after it in its own verb phrase is not."""
    for text, lemma in (
        ("Kazakhstan stopped short of halting trade with Russia.", "halt"),
        ("Kazakhstan has stopped short of condemning Russia.", "condemn"),
        ("Kazakhstan stops short of formally recognizing the annexation of Crimea.", "recognize"),
        ("Kazakhstan refrained from halting trade with Russia.", "halt"),
        ("Kazakhstan declined to halt trade with Russia.", "halt"),
        ("Kazakhstan failed to halt trade with Russia.", "halt"),
        ("Kazakhstan avoided halting trade with Russia.", "halt"),
        ("Kazakhstan declined to formally join the sanctions against Russia.", "join"),
    ):
        r = one_of(loaded(text), lemma)
        assert r.negated and r.modality == "asserted", text
    a = acts("Kazakhstan stopped short of halting trade with Russia but criticized it in 2022.").set_index("lemma")
    assert a.negated["halt"] and not a.negated["criticize"]


def test_a_forecast_or_an_inverted_condition_is_hypothetical():
    """ "is (un)likely to", "it is possible (likely, unlikely) that" tell a possibility, neither done nor planned;
    a condition told by inversion ("Had Washington engaged earlier, …", "Were Russia to invade …") is one, as
    "Should Russia invade …" was. A clause after ", but" keeps its own modality, and "had" as an auxiliary too."""
    assert one("Kazakhstan is unlikely to recognize the republics.", "recognize").modality == "hypothetical"
    assert one("Kazakhstan is likely to join the union in 2025.", "join").modality == "hypothetical"
    assert one("It is possible that Kazakhstan will join the union.", "join").modality == "hypothetical"
    a = acts("It is unlikely that Kazakhstan will recognize the republics, but Russia invaded Ukraine.")
    assert dict(zip(a.lemma, a.modality)) == {"recognize": "hypothetical", "invade": "asserted"}
    a = acts("Had Washington engaged earlier, Kazakhstan might have joined the coalition.")
    assert set(a.modality) == {"hypothetical"} and len(a) == 2
    assert one("Were Russia to invade Kazakhstan, the United States would act.", "invade").modality == "hypothetical"
    assert one("Russia had invaded Ukraine before Kazakhstan joined.", "invade").modality == "asserted"


def test_a_threat_or_warning_to_act_is_no_act():
    """ "threatened (on Monday) to attack Kazakhstan": the attack is the threat's content, no step of its own; the
    threat takes its target (a weekday or month before "to" is read through, as with "agreed on Monday to")."""
    for text, lemma, agent, target in (
        ("Russia threatened on Monday to attack Kazakhstan.", "threaten", "russia", "kazakhstan"),
        ("Russia threatened in March to attack Kazakhstan.", "threaten", "russia", "kazakhstan"),
        ("Russia threatened to attack Kazakhstan.", "threaten", "russia", "kazakhstan"),
        ("Kazakhstan warned on Monday to expel Russian diplomats.", "warn", "kazakhstan", "russia"),
        ("Kazakhstan warned to expel Russian diplomats.", "warn", "kazakhstan", "russia"),
    ):
        c = loaded(text)
        assert set(c.actions.lemma) == {lemma}, (text, c.actions[["lemma", "agents", "targets"]].to_string())
        r = one_of(c, lemma)
        assert (r.agents, r.targets, r.negated) == (agent, target, False), text
    # a verb of its own coordinated after the threat governs its infinitive
    r = one_of(loaded("Russia threatened on Monday and then decided to attack Kazakhstan."), "attack")
    assert r.modality == "intended"


def test_a_negated_hesitation_past_an_adjunct_affirms_the_step():
    """ "did not hesitate on Monday to condemn Russia": the negation of "hesitate", "wait", "stop" or "fail" affirms
    the step (not negated), as "did not fail to"; "refused on Monday to" and "did not agree on Monday to" negate it."""
    for text in (
        "Kazakhstan did not hesitate on Monday to condemn Russia.",
        "Kazakhstan never hesitated in 2022 to condemn Russia.",
        "Kazakhstan did not stop in 2022 to condemn Russia.",
        "Kazakhstan did not wait until 2022 to condemn Russia.",
        "Kazakhstan did not fail in 2022 to condemn Russia.",
    ):
        r = one_of(loaded(text), "condemn")
        assert not r.negated and r.modality == "asserted", text
    for text in ("Kazakhstan refused on Monday to condemn Russia.", "Kazakhstan failed in 2022 to condemn Russia."):
        assert one_of(loaded(text), "condemn").negated, text


def test_a_second_infinitive_with_its_own_to_takes_the_firsts_negation_and_modality():
    """ "refused to join the union and to host a summit": the hosting is refused too (negated), as the joining; "is
    expected to join the union and to host a summit": both intended. A finite verb after "and" keeps its own reading
    ("refused to join the union and hosted a summit": hosted)."""
    for text, modality, negated in (
        ("Kazakhstan refused to join the union and to host a summit.", "asserted", True),
        ("Kazakhstan failed to join the union and to host a summit.", "asserted", True),
        ("Kazakhstan declined to join the union and to host a summit.", "asserted", True),
        ("Kazakhstan does not plan to join the union and to host a summit.", "intended", True),
        ("Kazakhstan is expected to join the union and to host a summit.", "intended", False),
        ("Kazakhstan wants to join the union and then to host a summit.", "hoped", False),
    ):
        c = loaded(text)
        for lemma in ("join", "host"):
            r = one_of(c, lemma)
            assert (r.modality, bool(r.negated)) == (modality, negated), (text, lemma)
    r = one_of(loaded("Kazakhstan refused to join the union and hosted a summit."), "host")
    assert not r.negated and r.modality == "asserted"


def test_a_negated_hesitation_right_before_to_affirms_the_step():
    """ "did not hesitate to condemn Russia" gave no row ("hesitate" read as a noun whose content the condemning is)
    and "never hesitated to condemn" a negated one: the negation of "hesitate", "wait" or "stop" affirms the step."""
    for text, modality in (
        ("Kazakhstan did not hesitate to condemn Russia.", "asserted"),
        ("Kazakhstan never hesitated to condemn Russia.", "asserted"),
        ("Kazakhstan did not wait to condemn Russia.", "asserted"),
        ("Kazakhstan will not hesitate to condemn Russia.", "intended"),
    ):
        r = one_of(loaded(text), "condemn")
        assert not r.negated and r.modality == modality, text
    assert one_of(loaded("Kazakhstan did not condemn Russia."), "condemn").negated
