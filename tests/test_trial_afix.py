"""Actions defects a user trial found on a joint statement the library was not built on (stop 13): each fixed by a
general rule and tested on a small text written here, never on the chapter or the test split."""

import kzlib

from conftest import SHIPPED


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


def test_a_noun_before_a_finite_verb_is_no_action():
    """A verb's bare or -s form between a modifier and a finite verb heads the subject ("American pension funds
    held"): a noun, not a step; with an actor as subject the form is still the verb."""
    assert _actions("Last year, American pension funds held USD 3 billion in Kazakh bonds.").empty
    assert _actions("The EU funds were spent in Kazakhstan.").empty
    a = _actions("The United States funds projects in Kazakhstan.")
    assert a.lemma.tolist() == ["fund"] and a.agents.tolist() == ["united_states"]


def test_a_ment_noun_is_no_event_cue_of_its_verb():
    """A -ment noun names a thing ("submit the agreement"), not the act of agreeing: a dated state whose clause has
    a cue before it takes that cue ("pledged"; "the signing of the agreement ... in 1993": the signing)."""
    e = kzlib.load(
        texts={"t": "Brazil pledged to submit the agreement for a vote in the second half of 2025.\n"}, codebook=SHIPPED
    ).events
    assert e.cue.tolist() == ["pledge"] and e.label[0].startswith("pledged to submit")
    e = kzlib.load(
        texts={"t": "The firm grew after the signing of the agreement with Peru in 1998.\n"}, codebook=SHIPPED
    ).events
    assert e.cue.tolist() == ["sign"]
    e = kzlib.load(texts={"t": "Brazil and Peru praised the agreement of 2019.\n"}, codebook=SHIPPED).events
    assert e.cue.tolist() == ["agree"]  # no cue before it: the noun still labels the state


def test_a_call_on_a_party_is_the_callers_appeal_not_the_act_asked_for():
    """ "called on X to V" is the caller's appeal to X (the lexicon's 020, as "urged X to V"); the act asked for is
    the content of the appeal, no row (it did not happen), so no one is coded as withdrawing."""
    for verb, lemma in (("called on", "call on"), ("urged", "urge"), ("encouraged", "encourage")):
        a = _actions(f"Kazakhstan {verb} Russia to withdraw its forces in 2022.")
        assert a.lemma.tolist() == [lemma], verb
        assert a.agents.tolist() == ["kazakhstan"] and a.targets.tolist() == ["russia"]
    assert _actions("The ministers called on Moscow to withdraw its forces.").empty  # callers unknown: no row


def test_a_reduced_relatives_date_is_its_own():
    """A date inside a reduced relative ("assistance provided since 2021", "the sanctions adopted by X in February
    2024") dates its participle, not the main verb (as a relative clause's date already did)."""
    a = _actions("Kazakhstan thanked Russia for assistance provided since 2021.").set_index("lemma")
    assert a.date_value["provide"] == "2021" and a.date_value["thank"] == ""
    a = _actions("Kazakhstan did not join the sanctions adopted by the European Union in February 2024.")
    a = a.set_index("lemma")
    assert a.date_value["adopt"] == "2024-02" and a.date_value["join"] == ""
    a = _actions("Kazakhstan hosted the talks in 2019 and signed a deal.").set_index("lemma")
    assert a.date_value["host"] == "2019"  # a main verb keeps its date
    a = _actions("Kazakhstan thanked Russia for the talks held in Oslo in 2020.").set_index("lemma")
    assert a.date_value["thank"] == ""  # an irregular participle ("held") after a noun that may be a verb


def test_a_year_in_a_name_and_a_venue():
    """A year that ends a proper name ("the Antarctic Treaty of 1959") is the name's: the dated state is labelled by
    the name, not by a verb after it; and the country of a venue ("meet in Kochi, India") is where, not who."""
    text = "The ministers reaffirmed the Pacific Fisheries Treaty of 1982 and agreed to meet in Chennai, India, in May 2025."
    e = kzlib.load(texts={"t": text + "\n"}, codebook=SHIPPED).events.set_index("date_value")
    assert e.label["1982"] == "Pacific Fisheries Treaty of 1982" and e.cue["1982"] == ""
    assert e.actors.tolist() == ["", ""]  # India is where they meet, not a party
    e = kzlib.load(texts={"t": "Kazakhstan and India met in Astana in 2025.\n"}, codebook=SHIPPED).events
    assert set(e.actors[0].split(";")) == {"india", "kazakhstan"}  # a party is still one
