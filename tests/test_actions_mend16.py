"""Findings of the stop-16 review of the new action rules, each a small text (issue #11)."""

from conftest import acts, ids, one


def test_send_experts_cue_reads_the_object_not_a_recipient():
    a = acts("Japan sent a letter to experts in Mongolia.")
    assert "070" not in set(a.cameo)


def test_an_s_form_the_verb_cue_names_is_its_object_noun():
    a = acts("Japan sent engineers to Mongolia.")
    assert list(a.lemma) == ["send"]
    assert ids(a.iloc[0].targets) == {"mongolia"}
    assert a.iloc[0].cameo == "070"


def test_a_possessor_after_and_is_no_subject_of_a_clause():
    row = one("Tokayev welcomed the proposal and Russia's support.", "welcome")
    assert ids(row.targets) == {"russia"}


def test_an_adverb_before_the_verb_keeps_the_clause_its_own():
    text = "Russia proposed a gas union. Mongolia rejected the proposal, and Japan also welcomed the proposal."
    assert "japan" not in ids(one(text, "reject").targets)


def test_it_as_a_thing_is_the_body_named_last_not_the_head_before():
    assert ids(one("Japan praised the charter of the CSTO, and Russia rejected it.", "reject").targets) == {"csto"}
    row = one("The EU welcomed the statement of the SCO, and Russia criticized it.", "criticize")
    assert ids(row.targets) == {"sco"}


def test_an_announced_coded_act_of_ones_own_side_keeps_its_code():
    assert one("Blinken announced new U.S. assistance.", "announce").cameo == "010"
    assert one('Trump proposed an "America first" foreign policy.', "propose").cameo == ""
