"""Attracting investment (#11, stop-16 leftover): soliciting investors is an appeal for economic cooperation (021),
but an amount of investment attracted is investment received, material economic cooperation (061)."""

from conftest import ids, one


def test_an_amount_of_investment_attracted_is_investment_received():
    r = one("Kazakhstan attracted $5 billion in investment from the United States in 2019.", "attract")
    assert r.cameo == "061" and r.quad_class == "material cooperation"
    assert ids(r.agents) == {"kazakhstan"} and ids(r.targets) == {"united_states"}
    r = one("Uzbekistan attracted more than 8 billion dollars of foreign investment.", "attract")
    assert r.cameo == "061" and r.quad_class == "material cooperation"
    r = one("Kazakhstan has attracted over $400 billion in foreign direct investment since 1991.", "attract")
    assert r.cameo == "061"


def test_attracting_investors_or_investment_without_an_amount_stays_an_appeal():
    assert one("Kazakhstan attracted Chinese investors.", "attract").cameo == "021"
    assert one("Kazakhstan worked hard and attracted American investment.", "attract").cameo == "021"
    assert one("Kazakhstan attracted 5 new investors from Japan.", "attract").cameo == "021"  # investors, not money
