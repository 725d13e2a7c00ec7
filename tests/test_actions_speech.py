"""The actions grammar on speeches, statements, transcripts and reports: the first person of a speaker or of the
signatories, modality, reported speech, performative speech acts, lexicon senses of such texts, each rule on a small
text written for it."""

import kzlib

from conftest import SHIPPED, _shipped, acts, ids, one


def titled(title: str, text: str):
    """The actions of ``text`` under the title line ``title``."""
    return kzlib.load(texts={"t": title + "\n\n" + text + "\n"}, codebook=_shipped()).actions


def one_in(title: str, text: str):
    """The one action row of ``text`` under ``title``."""
    a = titled(title, text)
    assert len(a) == 1, a[["agents", "lemma", "targets"]].to_string()
    return a.iloc[0]


BODY = (
    "I visited Russia in March 2020. My government signed an agreement with Russia in 2021. "
    "We called on Ukraine to return to talks."
)


def test_a_speech_title_names_the_speaker_of_i_and_we():
    for title, me in [
        ("Remarks by President Tokayev", "tokayev"),
        ("Statement by Kassym-Jomart Tokayev, President of Kazakhstan", "tokayev"),
        ("Address by the President of Kazakhstan at the General Debate of the United Nations", "kazakhstan"),
    ]:
        a = titled(title, BODY)
        assert a[["agents", "targets", "lemma"]].values.tolist() == [
            [me, "russia", "visit"],
            ["kazakhstan", "russia", "sign"],  # "my government": the speaker's state
            ["kazakhstan", "ukraine", "call on"],  # the speaker's "we"
        ], (title, a)
    # a title naming two speakers, or none, names nobody: "I" stays unresolved
    assert titled("Remarks by President Tokayev and President Mirziyoyev", BODY).empty
    assert titled("A speech on security", BODY).empty


def test_a_testimony_of_a_speaker_outside_the_codebook_and_an_address_before_thank_you():
    """ "Statement (Testimony) of X Before …" names its speaker as "by" does; a speaker the codebook lacks, named with
    a title or in full, is ``other:<Name>``, whose "we" is the speaker (the side is unknown), not the state that
    acted last. The names before ", thank you" address someone: the speaker thanks, or no one known."""
    text = (
        "Chairman Murphy, Ranking Member Young, thank you. Kazakhstan refused to join the sanctions. We welcome that."
    )
    lu = "other:Donald Lu"
    a = titled("Statement of Assistant Secretary Donald Lu Before the Senate Foreign Relations Committee", text)
    assert a[["agents", "lemma"]].values.tolist() == [
        [lu, "thank"],
        ["kazakhstan", "refuse"],
        ["kazakhstan", "join"],
        [lu, "welcome"],
    ]
    a = titled("Testimony of Secretary Blinken", "We welcome the talks with Kazakhstan.")
    assert a[["agents", "targets"]].values.tolist() == [["united_states", "kazakhstan"]]
    a = titled("Statement of Principles", "Kazakhstan signed the treaty. We welcome that.")
    assert a.agents.tolist() == ["kazakhstan", "kazakhstan"]  # no speaker: the side that acted last, as before
    assert titled("Notes", "President Tokayev, thank you for your hospitality.").empty  # no speaker known
    assert titled("Notes", "Kazakhstan, Russia and China thank you.").agents.tolist() == ["kazakhstan;russia;china"]
    assert titled("Notes", "Tokayev replied, thank you, and left.").agents.tolist() == ["tokayev"]  # a verb: no address


def test_the_first_person_inside_an_attributed_quotation_is_the_one_quoted():
    """“We condemn this war,” Tokayev said: "we" is Kazakhstan (it went to Russia, the side that acted last), "I"
    Tokayev; the attribution may follow (", said President X"; ", X told reporters") or lead ("X said: “…”"). An
    unattributed quotation is left to the rules around it."""
    war = "Russia invaded Ukraine. "
    for text, who in [
        (war + "“We condemn this war,” Tokayev said.", "kazakhstan"),
        (war + '"I condemn this war," said President Tokayev.', "tokayev"),
        (war + "“We condemn this war,” Kazakh President Tokayev told reporters.", "kazakhstan"),
        (war + "Blinken told reporters in Astana: “We condemn this war.”", "united_states"),
        (war + "Tokayev said Putin told him: “We condemn this war.”", "russia"),  # the last verb of saying
    ]:
        a = acts(text)
        assert a[a.lemma == "condemn"].agents.tolist() == [who], text
    a = acts(war + "“We condemn this war.” Tokayev met Putin.")
    assert "kazakhstan" not in a[a.lemma == "condemn"].agents.tolist()  # no verb of saying: no attribution


def test_my_government_and_our_country_under_a_speaker_label():
    a = titled("Remarks by President Tokayev", "PRESIDENT TOKAYEV: " + BODY + " Our country will host Russia in 2026.")
    assert a[["agents", "lemma"]].values.tolist()[1:] == [
        ["kazakhstan", "sign"],
        ["kazakhstan", "call on"],
        ["kazakhstan", "host"],
    ]


def test_we_with_no_speaker_is_the_side_that_acted_last_never_its_targets():
    a = acts(
        "Kazakhstan has delivered aid to Afghanistan since 2021. We have not recognized the Taliban government, "
        "but we maintain contacts with the authorities in Kabul."
    )
    assert a.agents.tolist() == ["kazakhstan"] * 3
    r = one("Kazakhstan hosted Russia in 2019. We signed an agreement in 2020.", "sign")
    assert r.agents == "kazakhstan"
    # a speaker named by the title wins over the co-agents of the sentence before
    a = titled(
        "Address by the President of Kazakhstan at the Assembly",
        "Uzbekistan, Kyrgyzstan and Kazakhstan agreed in Dushanbe in August 2025 to establish a consortium. "
        "We will host Russia in 2026.",
    )
    assert a[a.lemma == "host"].agents.tolist() == ["kazakhstan"]
    assert ids(a[a.lemma == "agree"].iloc[0].agents) == {"uzbekistan", "kyrgyzstan", "kazakhstan"}


def test_expected_due_set_or_ready_to_act_is_intended():
    c = kzlib.load(
        texts={"t": "A title\n\nThe United States is expected to announce new projects with Kazakhstan.\n"},
        codebook=_shipped(),
    )
    r = c.actions.iloc[0]
    assert (r.lemma, r.agents, r.modality) == ("announce", "united_states", "intended")
    assert c.dyads.empty  # a step only foreseen makes no dyad
    r = one("Kazakhstan's President Tokayev is due to visit Tashkent next month.", "visit")
    assert (r.agents, r.targets, r.modality) == ("tokayev", "uzbekistan", "intended")
    assert one("Kazakhstan is set to host Russia in May 2026.", "host").modality == "intended"
    r = one("Russia said it was ready to discuss a gas union with Kazakhstan.", "discuss")  # "it": who said it
    assert (r.agents, r.targets, r.modality) == ("russia", "kazakhstan", "intended")
    assert one("Tokayev was able to visit Tashkent.", "visit").modality == "asserted"


def test_the_two_leaders_are_people_not_a_group_described():
    a = acts(
        "Tokayev met Mirziyoyev in 2023. Mirziyoyev urged U.S. companies to invest in Uzbekistan. "
        "The two leaders are expected to sign an agreement."
    )
    r = a[a.lemma == "sign"].iloc[0]
    assert ids(r.agents) == {"tokayev", "mirziyoyev"} and r.modality == "intended"


def test_a_date_of_an_opening_participle_an_infinitive_or_a_for_phrase_dates_no_main_verb():
    for text, lemma in [
        ("Recalling the bombings of Hiroshima in August 1945, Japan and Kazakhstan reaffirmed their goal.", "affirm"),
        ("Japan welcomed Kazakhstan's decision to host the conference in 2026.", "welcome"),
        ("President Tokayev invited Russia to visit Kazakhstan in 2025.", "invite"),
        ("Japan expressed its support for Kazakhstan's candidacy for the Council for 2026-2028.", "support"),
    ]:
        assert one(text, lemma).date_value == "", text
    # the infinitive's own date, one said before it, and an opening preposition's date stay
    assert one("Kazakhstan decided to join the EEU in 2019.", "join").date_value == "2019"
    assert one("In 2019 Kazakhstan decided to join the EEU.", "join").date_value == "2019"
    a = acts("Kazakhstan will host Russia in October 2026 to discuss trade.")
    assert a.date_value.tolist() == ["2026-10", "2026-10"]
    assert one("During 2018, as Kazakhstan worked with Russia, it prospered.", "work with").date_value == "2018"
    assert one("Having signed a treaty in 2019, Kazakhstan joined the EEU in 2020.", "join").date_value == "2020"


def test_targets_in_reported_speech():
    # an object "him" is not the subject: the person named before, else the one named last who is not the agent
    r = one(
        "President Tokayev thanked Prime Minister Ishiba for his hospitality and invited him to visit Kazakhstan.",
        "invite",
    )
    assert r.targets == "other:Ishiba"
    assert one("Tokayev met Putin. He invited him to visit Kazakhstan.", "invite").targets == "putin"
    # a judged act named by a definite noun is its author's, told in this sentence or the three before
    r = one("Russia proposed a gas union. Kazakh officials have repeatedly rejected the proposal.", "reject")
    assert (r.agents, r.targets) == ("kazakhstan", "russia")
    # an offer or a pledge to act: the act offered is the row, intended, with its own target
    for verb in ("offered", "pledged"):
        r = acts(f"Russia {verb} to discuss a gas union with Uzbekistan.").iloc[0]
        assert (r.agents, r.targets, r.lemma, r.modality) == ("russia", "uzbekistan", "discuss", "intended")
    # not recognising an annexation is a negated recognition, towards the annexer when named
    r = one("Kazakhstan has never recognized the annexation of any territory by force.", "recognize")
    assert r.negated and r.agents == "kazakhstan"
    assert one("Kazakhstan never recognized the annexation of Crimea by Russia.", "recognize").targets == "russia"
    r = one("Kazakhstan has never recognized the so-called referendums in eastern Ukraine.", "recognize")
    assert r.negated and (r.agents, r.targets) == ("kazakhstan", "ukraine")  # a referendum's result is a status
    assert acts("Kazakhstan recognizes the importance of trade.").empty  # a fact noted
    # republics are statuses granted too; regions are not listed ("recognized the regions that suffered")
    assert one("Russia recognized the so-called republics in eastern Ukraine.", "recognize").targets == "ukraine"


def test_its_in_the_object_is_the_clause_subject_past_an_apposition():
    a = acts(
        "Russia is using gas as a political instrument. China, Uzbekistan's largest trading partner, has also "
        "stepped up its engagement."
    )
    assert a[a.lemma == "engage"].agents.tolist() == ["china"]
    assert one("Tokayev, Kazakhstan's president, visited Russia.", "visit").agents == "tokayev"


def test_lexicon_senses_of_a_new_text():
    r = one("Kazakhstan then gave up the fourth largest nuclear arsenal in the world.", "give up")
    assert r.cameo == "" and r.quad_class == ""  # renouncing, not aid
    a = acts("Mirziyoyev has opened Uzbekistan's economy since taking office in 2016.")
    assert a[["agents", "lemma"]].values.tolist() == [["mirziyoyev", "take office"]]  # no office opened
    assert one("Kazakhstan opened an embassy in Japan.", "open").cameo == "050"
    r = one("The European Union is negotiating an agreement with Tashkent.", "negotiate")
    assert (r.agents, r.targets, r.quad_class) == ("eu", "uzbekistan", "verbal cooperation")
    r = one("Japan and Kazakhstan condemned the missile launches by North Korea.", "condemn")
    assert (r.targets, r.cameo, r.quad_class) == ("other:North Korea", "111", "verbal conflict")
    r = one("Kazakhstan and Japan will jointly develop the transport route.", "develop")
    assert (r.cameo, r.quad_class) == ("030", "verbal cooperation")
    r = one("Kazakhstan will not join any sanctions regime that has not been adopted by the Security Council.", "adopt")
    assert r.agents == "other:Security Council"


def test_a_speech_requests_assistance_and_sends_goods():
    r = one("Kazakhstan requested the assistance of the Collective Security Treaty Organization.", "request")
    assert (r.agents, r.targets, r.cameo) == ("kazakhstan", "csto", "020")
    r = one("Kazakhstan sent another 5,000 tonnes of wheat and flour to Afghanistan.", "send")
    assert (r.targets, r.cameo, r.quad_class) == ("afghanistan", "070", "material cooperation")
    assert acts("Kazakhstan sent a letter to Russia.").empty  # still no row for a letter


def test_my_counterpart_is_never_the_speakers_own_state():
    """A counterpart holds the same office on the other side: "my counterpart" is not "my government"."""
    a = titled("Remarks by President Tokayev", "My counterpart visited Astana in 2022. My government hosted Russia.")
    assert "kazakhstan" not in a[a.lemma == "visit"].agents.tolist()
    assert a[a.lemma == "host"].agents.tolist() == ["kazakhstan"]  # the rule it is an exception to still holds


def test_a_present_tense_verb_of_saying_gives_its_pronoun_to_the_sayer():
    """ "X stresses it is ready": "it" is the one who says, as after "said"."""
    said = one("Russia said it would meet Kazakhstan in 2026.", "meet")
    stresses = one("Russia stresses it will meet Kazakhstan in 2026.", "meet")
    assert ids(stresses.agents) == ids(said.agents) == {"russia"}


def _doc(text: str):
    return kzlib.load(texts={"t": text}, codebook=SHIPPED).actions


def test_the_we_of_a_joint_statement_is_its_signatories():
    a = _doc("Joint Statement of Kazakhstan and Uzbekistan\n\nWe agreed to expand trade. We welcomed the railway.\n")
    assert len(a) == 2 and all(ids(x) == {"kazakhstan", "uzbekistan"} for x in a.agents)
    assert _doc("A Statement by Kazakhstan and Uzbekistan\n\nWe agreed to expand trade.\n").empty


def test_i_want_to_thank_is_a_performative_speech_act():
    import kzlib

    text = "Remarks by President Biden\n\nTHE PRESIDENT: I want to thank President Tokayev for hosting us. I want to visit Astana.\n"
    a = kzlib.load(texts={"t": text}).actions
    assert a[a.lemma == "thank"].iloc[0].modality == "asserted"  # thanking done in saying it, not a hope
    assert a[a.lemma == "host"].iloc[0].modality == "asserted"
    assert a[a.lemma == "visit"].iloc[0].modality == "hoped"


def test_speakers_of_a_transcript_keep_their_own_i_and_we():
    text = (
        "Remarks by President Biden and President Tokayev\n\n"
        "PRESIDENT BIDEN: I welcome President Tokayev. We support Kazakhstan.\n\n"
        "PRESIDENT TOKAYEV: I thank President Biden. We will sign an agreement with the United States.\n\n"
        "Q: Will you visit Russia? We support Uzbekistan.\n\n"
        "MR. SMITH: I met with Secretary Blinken. We support Uzbekistan.\n"
    )
    a = kzlib.load(texts={"t": text}, codebook=SHIPPED).actions
    by = {(r.para_id, r.lemma): (ids(r.agents), ids(r.targets)) for r in a.itertuples()}
    assert by[("P001", "welcome")] == ({"biden"}, {"tokayev"})  # "PRESIDENT" in both names: the surname decides
    assert by[("P001", "support")] == ({"united_states"}, {"kazakhstan"})
    assert by[("P002", "thank")] == ({"tokayev"}, {"biden"})
    assert by[("P002", "sign")] == ({"kazakhstan"}, {"united_states"})
    # the questioner and a speaker outside the codebook: their "I" and "we" stay unresolved (no row)
    assert set(a.para_id) == {"P001", "P002"}, a[["para_id", "lemma", "agents"]].to_string()
    # a label that is only a title: the person the title line names
    a = kzlib.load(
        texts={"t": "Remarks by President Biden\n\nTHE PRESIDENT: I welcome President Tokayev.\n\nI thank you.\n"},
        codebook=SHIPPED,
    ).actions
    assert list(a.agents) == ["biden", "biden"]


def test_a_reported_clause_after_a_verb_of_saying_has_its_own_subject():
    # no pair to resolve "the two countries" to: nobody (no row), never the speaker
    assert acts("Tokayev said the two countries would deepen cooperation on energy.").empty
    text = "Kazakhstan and Uzbekistan signed a treaty in 2019. Tokayev said the two countries would deepen cooperation."
    assert ids(one(text, "deepen").agents) == {"kazakhstan", "uzbekistan"}
    text = "Biden met Tokayev in 2023. Biden says both countries will deepen ties."
    assert ids(one(text, "deepen").agents) == {"united_states", "kazakhstan"}
    assert ids(one("Putin says Russia will expand trade with China.", "expand").agents) == {"russia"}
    # past a phrase after the verb of saying, the sayer is still not the reported clause's subject
    assert acts("Mirziyoyev said on Monday the two countries would deepen cooperation.").empty
    r = one("Nazarbayev on March 19, 2019, surprised everyone by announcing his resignation.", "announce")
    assert ids(r.agents) == {"nazarbayev"}  # a phrase after the subject is skipped as before


def test_a_phrase_after_the_verb_of_saying_does_not_hide_the_reported_subject():
    text = "Russia and China met in May. Putin said on Friday both sides will expand trade."
    assert ids(one(text, "expand").agents) == {"russia", "china"}
    text = "Kazakhstan and Uzbekistan met in 2019. Tokayev said in Astana the two countries would deepen ties."
    assert ids(one(text, "deepen").agents) == {"kazakhstan", "uzbekistan"}
    r = one("Tokayev said in Astana Kazakhstan would deepen ties with China.", "deepen")
    assert ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"china"}


def test_a_clause_reported_after_a_recipient_has_its_own_subject():
    # the teller is no agent: the subject starts after the recipient's phrase
    for text in (
        "Biden told reporters China had attacked Taiwan.",
        "Biden told Tokayev China had attacked Taiwan.",  # two names: split where the second opens
        "Biden told the Kazakh president China attacked Taiwan.",  # a name after a complete phrase
        "Biden told Russia's Putin China will attack Taiwan.",  # not after a possessive
        "Biden told Tokayev and Mirziyoyev China had attacked Taiwan.",  # nor after a coordinator
        "Biden told reporters in Washington China had attacked Taiwan.",  # nor after a preposition
    ):
        r = one(text, "attack")
        assert ids(r.agents) == {"china"} and ids(r.targets) == {"taiwan"}, text
    r = one("Blinken assured Astana Washington would support Kazakhstan.", "support")
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"kazakhstan"}
    assert ids(one("Blinken informed the Senate Russia would attack Ukraine.", "attack").agents) == {"russia"}
    assert ids(one("Putin tells journalists Chinese troops will attack Taiwan.", "attack").agents) == {"china"}
    assert ids(one("Putin reminded Tokayev Russia had supported Kazakhstan.", "support").agents) == {"russia"}
    assert ids(one("Putin reminded Tokayev that Russia had supported Kazakhstan.", "support").agents) == {"russia"}
    text = "Blinken assured Tokayev the United States would support Kazakhstan."  # at a determiner
    assert ids(one(text, "support").agents) == {"united_states"}
    # "the two countries": the pair if one is known, else nobody (no row), never the teller
    assert acts("Tokayev told reporters the two countries would deepen ties.").empty
    text = (
        "Kazakhstan and Uzbekistan signed a treaty in 2019. Tokayev told reporters the two countries would deepen ties."
    )
    assert ids(one(text, "deepen").agents) == {"kazakhstan", "uzbekistan"}
    text = "Russia and China met in May. Putin told reporters on Friday the two countries would expand trade."
    assert ids(one(text, "expand").agents) == {"russia", "china"}  # past a phrase after the recipient
    assert acts("Biden told Tokayev officials would visit Astana.").empty  # no second phrase: nobody
    # a pronoun after the recipient is the teller, as after a verb of saying
    r = one("Russia told the United States it would attack Ukraine.", "attack")
    assert ids(r.agents) == {"russia"} and ids(r.targets) == {"ukraine"}
    assert ids(one("China told Kazakhstan that it would invest in Russia.", "invest").agents) == {"china"}
    # the recipient alone is the telling verb's object
    r = one("Putin warned Kyiv Russia would attack Ukraine.", "warn")
    assert ids(r.agents) == {"putin"} and ids(r.targets) == {"ukraine"}
    assert ids(one("Putin warned Kyiv Russia would attack Ukraine.", "attack").agents) == {"russia"}
    r = one("Putin warned Tokayev China's Xi would visit Astana.", "warn")  # a possessive's name is its phrase's
    assert ids(r.targets) == {"tokayev"}
    # a passive verb of telling has no recipient after it
    assert ids(one("Kazakhstan was told Russia would supply gas to Uzbekistan.", "supply").agents) == {"russia"}


def test_a_verb_of_saying_leaves_nouns_and_the_sayers_own_phrases_alone():
    """What the reported-clause rules must not take (a review of them): a noun in -s that is no verb of saying, a
    phrase of the saying itself before "that", coordinated subjects of the reported clause."""
    r = one("Territorial claims by China were rejected by Kazakhstan.", "reject")
    assert ids(r.targets) == {"china"}  # "claims" is the noun here
    r = one("Tokayev said during talks with Putin that trade would grow.", "talk")
    assert ids(r.agents) == {"tokayev"} and ids(r.targets) == {"putin"}  # the talks are the sayer's
    r = one("Putin stresses during talks with Tokayev that Russia will support Kazakhstan.", "support")
    assert ids(r.agents) == {"russia"}
    r = one("Tokayev said on Monday Russia and China would expand trade.", "expand")
    assert ids(r.agents) == {"russia", "china"}  # both names, not the last one
    assert ids(one("Putin claims Russia will expand trade with China.", "expand").agents) == {"russia"}


def test_a_verb_of_telling_opening_the_sentence_is_no_teller():
    """ "Informed officials": a participle before its noun, no verb of telling whose recipient comes next."""
    r = one("Informed officials in Moscow criticized Kazakhstan.", "criticize")
    assert ids(r.agents) == {"russia"} and ids(r.targets) == {"kazakhstan"}


def test_a_reported_clause_after_writing_or_believing_has_its_own_subject():
    # as after "said": the writer, believer or fearer is no co-agent of the clause reported without "that"
    for text, lemma, agents in [
        ("Tokayev wrote Kazakhstan would expand trade with Japan.", "expand", {"kazakhstan"}),
        ("Tokayev writes the two countries will expand trade.", "expand", set()),  # no pair known: nobody
        ("Putin fears China will invest in Kazakhstan.", "invest", {"china"}),
        ("Putin feared China would invest in Kazakhstan.", "invest", {"china"}),
        ("Biden expects Kazakhstan will join the agreement.", "join", {"kazakhstan"}),
        ("Biden expected Kazakhstan would join the agreement.", "join", {"kazakhstan"}),
        ("Xi believes Russia will attack Ukraine.", "attack", {"russia"}),
        ("Xi believed on Monday Russia would attack Ukraine.", "attack", {"russia"}),
        ("Biden thinks Kazakhstan will join the agreement.", "join", {"kazakhstan"}),
        ("Putin thought China would invest in Kazakhstan.", "invest", {"china"}),
        ("Analysts predicted Russia would attack Ukraine.", "attack", {"russia"}),
        ("Xi suspects the United States will sanction China.", "sanction", {"united_states"}),
    ]:
        a = acts(text)
        rows = a[a.lemma == lemma]
        if not agents:
            assert rows.empty, (text, rows)
            continue
        assert len(rows) == 1 and ids(rows.agents.iloc[0]) == agents, (text, rows[["agents", "targets"]])
    # neighbours: "said" as before, and "expected to" of a planned step keeps its subject
    assert ids(one("Tokayev said Kazakhstan would join the agreement.", "join").agents) == {"kazakhstan"}
    r = one("Tokayev is expected to visit Washington in May.", "visit")
    assert (r.agents, r.targets) == ("tokayev", "united_states")


def test_the_one_convinced_or_briefed_is_the_recipient_of_the_clause_not_its_party():
    for text, lemma, agents, targets in [
        (
            "Blinken convinced Tokayev the United States would send aid to Ukraine.",
            "send",
            {"united_states"},
            {"ukraine"},
        ),
        (
            "Blinken briefed Tokayev the United States would send aid to Ukraine.",
            "send",
            {"united_states"},
            {"ukraine"},
        ),
        ("Putin persuaded Lukashenko Russia would supply grain to Belarus.", "supply", {"russia"}, {"belarus"}),
    ]:
        r = one(text, lemma)
        assert (ids(r.agents), ids(r.targets)) == (agents, targets), (text, r.agents, r.targets)
    # "persuaded X to join": X joins, as before
    r = one("Blinken persuaded Tokayev to join the agreement.", "join")
    assert r.agents == "tokayev"


def test_that_after_a_telling_or_saying_opens_the_clause_and_names_no_antecedent():
    # "told Blinken that X would join": the recipient (or the sayer) is no antecedent of a relative "that"
    for text, agents in [
        ("Tokayev told Blinken that Kazakhstan would join the agreement.", "kazakhstan"),
        ("Putin told Tokayev that Russia had joined the treaty.", "russia"),
        ("Tokayev said that Kazakhstan would join the agreement.", "kazakhstan"),
        ("Mirziyoyev informed Xi that Uzbekistan will join the organization.", "uzbekistan"),
        ("Blinken persuaded Tokayev that Kazakhstan should join the agreement.", "kazakhstan"),
    ]:
        r = one(text, "join")
        assert (r.agents, r.targets) == (agents, ""), (text, r.agents, r.targets)
    r = one("Blinken briefed Tokayev that the United States would send aid to Ukraine.", "send")
    assert (r.agents, r.targets) == ("united_states", "ukraine")
    # a relative "that" or "which" after a noun keeps its antecedent
    r = one("CACO, which Tajikistan also joined, grew.", "join")
    assert (r.agents, r.targets) == ("tajikistan", "caco")
    r = one("Tokayev assured Putin that Kazakhstan would support Russia.", "support")
    assert (r.agents, r.targets) == ("kazakhstan", "russia")


def test_that_after_a_to_phrase_of_saying_opens_the_clause():
    # "wrote to Biden that X would join": the one written or said to is no antecedent of "that"
    for text in [
        "Tokayev wrote to Biden that Kazakhstan would join the agreement.",
        "Tokayev said to Putin that Kazakhstan would join the agreement.",
    ]:
        r = one(text, "join")
        assert (r.agents, r.targets) == ("kazakhstan", ""), (text, r.agents, r.targets)


def test_a_clause_reported_after_replying_answering_or_explaining_has_no_teller_in_it():
    """ "replied", "answered", "explained", "acknowledged" … report a clause as "said" does (saying_verbs.csv): the
    one who replies is no target of the clause's verb ("Tokayev replied that Kazakhstan would join" had tokayev)."""
    for text, lemma, agents, targets in [
        ("Tokayev replied that Kazakhstan would join the agreement.", "join", {"kazakhstan"}, set()),
        ("Biden answered that the United States would fund the route.", "fund", {"united_states"}, set()),
        ("Xi explained that China had joined the agreement.", "join", {"china"}, set()),
        ("Putin acknowledged that Russia would join the union.", "join", {"russia"}, set()),
        ("Tokayev recalled that Kazakhstan joined the agreement in 2019.", "join", {"kazakhstan"}, set()),
        ("Mirziyoyev replied Uzbekistan would deepen ties with China.", "deepen", {"uzbekistan"}, {"china"}),
        ("Putin explained to Tokayev that Russia would join the agreement.", "join", {"russia"}, set()),
    ]:
        r = one(text, lemma)
        assert (ids(r.agents), ids(r.targets)) == (agents, targets), (text, r.agents, r.targets)
    # neighbours: a recipient warned, a need stressed, a lexicon sense of the verb with its own object
    a = acts("Tokayev warned Russia that Kazakhstan would join the agreement.")
    assert a[["agents", "targets", "lemma"]].values.tolist() == [
        ["tokayev", "russia", "warn"],
        ["kazakhstan", "", "join"],
    ]
    assert one("Tokayev stressed the need to join the agreement.", "join").agents == "tokayev"
    r = one("Kazakhstan acknowledged Russia's role.", "acknowledge")
    assert (r.agents, r.targets) == ("kazakhstan", "russia")
    assert one("Tokayev replied: “We will join the agreement.”", "join").agents == "kazakhstan"  # the one quoted


def test_thank_you_addresses_the_names_before_or_after_it_who_did_what_they_are_thanked_for():
    """ "NAME, thank you for hosting us" and "Thank you, NAME, for hosting us": the speaker thanks the one
    addressed, who hosts; "us" is the speaker's side and "me" the speaker (the host row was the speaker's own, aimed
    at the city where it happened). A capital right after a speaker label's colon opens a sentence ("SECRETARY
    BLINKEN: Thank you." had no row). No one addressed by name: nobody known hosts, never the thanker."""
    rows = [["blinken", "tileuberdi", "thank"], ["tileuberdi", "united_states", "host"]]
    for text in (
        "SECRETARY BLINKEN: Minister Tileuberdi, thank you for hosting us in Astana.",
        "SECRETARY BLINKEN: Thank you, Minister Tileuberdi, for hosting us in Astana.",
        "SECRETARY BLINKEN: I thank Minister Tileuberdi for hosting us in Astana.",
    ):
        assert acts(text)[["agents", "targets", "lemma"]].values.tolist() == rows, text
    a = acts("PRESIDENT BIDEN: President Tokayev, thank you for hosting me.")
    assert a[["agents", "targets", "lemma"]].values.tolist() == [
        ["biden", "tokayev", "thank"],
        ["tokayev", "biden", "host"],
    ]
    for text in (
        "SECRETARY BLINKEN: Thank you for hosting us.",
        "SECRETARY BLINKEN: Thank you, Murat, for hosting us.",
        "SECRETARY BLINKEN: On behalf of the United States, thank you for hosting us.",  # a phrase, no address
    ):
        assert acts(text)[["agents", "targets", "lemma"]].values.tolist() == [["blinken", "", "thank"]], text
    assert acts("SECRETARY BLINKEN: Thank you very much.").agents.tolist() == ["blinken"]
    # neighbours: a thanked person named as object, no speaker's "us" without a speaker
    r = one("Blinken thanked Tileuberdi for hosting him in Astana.", "host")
    assert (r.agents, r.targets) == ("tileuberdi", "blinken")
    assert one("Russia attacked us in 2022.", "attack").targets == ""
    assert one("“Russia attacked us,” Tokayev said.", "attack").targets == "kazakhstan"  # the one quoted


def test_a_hearings_turns_as_the_gpo_prints_them_name_their_speakers():
    """A congressional hearing's transcript opens each turn with a title, a surname in capitals and a period
    ("Secretary BLINKEN. Thank you, Madam Chair."): its "I" and "we" are that speaker's, as after "SECRETARY
    BLINKEN:"; a speaker outside the codebook ("Senator SHAHEEN.") resolves nobody."""
    text = (
        "Senator SHAHEEN. The subcommittee will come to order. We welcome Secretary Blinken.\n\n"
        "Secretary BLINKEN. Thank you, Madam Chair. We support Kazakhstan's sovereignty. I met Foreign Minister"
        " Tileuberdi in Astana.\n\nSenator RISCH. Did you raise the crackdown?\n\nSecretary BLINKEN. Yes. I urged restraint.\n"
    )
    a = titled("U.S. Policy in Central Asia", text)
    got = {(r.lemma, r.agents, r.targets) for r in a.itertuples()}
    assert got == {
        ("thank", "blinken", ""),
        ("support", "united_states", "kazakhstan"),
        ("meet", "blinken", "tileuberdi"),
        ("urge", "blinken", ""),
    }
    # a title and a surname in ordinary case is no label; a mixed-case name before a period neither
    from kzlib.lexicon import SPEAKER_TURN

    assert SPEAKER_TURN.match("Mr. McCONNELL. I thank the chair.").group(0) == "Mr. McCONNELL."
    assert SPEAKER_TURN.match("Senator KING of Maine. Thank you.").group(0) == "Senator KING of Maine."
    assert not SPEAKER_TURN.match("Mr. Lu said that Kazakhstan would join.")
    assert not SPEAKER_TURN.match("General MOTORS. is a company.")
    # a label of a whole office ("The CHAIRMAN.") ends the turn before; a label alone names its speaker; a document
    # kind's label before a speech's title is no turn
    a = titled("A Hearing", "Secretary BLINKEN. I met Tileuberdi.\n\nThe CHAIRMAN. I condemned Russia.")
    assert a[["agents", "lemma"]].values.tolist() == [["blinken", "meet"]]
    assert one_in("A Hearing", "Secretary BLINKEN. I met Tokayev in 2022.").agents == "blinken"
    assert one_in("TRANSCRIPT: Remarks by President Biden", "I met President Tokayev in 2023.").agents == "biden"


def test_a_state_of_the_nation_address_names_its_speaker_in_the_title():
    """ "State of the Nation Address by President of Kazakhstan Kassym-Jomart Tokayev" names its one speaker, as
    "Opening Remarks by President X" does, though four words stand before "Address": its "I" is Tokayev."""
    a = titled(
        "State of the Nation Address by President of Kazakhstan Kassym-Jomart Tokayev",
        "September 1, 2022\n\nIn March I announced the transition to a new formula.",
    )
    assert a[["agents", "lemma", "date_value"]].values.tolist() == [["tokayev", "announce", "2022-03"]]
    for title in (
        "The State of the Nation Address by President Tokayev",
        "Annual State of the Nation Address by Tokayev",
    ):
        assert titled(title, "In March I announced the transition.").agents.tolist() == ["tokayev"], title
    # a response to a statement is not the statement: three words before it name no speaker
    a = titled(
        "Response to the Statement by President Tokayev", "In March I announced the transition to a new formula."
    )
    assert a.empty


def test_a_report_set_between_commas_inside_the_clause_it_reports_is_no_subject():
    """ "Russia, Blinken said, invaded Ukraine": the sayer's clause is an aside; the reported verb's subject stands
    before it (a name, a phrase, a pronoun's sayer, an inverted "said X", a recipient or a date after the verb)."""
    for text in (
        "Russia, Blinken said, invaded Ukraine in 2022.",
        "Russia, the United States said, invaded Ukraine.",
        "The Russian army, Blinken told reporters, invaded Ukraine.",
        "Russia, said Blinken, invaded Ukraine.",
        "Russia, Blinken said on Monday, invaded Ukraine.",
        "Russia, officials said, invaded Ukraine.",
        # the month May in the aside is no verb of a clause of its own
        "Russia, Blinken said on 5 May 2022, invaded Ukraine.",
        "Russia, Blinken said in May, invaded Ukraine.",
        "Russia, said Blinken on 5 May 2022, invaded Ukraine.",
        "Russia, Blinken told reporters on 5 May 2022, had invaded Ukraine.",
    ):
        r = one(text, "invade")
        assert ids(r.agents) == {"russia"} and ids(r.targets) == {"ukraine"}, text
    r = one("Russia, Blinken said on 5 May 2022, may invade Ukraine.", "invade")  # the modal stays one
    assert ids(r.agents) == {"russia"} and r.modality == "hypothetical"
    r = one("Russia, Blinken claimed, had not invaded Ukraine.", "invade")
    assert ids(r.agents) == {"russia"} and r.negated
    a = acts("Russia, Blinken warned, would invade Ukraine.")  # the warning is the sayer's own row
    assert a[["agents", "lemma", "modality"]].values.tolist() == [
        ["blinken", "warn", "asserted"],
        ["russia", "invade", "hypothetical"],
    ]
    # a verb coordinated past the aside shares the subject of the verb before it, not the sayer's
    r = one("Tokayev met Putin, Blinken said, and criticized China.", "criticize")
    assert ids(r.agents) == {"tokayev"}
    # an aside with a clause of its own, or a relative, as before
    assert ids(one("Tokayev, who said nothing, met Putin.", "meet").agents) == {"tokayev"}
    assert acts("Blinken said Russia invaded Ukraine.").agents.tolist() == ["russia"]


def test_a_un_meeting_records_turns_speak_for_their_delegations():
    """A UN meeting record prints each turn as "Mr. Umarov (Kazakhstan):": the delegate's "I" and "we" are the
    state in brackets, turn by turn ("We will continue to support Ukraine" is the United States', not Russia's), a
    chair's "The President:" names nobody, and one thanked for doing something did it, known or not ("thank the
    Maltese presidency for convening": no one the codebook knows convenes, and never the thanker)."""
    text = (
        "The President: I now give the floor to the representative of Kazakhstan.\n\n"
        "Mr. Umarov (Kazakhstan): I thank the Maltese presidency for convening this meeting. We supported the"
        " resolution.\n\n"
        "Mr. Nebenzia (Russian Federation): Washington is prolonging the conflict.\n\n"
        "Mrs. Thomas-Greenfield (United States of America): We will continue to support Ukraine.\n\n"
        "The President (spoke in French): I thank the representative of the United States.\n\n"
        "Mr. Nebenzia (Russian Federation) (spoke in Russian): We will support Kazakhstan.\n"
    )
    a = titled("The situation in Ukraine", text)
    rows = list(zip(a.lemma, a.agents))
    assert ("support", "kazakhstan") in rows and ("support", "united_states") in rows
    assert set(a[a.targets == "ukraine"].agents) == {"united_states"} and "convene" not in set(a.lemma)
    assert not (a.agents == "").any() and len(a[a.lemma == "thank"]) == 1  # the chair's thanks: nobody's
    c = kzlib.load(texts={"t": "The situation in Ukraine\n\n" + text})
    m = c.mentions
    assert set(m[m.form == "speaker"].actor_id) == {"kazakhstan", "russia", "united_states"}
    assert len(c.paragraphs) == 6
    assert ("support", "russia") in list(zip(a.lemma, a.agents))[-1:]  # "(spoke in Russian)" after the label
    # outside a UN record, "The President:" is no label that silences the next turn's "we"
    text = "The President: We welcome France's investments.\n\nPresident Macron: We will support Kazakhstan.\n"
    assert "support" in set(titled("Remarks", text).lemma)
