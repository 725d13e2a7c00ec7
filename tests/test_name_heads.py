"""``rules/name_heads.csv``: each row does what its columns say (the nouns that end a name were regexes in code)."""

import csv

from kzlib import actors, candidates, lexicon


def _rows():
    with open(lexicon.RULES / "name_heads.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_name_head_row_suggests_heads_and_names_a_body_as_its_columns_say():
    rows = _rows()
    assert len({r["word"] for r in rows}) == len(rows), "a word twice"
    for r in rows:
        w = r["word"]
        name = f"Astana {w}"
        assert candidates._suggest(name, 0, len(name), None) == ((r["suggests"], w) if r["suggests"] else ("", "")), w
        text = f"Astana {w} of Almaty"  # a head keeps the name whole; after another word the connector splits it
        assert len(list(candidates._pieces(text, 0, len(text)))) == (1 if r["head"] == "yes" else 2), w
        assert bool(actors.BODY_AFTER.match(f"European {w}", len("European"))) == (r["body"] == "yes"), w


def test_a_name_head_ends_an_unknown_name_in_the_candidates_table():
    import kzlib

    text = "Talks\n\nThe Zorvan Ombudsman met the Velka Compact of Cities. The Zorvan Ombudsman and the Velka Compact of Cities spoke.\n"
    c = kzlib.load(texts={"t": text}).candidates.set_index("surface")
    assert "Velka Compact of Cities" in c.index  # Compact heads a name: "of" stays inside it
    assert c.loc["Zorvan Ombudsman", "suggested_type"] == ""  # a body's noun only: no type suggested
