"""The actions grammar on sentences written for it, and its invariants on the chapter."""

import pytest

import kzlib
from kzlib import actions

from conftest import SHIPPED, acts, ids, one

CHAPTER = "ch05-new-focus-new-grounding"


def test_active_with_object_and_date():
    r = one("In January 2018, President Trump hosted President Nazarbayev at the White House.", "host")
    assert ids(r.agents) == {"trump"} and ids(r.targets) == {"nazarbayev"}
    assert r.cameo == "043" and r.quad_class == "verbal cooperation" and r.date_value == "2018-01"
    assert r.modality == "asserted" and not r.negated


def test_passive_by_agent():
    r = one("President Nazarbayev was hosted by President Trump in 2018.", "host")
    assert ids(r.agents) == {"trump"} and ids(r.targets) == {"nazarbayev"}


def test_coordinated_subject_with_along_with_and_parenthetical():
    r = one(
        "On August 6, 2015, Russia along with Armenia, Belarus, and Kazakhstan, later joined by Kyrgyzstan, "
        "officially launched the Eurasian Economic Union.",
        "launch",
    )
    assert ids(r.agents) == {"russia", "armenia", "belarus", "kazakhstan"}
    assert r.date_value == "2015-08-06"


def test_subject_carried_across_coordinated_verbs():
    a = acts(
        "Criticizing the old deals, Trump withdrew from the nuclear deal with Iran, insisted that Europeans "
        "pay more, and opposed Russia's seizure of territory from Ukraine."
    )
    w = a[a.lemma == "withdraw"].iloc[0]
    assert ids(w.agents) == {"trump"} and ids(w.targets) == {"iran"} and w.quad_class == "material conflict"
    o = a[a.lemma == "oppose"].iloc[0]
    assert ids(o.agents) == {"trump"} and ids(o.targets) == {"russia"}
    s = a[a.lemma == "seize"].iloc[0]
    assert ids(s.agents) == {"russia"} and ids(s.targets) == {"ukraine"}


def test_possessive_nominal_event_with_its_date():
    r = one(
        "Trump received Nazarbayev, the first such meeting since Nazarbayev's visit to Washington in 2006.", "visit"
    )
    assert ids(r.agents) == {"nazarbayev"} and ids(r.targets) == {"united_states"} and r.date_value == "2006"


def test_metonymic_subjects_and_control():
    r = one("Washington chose to ignore the complaints of Kazakhstan.", "ignore")
    assert ids(r.agents) == {"united_states"}
    r = one("Officials in Nursultan resolved to seek more investments from America.", "seek")
    assert ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"united_states"} and r.modality == "intended"


def test_object_relative_clause():
    r = one("Kazakhstan founded the Central Asian Cooperation Organization, which Tajikistan also joined.", "join")
    assert ids(r.agents) == {"tajikistan"} and ids(r.targets) == {"caco"}


def test_actor_inside_a_phrase_is_only_mentioned():
    r = one("Kazakhstan's embassy in Washington initiated a new approach.", "initiate")
    assert ids(r.agents) == {"kazakhstan"}


def test_title_and_possessive_modifier():
    r = one("Uzbekistan's new President Shavkat Mirziyoyev launched an opening to Kazakhstan.", "launch")
    assert ids(r.agents) == {"mirziyoyev"} and ids(r.targets) == {"kazakhstan"}


def test_negation_and_modality():
    r = one("Washington did not criticize Kazakhstan.", "criticize")
    assert r.negated and ids(r.targets) == {"kazakhstan"} and r.quad_class == "verbal conflict"
    r = one("It is to be hoped that President Biden will also issue such invitations to Kazakhstan.", "invite")
    assert r.modality == "hoped" and ids(r.agents) == {"biden"}
    r = one("If Russia attacked Ukraine, the region would suffer.", "attack")
    assert r.modality == "hypothetical"


def test_pronoun_subject_and_the_two_presidents():
    a = acts(
        "President Trump hosted President Nazarbayev. The two presidents agreed to meet again. "
        "He also invited Mirziyoyev."
    )
    agree = a[a.lemma == "agree"].iloc[0]
    assert ids(agree.agents) == {"trump", "nazarbayev"}
    inv = a[a.lemma == "invite"].iloc[0]
    assert ids(inv.agents) == {"trump"} and ids(inv.targets) == {"mirziyoyev"}


def test_withdrawal_involves_only_those_who_withdraw_and_the_country():
    r = one(
        "The withdrawal of NATO and U.S. forces from Afghanistan in August 2021 poses a challenge to Kazakhstan.",
        "withdraw",
    )
    assert ids(r.agents) == {"nato", "united_states"} and ids(r.targets) == {"afghanistan"}
    assert r.cameo == "166" and r.date_value == "2021-08"


def test_infinitive_after_a_finite_auxiliary_takes_its_subject():
    r = one("Uzbekistan was able to rapidly transform its approach to Tajikistan.", "transform")
    assert ids(r.agents) == {"uzbekistan"}
    r = one("Kazakhstan has had to respond to these attacks.", "respond")
    assert ids(r.agents) == {"kazakhstan"}


def test_date_phrase_is_not_part_of_the_subject():
    r = one("Back in 2014 Kazakhstan's government had presided over a fair.", "preside")
    assert ids(r.agents) == {"kazakhstan"}
    r = one("Vladimir Putin on May 3, 2019, surprised everyone by announcing a new plan.", "announce")
    assert ids(r.agents) == {"putin"}


def test_bare_infinitive_after_help():
    r = one("Tokayev had also helped engineer the new agreement.", "engineer")
    assert ids(r.agents) == {"tokayev"}


def test_be_committed_to_is_the_subjects_commitment():
    r = one("The United States is committed to supporting Uzbekistan's sovereignty.", "commit")
    assert ids(r.agents) == {"united_states"} and r.modality == "asserted"
    assert acts("The United States is committed to supporting Uzbekistan's sovereignty.").lemma.tolist() == ["commit"]


def test_a_titled_person_outside_the_codebook_acts_as_other():
    a = acts(
        "National Security Advisor Ann Example met today with Kazakhstani Special Representative for Trade "
        "Bolat Sample. They discussed energy. Mary Roe, Assistant to the President, thanked Kazakhstan."
    )
    met = a[a.lemma == "meet"].iloc[0]
    assert ids(met.agents) == {"other:Ann Example"} and "kazakhstan" not in ids(met.targets)
    thank = a[a.lemma == "thank"].iloc[0]
    assert ids(thank.agents) == {"other:Mary Roe"} and ids(thank.targets) == {"kazakhstan"}
    # no side is known for them: they make no dyad
    c = kzlib.load(texts={"t": "A title\n\nMary Roe, Assistant to the President, thanked Kazakhstan.\n"})
    assert not c.dyads.source.str.startswith("other:").any() and not c.dyads.target.str.startswith("other:").any()
    r = one("Advisor Mary Roe met with Jane Sample, Head of the Department of Trade of Uzbekistan.", "meet")
    assert ids(r.targets) == {"other:Jane Sample"}
    # an organisation's head word or a title is never a name
    assert not acts("Director of the Gender Policy Council met with Kazakhstan.").agents.str.contains("other:").any()


def test_there_and_the_country_as_targets_are_the_latest_other_state():
    a = acts("Kazakhstan matters. Secretary of State John Kerry travelled there in 2015. Putin visited the country.")
    assert ids(a[a.lemma == "travel"].iloc[0].targets) == {"kazakhstan"}
    assert ids(a[a.lemma == "visit"].iloc[0].targets) == {"kazakhstan"}


def test_a_document_stands_for_its_authors():
    a = acts(
        "In 2020 the EU launched a new strategy for Central Asia. Three principles were affirmed therein. "
        "They were restated in the new strategy. The new strategy also called for reforms."
    )
    for lemma in ("affirm", "call for"):
        rows = a[a.lemma == lemma]
        assert len(rows) and all(ids(r) == {"eu"} for r in rows.agents), a.to_string()
    assert all(t == "" for t in a[a.lemma == "affirm"].targets)
    a = acts("Trump and Nazarbayev agreed to meet again. This agreement stipulated a dialogue in three sectors.")
    assert ids(a[a.lemma == "stipulate"].agents.iloc[0]) == {"trump", "nazarbayev"}


def test_curated_policy_steps():
    r = one("A new anxiety over Kazakhstan's handling of dissent was discernible.", "handle")
    assert ids(r.agents) == {"kazakhstan"} and r.quad_class == ""
    r = one("The government of Kazakhstan had to improvise a defensive response.", "improvise")
    assert ids(r.agents) == {"kazakhstan"}


def test_a_participle_characterising_a_noun_is_no_action():
    assert "require" not in set(acts("Tokayev backed a 2018 measure requiring all students to learn English.").lemma)
    assert "promote" not in set(acts("Biden will attend a conference promoting prosperity in Uzbekistan.").lemma)
    # after an actor it is an action ("Iran and Russia supporting the Assad regime")
    assert "support" in set(acts("The war went on, with Iran and Russia supporting Syria.").lemma)


def test_a_possessive_pronoun_acts_only_for_an_agentive_head():
    assert (
        acts("Mirziyoyev won. His domestic reforms would require long implementation.")
        .query("lemma == 'require'")
        .empty
    )
    r = one("Trump won. His administration imposed sanctions on Russia.", "sanction")
    assert ids(r.agents) == {"united_states"} or ids(r.agents) == {"trump"}


def test_more_subjects_the_grammar_reads():
    r = one("While Kazakhstan had long argued for closer coordination, little happened.", "argue for")
    assert ids(r.agents) == {"kazakhstan"}
    r = one("The program of reform instituted by President Mirziyoyev changed matters.", "institute")
    assert ids(r.agents) == {"mirziyoyev"}  # a light verb with its own agent is the action
    # but a coded light verb needs its nominal in the passive as in the active: a vote held is no meeting
    assert acts("Russia held a vote in Crimea.").empty
    assert acts("The vote was held by Russia in Crimea.").empty
    assert acts("Kazakhstan never recognized the referendums held by Russia.").lemma.tolist() == ["recognize"]
    assert one("Talks were held by Russia and Kazakhstan.", "talk").cameo == "040"
    a = acts(
        "Investors were helped by the U.S. Department of Commerce and the U.S. Kazakhstan Business Council. "
        "The latter, a venerable institution, has recently merged into the U.S. Chamber of Commerce."
    )
    m = a[a.lemma == "merge"].iloc[0]
    assert ids(m.agents) == {"us_kazakhstan_business_council"} and ids(m.targets) == {"us_chamber_of_commerce"}
    r = one("From 2008 onward, the EU has a continuous dialogue with Kazakhstan.", "dialogue")
    assert ids(r.agents) == {"eu"} and ids(r.targets) == {"kazakhstan"}
    r = one("Kazakhstan and the United States faced change. Both countries have responded to it.", "respond")
    assert ids(r.agents) == {"kazakhstan", "united_states"}


def test_a_contact_for_the_purpose_of_a_contact_is_its_own_action():
    a = acts("Next week Secretary of State Antony Blinken will visit Kazakhstan to discuss energy with its leaders.")
    d = a[a.lemma == "discuss"]
    assert len(d) == 1 and ids(d.iloc[0].agents) == {"blinken"} and d.iloc[0].modality == "intended"
    # the content of an invitation is no action of its own
    assert "meet" not in set(acts("Nazarbayev invited all Central Asian presidents to meet in Astana.").lemma)


def test_name_suffix_list_with_articles_and_cognition():
    r = one(
        "President Joseph R. Biden, Jr. met with the Presidents of Kazakhstan, the Kyrgyz Republic, and Tajikistan.",
        "meet",
    )
    assert ids(r.agents) == {"biden"} and ids(r.targets) == {"kazakhstan", "kyrgyzstan", "tajikistan"}
    assert "recognize" not in set(acts("President Biden recognizes that Kazakhstan must reform.").lemma)
    assert "recognize" in set(acts("President Biden recognized Kazakhstan's reforms.").lemma)


def test_the_speaker_of_remarks_says_i_and_we():
    text = (
        "Remarks by Secretary Blinken\n\nSECRETARY BLINKEN:  We’re strengthening our ties with Kazakhstan. "
        "And I want to thank you all. I look forward to working with all of you.\n\nThank you.\n"
    )
    a = kzlib.load(texts={"t": text}).actions
    by = {r.lemma: ids(r.agents) for r in a.itertuples()}
    assert by["strengthen"] == {"united_states"}  # the speaker's "we": the speaker's side
    assert by["thank"] == {"blinken"} and by["work with"] == {"blinken"}
    assert (a.lemma == "thank").sum() == 2  # "Thank you." is the speaker's too
    # without a speaker label, "I" and "we" stay unresolved: no row
    assert acts("We’re strengthening our ties with Kazakhstan. I want to thank you.").empty


def test_a_speaker_label_names_a_person_the_codebook_lacks_named_in_the_title():
    """ "FOREIGN MINISTER NURTLEU:" is the Murat Nurtleu whom the title names with his title, though the codebook
    lacks him: his "we" is his; a label naming nobody in the title ("MODERATOR:") stays nobody's."""
    text = (
        "Secretary Blinken and Kazakh Foreign Minister Murat Nurtleu at a Joint Press Availability\n\n"
        "FOREIGN MINISTER NURTLEU: We discussed the situation in Afghanistan.\n\n"
        "MODERATOR: We discussed the weather.\n"
    )
    a = kzlib.load(texts={"t": text}).actions
    assert a.agents.tolist() == ["other:Murat Nurtleu"] and a.sent_id.tolist() == ["P001.01"]


def test_a_demand_that_someone_act_targets_them():
    r = one("Trump insisted that Europeans pay their fair share for NATO.", "insist")
    assert ids(r.agents) == {"trump"} and ids(r.targets) == {"europe"}


def test_no_agent_no_action():
    assert acts("The summit was held in March 2018.").empty


def test_lexicon_is_well_formed():
    lex = actions.lexicon()
    assert set(lex.quad_class) <= {"", *actions.QUADS}
    coded = lex[lex.cameo != ""]
    assert coded.cameo.str.fullmatch(r"\d{2,4}").all()
    root = coded.cameo.str[:2].astype(int)
    expected = root.map(
        lambda r: (
            actions.QUADS[0]
            if r <= 5
            else actions.QUADS[1]
            if r <= 8
            else actions.QUADS[2]
            if r <= 13
            else actions.QUADS[3]
        )
    )
    assert (coded.quad_class == expected).all(), coded[coded.quad_class != expected]


@pytest.fixture(scope="module")
def chapter(corpus):
    return corpus.actions[corpus.actions.doc_id == CHAPTER]


def test_offsets_trace_to_the_words(corpus, chapter):
    src = corpus.source(CHAPTER)
    assert len(chapter) > 40
    for r in chapter.itertuples():
        assert src[r.predicate_start : r.predicate_end] == r.predicate
        assert r.start <= r.predicate_start and r.predicate_end <= r.end
        assert r.modality in actions.MODALITIES
    assert chapter.action_id.is_unique


def test_chapter_key_answers(corpus, chapter):
    """The Kazakh steps and the American steps the chapter names are rows with the right side acting."""
    paras = corpus.paragraphs[corpus.paragraphs.doc_id == CHAPTER].set_index("para_id")
    sections = corpus.sections[corpus.sections.doc_id == CHAPTER].set_index("section_id").title
    sec = chapter.para_id.map(paras.section_id).map(sections)
    kz = chapter[sec.str.startswith("How Kazakhstan") & chapter.agents.str.contains("kazakhstan")]
    assert {"propose", "seek", "initiate", "present"} <= set(kz.lemma)
    us = chapter[sec.str.startswith("How the American") & chapter.agents.str.contains("united_states|trump")]
    assert {"ignore", "invite", "announce"} <= set(us.lemma)


def test_the_codebook_being_read_is_invisible_to_other_threads(tmp_path):
    """The actions layer keeps the codebook of the document it reads for its own call and thread (a context
    variable), not in module globals that a load in another thread would see, and leaves nothing behind."""
    from concurrent.futures import ThreadPoolExecutor

    from kzlib import action_vocabulary as vocabulary
    from kzlib.codebook import Codebook

    own = Codebook.load(tmp_path, extend=True)  # equal tables to the shipped one, but another object
    token = vocabulary.READING.set(vocabulary.build_reading(own))
    try:
        assert vocabulary.current_codebook() is own
        with ThreadPoolExecutor(1) as pool:
            assert pool.submit(vocabulary.current_codebook).result() is not own  # another thread reads its own
    finally:
        vocabulary.READING.reset(token)
    assert len(kzlib.load(texts={"n": "A Note\n\nPresident Tokayev met President Mirziyoyev in 2019.\n"}).actions) == 1
    assert vocabulary.READING.get() is None


def test_by_side_quotes_a_clause_without_a_stray_quotation_mark():
    text = 'Since no one was ready to face this "damage," the government of Kazakhstan had to improvise a response.'
    c = kzlib.load(texts={"t": "A title\n\n" + text + "\n"}, codebook=SHIPPED)
    clause = actions.by_side(c, "kazakhstan").clause
    assert len(clause) and not any(q.count('"') % 2 for q in clause), clause.tolist()
