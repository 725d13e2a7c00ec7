"""Rules that once had two copies, which could answer differently, now have one: each test gives the two uses one
text on which the old copies disagreed."""

import pytest

import kzlib

from conftest import SHIPPED, acts, ids


def test_states_in_general_and_the_region_are_one_region():
    """Bare "states" (agents) and "the region" (a target) name the same region: the text's region, named most often
    of late, not one named in passing (one resolver, ``_Sentence.salient_region``)."""
    a = acts(
        "Central Asia needs roads. Central Asia needs power. South Asia is far away. The crisis led states to "
        "emphasize their sovereignty. Japan called for more reforms across the region."
    )
    emphasize = a[a.lemma == "emphasize"].iloc[0]
    called = a[a.lemma == "call for"].iloc[0]
    assert ids(emphasize.agents) == ids(called.targets) == {"central_asia"}


@pytest.mark.parametrize("lead", ["The two sides hope to:", "The two sides will take these steps:", "They agreed to:"])
def test_a_list_lead_in_is_one_for_the_dates_and_the_actions(lead):
    """One test of a lead-in about what is to come (``chronology.future_items``): its items' dates are no time of
    writing ("Today" stays May 2019, not 2025), and the item's action takes the lead-in's subject, not asserted."""
    c = kzlib.load(
        texts={
            "t": f"A Note\n\nKazakhstan and Uzbekistan met in May 2019. {lead}\n\n- Sign a transit agreement in 2025."
            "\n- Double trade.\n\nToday, trade is growing.\n"
        },
        codebook=SHIPPED,
    )
    assert c.timexes.set_index("surface").value["Today"] == "2019-05"
    sign = c.actions[c.actions.lemma == "sign"]
    assert len(sign) == 1 and ids(sign.agents.item()) == {"kazakhstan", "uzbekistan"}
    assert sign.modality.item() in ("intended", "hoped")
