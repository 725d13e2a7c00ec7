"""Themes without circularity: no theme term matches the name of a codebook actor.

A theme says what a passage is about; who is named is the actor layer. A term such as "Afghanistan" or
"C5+1" would count every mention of that actor as theme evidence, so "Afghanistan is about security" would
be partly true by construction. Each actor surface is written into a sentence of its own and the theme
matcher must find no term covering the whole surface.
"""

import kzlib
from kzlib import codebook

from conftest import SHIPPED


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
