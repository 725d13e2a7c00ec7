"""The actions grammar across clauses: the subject a verb takes in coordinated, relative, participle, "while" and
modal clauses and in the items of a list under a lead-in, each rule on a small text written for it."""

import kzlib

from conftest import SHIPPED, acts, ids, one


def test_a_relative_pronoun_after_a_quoted_name():
    r = one('They created the "Central Asia Cooperation Organization," which Tajikistan also joined.', "join")
    assert ids(r.agents) == {"tajikistan"} and ids(r.targets) == {"caco"}


def test_a_visit_during_which_something_was_done_is_the_doers():
    a = acts("This was a policy that President Nazarbayev had proposed during a landmark visit to India in 2009.")
    r = a[a.lemma == "visit"].iloc[0]
    assert ids(r.agents) == {"nazarbayev"} and ids(r.targets) == {"india"} and r.date_value == "2009"
    # a second visit by the same visitor to another host is a new action, not a re-mention
    a = acts("Nazarbayev's visit to Washington in 2006 was a success. Later, he paid a visit to India.")
    assert len(a[a.lemma == "visit"]) == 2


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


def test_will_continue_to_support_takes_the_modals_subject():
    r = one("The United States will continue to support Kazakhstan in its reforms.", "support")
    assert ids(r.agents) == {"united_states"} and ids(r.targets) == {"kazakhstan"} and r.modality == "intended"
    assert acts("It may even be possible to continue to support them.").empty  # an expletive "it" names nobody


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


def test_a_possessor_after_and_is_no_subject_of_a_clause():
    row = one("Tokayev welcomed the proposal and Russia's support.", "welcome")
    assert ids(row.targets) == {"russia"}


def test_an_adverb_before_the_verb_keeps_the_clause_its_own():
    text = "Russia proposed a gas union. Mongolia rejected the proposal, and Japan also welcomed the proposal."
    assert "japan" not in ids(one(text, "reject").targets)


def test_a_verb_after_but_shares_the_subject_and_them_is_the_list_just_named():
    r = one("Japan criticised Mongolia and China but later praised them.", "praise")
    assert (r.agents, ids(r.targets)) == ("japan", {"mongolia", "china"})
    assert one("Japan criticised Mongolia but praised its reforms.", "praise").agents == "japan"


JOINT = """Joint Statement

The United States and Kazakhstan held talks in Astana in 2023. The two sides will:

- Train border guards in 2025;
- Support the C5+1.

The two countries also discussed:

- Energy security.
"""


def test_list_items_under_a_lead_in_take_its_subject():
    """ "The two sides will:" opens a list of intended steps: an item that opens with a bare verb ("- Train border
    guards in 2025") is an action of the lead-in's subject, intended; a lead-in without will/shall/to gives none."""
    a = kzlib.load(texts={"joint": JOINT}, codebook=SHIPPED).actions
    items = a[a.lemma.isin(["train", "support"])]
    assert items[["agents", "modality"]].values.tolist() == [["united_states;kazakhstan", "intended"]] * 2
    assert items[items.lemma == "train"].date_value.tolist() == ["2025"]
    hoped = kzlib.load(
        texts={"h": "Statement\n\nKazakhstan and China hope to:\n\n1. Expand trade.\n"}, codebook=SHIPPED
    ).actions
    assert hoped[["agents", "modality"]].values.tolist() == [["kazakhstan;china", "hoped"]]


JOINT_LIST = """Joint Statement of Kazakhstan and the United States

The two sides will:

- establish a working group on critical minerals;
- hold the next round of talks in Astana;
- expand trade.
"""


def test_list_items_of_a_joint_statement_take_its_signatories_as_the_two_sides():
    a = kzlib.load(texts={"j": JOINT_LIST}, codebook=SHIPPED).actions
    assert a[["agents", "lemma", "cameo", "quad_class", "modality"]].values.tolist() == [
        ["kazakhstan;united_states", "establish", "060", "material cooperation", "intended"],
        ["kazakhstan;united_states", "talk", "040", "verbal cooperation", "intended"],
        ["kazakhstan;united_states", "expand", "", "", "intended"],
    ]
    # "both countries" likewise, and "to:" as the lead-in's end; established relations are a recognition (054)
    text = "Joint Declaration of Uzbekistan and Japan\n\nBoth countries intend to:\n\n- establish diplomatic ties with Mongolia.\n"
    r = kzlib.load(texts={"j": text}, codebook=SHIPPED).actions.iloc[0]
    assert (r.agents, r.targets, r.lemma, r.cameo, r.modality) == (
        "uzbekistan;japan",
        "mongolia",
        "establish",
        "054",
        "intended",
    )
    # a joint statement of more than two: "the two sides" are not guessed
    text = "Joint Statement of Kazakhstan, Russia and China\n\nThe two sides will:\n\n- expand trade.\n"
    assert kzlib.load(texts={"j": text}, codebook=SHIPPED).actions.empty


NEGATED_LEAD_LIST = (
    "Joint Statement of Kazakhstan and the United States\n\n{}\n\n- impose sanctions on Russia;\n- criticize China.\n"
)


def test_a_negated_lead_in_negates_its_items():
    def rows(lead):
        a = kzlib.load(texts={"t": NEGATED_LEAD_LIST.format(lead)}).actions
        return a[["lemma", "agents", "targets", "negated", "modality"]].values.tolist()

    both = "kazakhstan;united_states"
    for lead, negated, mood in [
        ("The two sides will not:", True, "intended"),
        ("The two sides will never:", True, "intended"),
        ("The two sides shall not:", True, "intended"),
        ("Kazakhstan and the United States do not intend to:", True, "intended"),
        ("The two sides will:", False, "intended"),  # the neighbour: asserted plans, not negated
        ("The two sides hope to:", False, "hoped"),
    ]:
        assert rows(lead) == [
            ["sanction", both, "russia", negated, mood],  # a multiword form opening the item ("impose sanctions")
            ["criticize", both, "china", negated, mood],
        ], lead


def test_a_participle_aside_shares_no_subject_with_the_main_verb():
    # "Biden, saying China had attacked Taiwan, sanctioned Russia": the aside's finite verb is the reported clause's
    for text, lemma, agents, targets in [
        ("Biden, saying China had attacked Taiwan, sanctioned Russia.", "sanction", "biden", "russia"),
        ("Biden, noting that Russia had invaded Ukraine, sanctioned Moscow.", "sanction", "biden", "russia"),
        ("Tokayev, arguing the United States would invest more, praised Blinken.", "praise", "tokayev", "blinken"),
        ("Kazakhstan, having joined the WTO in 2015, signed an agreement with China.", "sign", "kazakhstan", "china"),
    ]:
        r = one(text, lemma)
        assert (r.agents, r.targets) == (agents, targets), (text, r.agents, r.targets)
    assert one("Biden, saying China had attacked Taiwan, sanctioned Russia.", "attack").agents == "china"
    # coordinated verb phrases still share their subject
    a = acts("Kazakhstan criticized Russia, withdrew from the CSTO, and joined the EU.")
    assert a.agents.tolist() == ["kazakhstan"] * 3


def test_a_verb_coordinated_after_a_participle_aside_shares_the_subject_before_the_aside():
    """ "Biden met Putin, saying the talks were useful, and criticized China" had no criticize row: the verb after ", and"
    took the subject of the aside's finite verb ("the talks were"), nobody; the aside is the participle's own, and the
    coordinated verb shares the subject of the verb before it."""
    for text, lemma, agents, targets in [
        ("Biden met Putin, saying the talks were useful, and criticized China.", "criticize", "biden", "china"),
        ("Biden met Putin, saying the talks could fail, and praised China.", "praise", "biden", "china"),
        (
            "Tokayev visited Moscow, noting that trade had grown, and signed an agreement with Putin.",
            "sign",
            "tokayev",
            "putin",
        ),
    ]:
        r = one(text, lemma)
        assert (r.agents, r.targets, r.modality) == (agents, targets, "asserted"), (text, r.agents, r.targets)
    a = acts("Russia attacked Ukraine, withdrew from the treaty, and sanctioned Kazakhstan.")
    assert a.agents.tolist() == ["russia"] * 3  # coordinated verb phrases without an aside, as before
    r = one("Biden met Putin, and Xi, saying nothing, criticized China.", "criticize")
    assert r.agents == "xi_jinping"  # a subject of its own after "and"


def test_a_relative_clause_aside_shares_no_subject_with_the_main_verb():
    # "Tokayev, who said Kazakhstan would join the union, met Putin": the relative clause is an aside
    for text, lemma, agents, targets in [
        ("Tokayev, who said Kazakhstan would join the union, met Putin.", "meet", "tokayev", "putin"),
        ("Russia, which China had criticized, sanctioned Ukraine.", "sanction", "russia", "ukraine"),
        ("The EU, which Kazakhstan praised, sanctioned Russia.", "sanction", "eu", "russia"),
        ("Tokayev, whom Putin had criticized, met Xi.", "meet", "tokayev", "xi_jinping"),
        ("Mirziyoyev, who visited Astana in 2017, met Tokayev in 2018.", "meet", "mirziyoyev", "tokayev"),
    ]:
        r = one(text, lemma)
        assert (r.agents, r.targets) == (agents, targets), (text, r.agents, r.targets)
    # the relative clause's own verb keeps its antecedent or subject
    r = one("CACO, which Tajikistan also joined, grew.", "join")
    assert (r.agents, r.targets) == ("tajikistan", "caco")
    assert one("Russia, which China had criticized, sanctioned Ukraine.", "criticize").agents == "china"


def test_a_negation_governing_a_verb_of_its_own_does_not_negate_the_items():
    # review of 60a8df2: "will not hesitate to:" negated every item
    for lead, negated in [
        ("The two sides will not hesitate to:", False),
        ("The two sides will never cease to:", False),
        ("The two sides will not only:", False),
        ("The two sides will not:", True),
        ("Kazakhstan and the United States do not intend to:", True),
    ]:
        a = kzlib.load(texts={"t": NEGATED_LEAD_LIST.format(lead)}).actions
        assert len(a) == 2 and set(a.negated) == {negated}, lead


def test_a_lead_in_negated_before_to_or_in_a_contraction_negates_its_items():
    """ "The two sides agreed not to:" gave its items no subject (the lead-in's verb was taken to be "not"), and
    "Kazakhstan won't:" was no lead-in at all ("won't" was no future cue, and no word of it looked finite): their
    items had no rows. Now the verb before the negation, or the contraction itself, is the lead-in's verb, and the
    negation negates the items."""

    def rows(lead):
        a = kzlib.load(texts={"t": NEGATED_LEAD_LIST.format(lead)}).actions
        a = a[a.lemma.isin(["sanction", "criticize"])]
        return a[["lemma", "agents", "targets", "negated", "modality"]].values.tolist()

    both = "kazakhstan;united_states"
    for lead, negated in [
        ("The two sides agreed not to:", True),
        ("The two sides decided never to:", True),
        ("The two sides won't:", True),
        ("The two sides won’t:", True),
        ("The two sides agreed to:", False),  # the neighbours, as before
        ("The two sides will not:", True),
    ]:
        assert rows(lead) == [
            ["sanction", both, "russia", negated, "intended"],
            ["criticize", both, "china", negated, "intended"],
        ], lead
    a = acts("Kazakhstan won't:\n\n- join the sanctions against Russia;\n- recognize the annexation.")
    assert a[["lemma", "agents", "negated"]].values.tolist() == [
        ["join", "kazakhstan", True],
        ["recognize", "kazakhstan", True],
    ]


def test_a_lead_in_of_what_could_be_or_no_longer_will_be_gives_its_items_its_subject():
    """ "Kazakhstan wouldn't:", "cannot:", "could:" are lead-ins too (no future cue made their items a list about what is
    to come, so the items had no subject and no row): their items are the subject's, hypothetical, negated when the
    modal is; "will no longer:" negates its items (they were intended and not negated), as "will no longer join"
    does in a sentence (which had no row: the subject scan stopped at "longer"). A lead-in of a past step gives its
    items nothing ("Kazakhstan took these steps:")."""

    def rows(text):
        return acts(text)[["lemma", "agents", "negated", "modality"]].values.tolist()

    items = "\n\n- join the sanctions against Russia;\n- recognize the annexation."
    for lead, negated, mood in [
        ("Kazakhstan wouldn't:", True, "hypothetical"),
        ("Kazakhstan wouldn’t:", True, "hypothetical"),
        ("Kazakhstan would not:", True, "hypothetical"),
        ("Kazakhstan cannot:", True, "hypothetical"),
        ("Kazakhstan can't:", True, "hypothetical"),
        ("Kazakhstan could:", False, "hypothetical"),
        ("Kazakhstan will no longer:", True, "intended"),
        ("Kazakhstan will not:", True, "intended"),  # the neighbours, as before
        ("Kazakhstan will:", False, "intended"),
        ("Kazakhstan would like to:", False, "hoped"),  # a wish, not a modal of possibility
    ]:
        assert rows(lead + items) == [
            ["join", "kazakhstan", negated, mood],
            ["recognize", "kazakhstan", negated, mood],
        ], lead
    assert rows("Kazakhstan and Uzbekistan would not:" + items)[0] == [
        "join",
        "kazakhstan;uzbekistan",
        True,
        "hypothetical",
    ]
    assert rows("Kazakhstan will no longer join the sanctions against Russia.") == [
        ["join", "kazakhstan", True, "intended"]
    ]
    assert "join" not in set(acts("Kazakhstan took these steps:\n\n- join the sanctions against Russia.").lemma)


def test_an_and_inside_a_participles_aside_keeps_the_asides_subject():
    """Only ", and" after the aside's closing comma coordinates with the verb before the aside; an "and" inside the
    aside ("saying Russia had invaded Ukraine and annexed Crimea") joins the aside's own verbs."""
    assert one("Tokayev met Putin, saying Russia had invaded Ukraine and annexed Crimea.", "annex").agents == "russia"
    text = "Biden met Putin, noting that Russia had invaded Ukraine and threatened Kazakhstan."
    assert one(text, "threaten").agents == "russia"
    assert one("Biden met Putin, saying the talks were useful, and criticized China.", "criticize").agents == "biden"
