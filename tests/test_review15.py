"""Review of stop 15 (the Elegant standard): one definition of each piece of curated knowledge and of each helper."""

import csv
import types

import pandas as pd

import kzlib
from kzlib import lexicon, presence, synthesis, themes

from conftest import SHIPPED


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


def test_key_figures_never_cut_the_most_named_inside_a_tie():
    text = (
        "Nazarbayev met Tokayev. Nazarbayev spoke. Nazarbayev left. Tokayev stayed.\n\n"
        "Trump called. Biden wrote. Pompeo visited. Putin waited. Putin spoke.\n"
    )
    c = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    figures = presence.key_figures(c, "t", persons=2)
    assert figures["most-named persons"] == {"nazarbayev": 3, "putin": 2, "tokayev": 2}  # Putin and Tokayev tie
    assert {"Joe Biden mentions", "Mike Pompeo mentions", "Donald Trump mentions"} <= set(figures)  # 1 each: all


def test_the_theme_mix_counts_a_tie_as_ranking_does():
    """A paragraph whose two leading scores differ only by rounding (0.1 + 0.2 and 0.3) is tied, as
    :func:`kzlib.ranking.leaders` says everywhere else, not led by the one a bit above."""
    cb = SHIPPED
    a, b = cb.theme_ids[:2]
    corpus = types.SimpleNamespace(
        codebook=cb,
        theme_evidence=pd.DataFrame(
            {"doc_id": ["t"] * 3, "theme_id": [a, b, a], "weight": [1.0] * 3, "term": ["x"] * 3}
        ),
        paragraphs=pd.DataFrame({"doc_id": ["t", "t"], "n_words": [10, 10]}),
        themes=pd.DataFrame(
            {
                "doc_id": ["t"] * 4,
                "para_id": ["P1", "P1", "P2", "P2"],
                "theme_id": [a, b, a, b],
                "score": [0.1 + 0.2, 0.3, 1.0, 0.5],
            }
        ),
    )
    mix = themes.mix(corpus, "t")
    assert mix.paragraphs_tied[[a, b]].tolist() == [1, 1] and mix.paragraphs_led[[a, b]].tolist() == [1, 0]


def test_the_synthesis_tables_work_out_the_blocs_once(corpus, monkeypatch):
    calls = []
    real = presence.focal_blocs
    monkeypatch.setattr(presence, "focal_blocs", lambda *a: calls.append(1) or real(*a))
    doc = corpus.documents.doc_id[0]
    for table in (synthesis.blocs_over_time, synthesis.themes_by_bloc_and_period):
        calls.clear()
        assert not table(corpus, doc).empty and len(calls) == 1


def test_quoting_by_membership_is_the_csv_field_rule_whatever_python_quotes(monkeypatch):
    """export._quoted (one comprehension) quotes exactly as export._csv_field for either set of characters a
    Python's csv writer quotes (``\\r`` or not), and hands any other set to _csv_field."""
    import re

    from kzlib import export

    cells = ["plain", "a,b", 'say "x"', "two\nlines", "cr\rhere", "", "–"]
    for chars in (',"\n', ',"\n\r', ',"'):
        monkeypatch.setattr(export, "_QUOTED", chars)
        monkeypatch.setattr(export, "_NEEDS_QUOTES", re.compile("[" + re.escape(chars) + "]"))
        assert export._quoted(cells) == [export._csv_field(c) for c in cells], repr(chars)


def test_the_sensitivity_table_looks_for_the_gold_once(monkeypatch):
    """sensitivity.table keeps the findings applicable to the text once, not again for each alternative (each
    look reads the action gold)."""
    from kzlib import evaluate, sensitivity

    calls = []
    real = evaluate.has_gold
    monkeypatch.setattr(evaluate, "has_gold", lambda doc_id: calls.append(doc_id) or real(doc_id))
    findings = [
        sensitivity.Finding("n", "02", "mentions", lambda c, d: len(c.mentions)),
        sensitivity.Finding("g", "06", "scored", lambda c, d: 1.0, floor=0.5, gold=True),
    ]
    doc = evaluate.development_doc()  # the text the gold describes: the scored finding is kept
    text = {doc: "Kazakhstan and Russia met in Astana in 2019."}
    out = sensitivity.table(None, doc, findings=findings, load=lambda options: kzlib.load(texts=text, options=options))
    assert out.finding.tolist() == ["mentions", "scored"] and calls == [doc]
