"""Rules that once had two copies, which could answer differently, now have one: each test gives the two uses one
text on which the old copies disagreed."""

from conftest import acts, ids


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
