"""Wrong or missing action rows a user found on texts the grammar was not built on (stop 23), each rule on small
texts written for it, with variants of other names, tenses and word orders, and the neighbours it must not break."""

from conftest import acts, ids, one


def test_a_to_phrase_of_place_names_no_target():
    # "close to the Russian border": the "to" belongs to "close", a phrase of place; the border is no party
    for text, lemma, agent in [
        ("A proposal was sent by Kazakhstan close to the Russian border in 2018.", "propose", "kazakhstan"),
        ("Russia sent troops close to the Kazakh border.", "send", "russia"),
        ("Troops were sent by Russia next to the Ukrainian border in 2021.", "send", "russia"),
        ("Aid was sent by Japan prior to the Russian invasion.", "send", "japan"),
    ]:
        r = one(text, lemma)
        assert (ids(r.agents), r.targets) == ({agent}, ""), (text, r.agents, r.targets)
    # a to-phrase of the verb's own keeps its party, also with a place phrase after it
    for text in [
        "A proposal was sent by Kazakhstan to Russia in 2018.",
        "Kazakhstan sent a proposal to Russia close to the border.",
        "A proposal was sent by Kazakhstan close to the border to Russia.",
    ]:
        r = one(text, "propose")
        assert (r.agents, r.targets) == ("kazakhstan", "russia"), (text, r.agents, r.targets)

