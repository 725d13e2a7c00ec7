"""presence's rankings of actors never cut inside a tie (kzlib.ranking.top)."""

import kzlib
from kzlib import presence

from conftest import SHIPPED


def test_how_actors_are_named_keeps_actors_tied_at_the_cut_together():
    text = "A title\n\nRussia met Russia's partners. Russia, China and Iran spoke. China and Iran agreed.\n"
    corpus = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    assert presence.by_form(corpus, top=2).index.tolist() == ["russia", "china", "iran"]
