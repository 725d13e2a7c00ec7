"""Actions defects a user trial found on a joint statement the library was not built on (stop 13): each fixed by a
general rule and tested on a small text written here, never on the chapter or the test split."""

import kzlib


def _actions(text: str):
    return kzlib.load(texts={"t": text + "\n"}).actions


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
