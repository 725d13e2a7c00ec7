"""The actions grammar, third round on targets and on "the two sides": each rule on a text written for it (each
test fails on the grammar before the rule)."""

from conftest import acts, ids, one


def _agents_of(text: str, lemma: str) -> set:
    a = acts(text)
    rows = a[a.lemma == lemma]
    assert len(rows) == 1, a[["predicate", "lemma", "agents", "targets"]].to_string()
    return ids(rows.iloc[0].agents)


# -- "the two sides", "both sides", "both countries" ----------------------------------------------------------


# -- targets ---------------------------------------------------------------------------------------------------


def test_what_is_privatized_is_acted_on():
    r = one("Tokayev backed the privatization of the national oil company KazMunayGas.", "privatize")
    assert ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"kazmunaygas"}
