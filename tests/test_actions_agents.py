"""Who acts: group descriptions, plural and event pronouns, a joint statement's "we" and new lexicon senses, each
on a text written for it."""

import kzlib

from conftest import SHIPPED, acts, ids, one


def _doc(text: str):
    return kzlib.load(texts={"t": text}, codebook=SHIPPED).actions


def test_they_after_a_list_of_named_actors_in_the_sentence():
    a = acts(
        "Tajikistan joined the Central Asia Cooperation Organization. Kazakh and Uzbek officials knew that, if they "
        "did not coordinate their policies, others would."
    )
    r = a[a.lemma == "coordinate"].iloc[0]
    assert ids(r.agents) == {"kazakhstan", "uzbekistan"}


def test_a_list_inside_a_prepositional_phrase_is_no_group():
    a = acts(
        "Tajikistan joined the Central Asia Cooperation Organization. Without tensions with Russia and China, they "
        "did not coordinate their policies."
    )
    r = a[a.lemma == "coordinate"]
    assert r.empty or not ids(r.iloc[0].agents) & {"russia", "china"}


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


def test_the_we_of_a_joint_statement_is_its_signatories():
    a = _doc("Joint Statement of Kazakhstan and Uzbekistan\n\nWe agreed to expand trade. We welcomed the railway.\n")
    assert len(a) == 2 and all(ids(x) == {"kazakhstan", "uzbekistan"} for x in a.agents)
    assert _doc("A Statement by Kazakhstan and Uzbekistan\n\nWe agreed to expand trade.\n").empty


def test_new_lexicon_senses():
    r = one("Tokayev's idea is to shift the nature of the state.", "shift")
    assert ids(r.agents) == {"tokayev"} and r.quad_class == ""
    assert acts("The region has also shifted dramatically.").empty  # a change, no step
    r = one("Kazakhstan maintained close ties with Russia.", "maintain")
    assert ids(r.targets) == {"russia"} and r.cameo == "030"
    assert acts("Kazakhstan maintains important interests there.").empty  # a state of affairs
    r = one("Kazakhstan signaled its displeasure to Russia.", "signal")
    assert r.quad_class == "verbal conflict" and ids(r.targets) == {"russia"}
    r = one("Uzbekistan decided to liberalize its economy.", "liberalize")
    assert ids(r.agents) == {"uzbekistan"} and r.quad_class == ""


def test_coordinated_event_nouns_share_their_agents():
    a = acts(
        "Biden hosted Tokayev in May. The visit included a meeting between the two presidents, as well as a working "
        "dinner and an extended meeting of their teams."
    )
    rows = a[a.lemma.isin(["meet", "dine"])]
    assert len(rows) == 3 and all(ids(x) == {"biden", "tokayev"} for x in rows.agents)
    assert acts("A meeting of the two ministers, and a dinner.").empty  # nobody known: nothing to share


def test_work_together_is_an_action_and_seek_to_its_wrapper():
    r = one("Kazakhstan and Uzbekistan sought to work together on water.", "work")
    assert ids(r.agents) == {"kazakhstan", "uzbekistan"} and r.cameo == "030"
    assert "seek" not in set(acts("Kazakhstan and Uzbekistan sought to work together on water.").lemma)
    # no "together": no 030; since stop 15 working to an aim of one's own is a step of no other party, as the
    # reader's gold codes it (RULES-actions.md §1: domestic steps), one row with no class (test_actions_recall4)
    a = acts("Kazakhstan is working to broaden its economy.")
    assert a.lemma.tolist() == ["work"] and a.quad_class.tolist() == [""]


def test_an_adverbial_between_a_verb_and_its_particle():
    r = one("Tokayev praised the reform, calling at the same time for new elections.", "call for")
    assert ids(r.agents) == {"tokayev"}


def test_the_named_members_of_a_group_told_to_act():
    r = one("The crisis forced all affected states, including Kyrgyzstan, to adjust.", "adjust")
    assert ids(r.agents) == {"other:all affected states", "kyrgyzstan"}  # the group described acts too (stop 14)


def test_a_statement_about_ones_own_affairs_has_no_class():
    r = one("Tokayev announced his resignation.", "announce")
    assert r.cameo == "" and r.quad_class == ""
    r = one("Tokayev announced the new agreement.", "announce")
    assert r.quad_class == "verbal cooperation"  # a statement to no named party keeps its class
    r = one("Tokayev announced his support for Uzbekistan.", "announce")
    assert r.quad_class == "verbal cooperation"  # another party named in the object


def test_calls_in_a_party_for_a_step():
    r = one("There were growing calls in both Russia and Iran for the end of the mission.", "call for")
    assert ids(r.agents) == {"russia", "iran"} and r.quad_class == "verbal cooperation"
    assert acts("Biden's calls with Tokayev were friendly.").empty  # calls that ask for nothing: no appeal


def test_a_domestic_step_on_a_states_body_is_that_states():
    a = acts("Tokayev backed the privatization of Kazatomprom in 2018.")
    r = a[a.lemma == "privatize"].iloc[0]
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == "" and r.date_value == "2018"
    a = acts("Russia criticized the creation of NATO.")
    assert "create" not in set(a.lemma)  # a body of no one state: its creator is not known


def test_they_after_one_party_acting_towards_a_region_is_not_the_region_too():
    a = acts("The United States announced a new strategy towards Central Asia. They reaffirmed support for Kazakhstan.")
    r = a[a.predicate == "reaffirmed"].iloc[0]
    assert ids(r.agents) == {"united_states"}


def test_a_clause_opening_before_a_title_is_no_person():
    """'On Monday, President X …': the capitalised words before the comma open the clause; they name no one (the
    apposition rule 'Name Surname, Title' took them for a person outside the codebook)."""
    for opening in ("On Monday", "In Astana", "Last Tuesday"):
        doc = kzlib.load(
            texts={"r": f"{opening}, President Tokayev and Secretary Pompeo signed an agreement.\n"}, codebook=SHIPPED
        )
        assert doc.actions.agents.tolist() == ["tokayev;pompeo"], opening
    doc = kzlib.load(
        texts={"r": "Jennifer Klein, Assistant to the President, met Secretary Pompeo.\n"}, codebook=SHIPPED
    )
    assert "other:Jennifer Klein" in doc.actions.agents.iloc[0]
