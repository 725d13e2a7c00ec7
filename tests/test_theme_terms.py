"""Theme terms: no theme term matches the name of a codebook actor, and which term counts for which theme.

A theme says what a passage is about; who is named is the actor layer. A term such as "Afghanistan" or "C5+1" would
count every mention of that actor as theme evidence, so "Afghanistan is about security" would be partly true by
construction. Each actor surface is written into a sentence of its own and the theme matcher must find no term
covering the whole surface. The other tests, each on a small text: the longer term beats its head word (nuclear
disarmament is security, nuclear power energy), modifier terms from the codebook."""

from __future__ import annotations

import pytest

import kzlib
from kzlib import codebook

from conftest import SHIPPED, load_as_is, load_as_user


def test_no_theme_term_matches_an_actor_surface():
    names = sorted({s.text for s in codebook.surfaces() if s.actor_id})
    text = "\n\n".join(f"They spoke about {name} at length." for name in names)
    corpus = kzlib.load(texts={"surfaces": text}, codebook=SHIPPED)
    ev = corpus.theme_evidence
    covered = sorted({(s, t) for s, t in zip(ev.surface, ev.term) if s.lower() in {n.lower() for n in names}})
    assert covered == [], f"theme terms matching actor names: {covered[:12]}"


def test_the_themes_still_find_their_subject():
    corpus = kzlib.load(
        texts={
            "note": "The great powers compete for influence. Investment and trade grew fast, "
            "and the reforms of the political system continued."
        },
        codebook=SHIPPED,
    )
    assert {"geopolitics", "economy_investment", "governance_reform"} <= set(corpus.theme_evidence.theme_id)


def test_a_modifier_term_before_another_themes_noun_counts_for_no_theme():
    c = load_as_user("Japan called on North Korea to abandon its nuclear and ballistic missile programmes.\n")
    assert c.theme_evidence[["theme_id", "surface"]].values.tolist() == [["security", "missile"]]
    c = load_as_user("The nuclear and missile programmes worry Japan. Kazakhstan mines uranium for nuclear plants.\n")
    assert c.theme_evidence[["theme_id", "surface"]].values.tolist() == [
        ["security", "missile"],
        ["energy_climate", "uranium"],
        ["energy_climate", "nuclear"],
    ]


def test_no_theme_term_inside_an_actor_name():
    # decided: README's "no actor name is a theme term" holds for a term inside a name too ("Collective Security
    # Treaty Organization"): naming the CSTO is no security evidence by construction
    c = load_as_user("Kazakhstan requested the assistance of the Collective Security Treaty Organization.\n")
    assert (c.mentions.actor_id == "csto").any()
    assert c.theme_evidence.empty
    # a term beside the name still counts, and so does a person's title before a name (no name, and the codebook's
    # titles are theme terms)
    c = load_as_user("The Collective Security Treaty Organization discussed regional security.\n")
    assert c.theme_evidence.surface.tolist() == ["regional security"]
    c = load_as_user("Secretary of State John Kerry travelled to Astana.\n")
    assert "titled" in c.mentions.form.tolist()
    assert "Secretary of State" in c.theme_evidence.surface.tolist()


def test_modifier_terms_come_from_the_codebook(tmp_path):
    # a user's codebook can change which adjectives count for no theme beside another theme's noun: the table is
    # modifier_terms.csv of the codebook folder, overlaid by term like the other tables
    import kzlib
    from kzlib.codebook import Codebook

    text = "Japan called on North Korea to abandon its nuclear missile programmes.\n"
    c = kzlib.load(texts={"s": text})
    assert c.theme_evidence.surface.tolist() == ["missile"]
    (tmp_path / "modifier_terms.csv").write_text("term,themes\nnuclear,economy_investment\n", encoding="utf-8")
    cb = Codebook.load(tmp_path, extend=True)
    assert cb.modifier_terms.term.tolist() == ["nuclear"]
    c = kzlib.load(texts={"s": text}, codebook=cb)
    assert c.theme_evidence.surface.tolist() == ["nuclear", "missile"]
    # a theme the codebook lacks is refused in one line naming the file
    (tmp_path / "modifier_terms.csv").write_text("term,themes\nnuclear,nothing\n", encoding="utf-8")
    with pytest.raises(kzlib.InputError, match=r"modifier_terms\.csv.*nothing"):
        Codebook.load(tmp_path, extend=True)


def test_a_modifier_term_row_without_a_term_is_refused_for_that_cause(tmp_path):
    # one line naming the file and the cause (it said "every row needs a term and known themes, not []")
    from kzlib import Codebook, InputError

    (tmp_path / "modifier_terms.csv").write_text("term,themes\n,security\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"modifier_terms\.csv.*: every row needs a term$"):
        Codebook.load(tmp_path, extend=True)


def test_nuclear_stays_energy_before_a_term_that_modifies_another_noun():
    """'nuclear and trade cooperation': both adjectives of 'cooperation', so 'nuclear' is energy and 'trade'
    economy; 'nuclear and missiles' (the other term ends the phrase) is still security alone."""
    ev = load_as_is("Cooperation\n\nThe sides discussed nuclear and trade cooperation.\n").theme_evidence
    assert {"energy_climate", "economy_investment"} <= set(ev.theme_id)
    ev = load_as_is("Arms\n\nJapan urged North Korea to give up nuclear and missiles.\n").theme_evidence
    assert "energy_climate" not in set(ev.theme_id)


TEXT = (
    "Kazakhstan called for nuclear disarmament and gave up its nuclear arsenal; the nuclear powers keep theirs.\n\n"
    "Kazakhstan builds a nuclear power plant for Central Asian cooperation.\n"
)


def test_nuclear_disarmament_is_security_and_nuclear_power_energy():
    ev = kzlib.load(texts={"t": TEXT}, codebook=SHIPPED).theme_evidence
    by_para = ev.groupby("para_id").theme_id.agg(set).to_dict()
    assert by_para["P001"] == {"security"}
    assert by_para["P002"] == {"energy_climate", "regional_cooperation"}
