"""Curated tables (kzlib/data/rules/, and the codebook's lists of people and regions): each row does what its
columns say, and each piece of curated knowledge has one definition."""

import csv
import re

import kzlib
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


def _table(name):
    with open(lexicon.RULES / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_small_word_may_stay_lower_case_in_a_title_cased_heading():
    from kzlib.structure import is_title_like

    for r in _table("small_words.csv"):
        assert is_title_like(f"Trade {r['word']} Energy Policy."), r["word"]
    assert not is_title_like("Trade beside Energy Policy.")  # a word outside the table must be capitalised


def test_every_notes_heading_opens_the_notes_in_any_case():
    from kzlib.structure import NOTES_HEADING

    for r in _table("notes_headings.csv"):
        for h in (r["heading"], r["heading"].title(), r["heading"].upper()):
            assert NOTES_HEADING.fullmatch(h), h
    assert not NOTES_HEADING.fullmatch("Noted sources")


def test_every_acronym_word_in_shouted_text_is_the_word_unless_after_the():
    for r in _table("acronym_words.csv"):
        w = r["word"].upper()
        for lead, undone in (("PLEASE JOIN ", True), ("PLEASE JOIN THE ", False)):
            text = f"{lead}{w} TODAY AND TOMORROW"
            assert actors.not_a_mention(text, len(lead), len(lead) + len(w), "acronym") is undone, (lead, w)
    text = "PLEASE JOIN UN TODAY AND TOMORROW"  # no common word: the acronym stays a mention
    assert not actors.not_a_mention(text, 12, 14, "acronym")


def test_every_name_form_row():
    from types import SimpleNamespace

    rows = _table("name_forms.csv")
    for r in (r for r in rows if r["kind"] == "woman's honorific"):
        for lead in (f"{r['form']}. ", f"{r['form']} "):
            assert actors.not_a_mention(f"{lead}Xi visited.", len(lead), len(lead) + 2, "surname"), lead
    assert not actors.not_a_mention("Mr. Xi visited.", 4, 6, "surname")
    for ending in [r["form"] for r in rows if r["kind"] == "surname ending"] + ["ek"]:
        name = SimpleNamespace(text=f"Abram{ending}", kind="name")
        targets = ({"A": ([name], [name.text])}, [], {name.text})
        found = list(actors._fuzzy(f"Then {name.text}a spoke.", [], targets))
        assert (found == []) is (ending != "ek"), ending  # "Abramova" is a woman of the name; "Abrameka" a misspelling


def test_the_lexicon_docstring_names_every_rules_table_in_its_column():
    # the docstring's reStructuredText table: one row per CSV of kzlib/data/rules/, each row's text starting under
    # the second column's rule (text left of it is no table row but a docutils error)
    lines = lexicon.__doc__.splitlines()
    rule = next(line for line in lines if line.startswith("="))
    column = rule.index(" =") + 1
    rows = {m.group(1): m.end() for line in lines if (m := re.match(r"``(\w+\.csv)``\s+", line))}
    assert set(rows) == {p.name for p in lexicon.RULES.glob("*.csv")}
    assert [name for name, at in rows.items() if at != column] == []


def test_every_the_word_makes_a_name_take_the_in_prose():
    from kzlib import findings

    for r in _table("the_words.csv"):
        name = f"Astana {r['word']}"
        assert findings.name({"x": name}, "x", the=True) == f"the {name}", name
    assert findings.name({"x": "Astana Forum"}, "x", the=True) == "Astana Forum"


def test_each_future_cue_row_serves_the_tests_its_columns_name():
    """``rules/future_cues.csv`` is the one table of words of what is to come: ``plan`` rows are the cues of
    :data:`lexicon.FUTURE_CUE` ("pledged to", "next"), ``sentence`` rows the words of :data:`lexicon.FUTURE_WORD`
    that make a whole sentence speak of it ("would", "target"); chronology reads both from it."""
    with open(lexicon.RULES / "future_cues.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["plan"] for r in rows} <= {"yes", ""} and {r["sentence"] for r in rows} <= {"yes", ""}
    for r in rows:
        cue = r["cue"]
        text = f"They{cue} meet in May." if not cue[0].isalpha() else f"They {cue} meet in May."  # "They'll"
        assert bool(lexicon.FUTURE_CUE.search(text)) == (r["plan"] == "yes"), cue
        assert bool(lexicon.FUTURE_WORD.search(text)) == (r["sentence"] == "yes"), cue
    assert {"would", "target", "next", "pledged to"} <= {r["cue"] for r in rows}


def test_bylines_and_credits_are_rows_of_the_boilerplate_table():
    """One definition of a byline: the leads of ``rules/boilerplate.csv`` (kinds ``byline``, ``credit``) make both
    the line test of structure (a line opening with one is no heading) and the authors' paragraph of actors (a
    byline's lead and names only: no fuzzy actor match in it)."""
    with open(lexicon.RULES / "boilerplate.csv", encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["kind"] in ("byline", "credit")]
    assert {"By", "Written by", "Source", "Photo"} <= {r["pattern"] for r in rows}
    for r in rows:
        assert lexicon.BYLINE.match(f"{r['pattern']}: Jane Smith") and lexicon.BYLINE.match(f"{r['pattern']} Jane")
        assert bool(lexicon.AUTHORS_LINE.fullmatch(f"{r['pattern']} Jane Smith, Reuters")) == (r["kind"] == "byline")
    assert not lexicon.BYLINE.match("Bypass roads") and not lexicon.AUTHORS_LINE.fullmatch("By then it was over.")


def test_the_codebook_lists_its_people_and_regions_by_type():
    cb = kzlib.Codebook.load()
    for kind, ids in (("person", cb.people), ("region", cb.regions)):
        assert ids == set(cb.actors.actor_id[cb.actors.type == kind]) and ids
