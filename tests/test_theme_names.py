"""Themes (trial 15 §15): nuclear disarmament, arsenals, tests and the nuclear powers are security, not energy (the
longer term beats its head word "nuclear"); nuclear power stays energy."""

import kzlib

from conftest import SHIPPED

TEXT = (
    "Kazakhstan called for nuclear disarmament and gave up its nuclear arsenal; the nuclear powers keep theirs.\n\n"
    "Kazakhstan builds a nuclear power plant for Central Asian cooperation.\n"
)


def test_nuclear_disarmament_is_security_and_nuclear_power_energy():
    ev = kzlib.load(texts={"t": TEXT}, codebook=SHIPPED).theme_evidence
    by_para = ev.groupby("para_id").theme_id.agg(set).to_dict()
    assert by_para["P001"] == {"security"}
    assert by_para["P002"] == {"energy_climate", "regional_cooperation"}
