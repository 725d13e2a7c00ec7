"""Review of stop 15 (the Elegant standard): one definition of each piece of curated knowledge and of each helper."""

import csv

import kzlib
from kzlib import lexicon


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
