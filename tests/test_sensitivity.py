"""Findings under other coding choices: every alternative of kzlib.Options is tried, and a flip is named."""

import pytest

import kzlib
from kzlib import sensitivity

from conftest import SHIPPED

TEXT = (
    "A heading line\n\nWashington and Washington met Kazakhstan. The Kazakh side spoke, and Kazakh leaders "
    "answered Washington.\n"
)


def load(**kw):
    return kzlib.load(texts={"t": TEXT}, **kw, codebook=SHIPPED)


def test_a_floor_holds_on_the_same_side():
    f = sensitivity.Finding("x", "02", "share", lambda c, d: 0.0, floor=0.5)
    assert f.holds(0.62, 0.59) and not f.holds(0.62, 0.41)
    g = sensitivity.Finding("y", "02", "name", lambda c, d: "")
    assert g.holds("a", "a") and not g.holds("a", "b")


def test_every_alternative_is_a_column_and_flips_are_named():
    chosen = [f for f in sensitivity.FINDINGS if f.key in ("two_most_named", "state_share")]
    table = sensitivity.table(None, "t", findings=chosen, load=load)
    alternatives = [label for label, _ in kzlib.Options().alternatives()]
    assert list(table.columns[-len(alternatives) :]) == alternatives
    row = table.set_index("finding").loc["the two most-named actors"]
    assert row["metonyms=False"].startswith("flips") and "metonyms=False" in row.verdict
    assert row["theme_weights='flat'"] == "holds"
    assert "Flips:" in str(sensitivity.report(table))
    assert sensitivity.flips_per_alternative(table)["metonyms=False"] >= 1


def test_a_corpus_under_other_options_equals_a_fresh_load(corpus):
    """Each alternative shares the parsed chapter and the tables its switch leaves alone (``CHANGED_BY``): every
    table, shared or computed afresh, equals the table of a fresh load under that alternative."""
    import pandas as pd

    from conftest import CHAPTER_PATH, SHIPPED

    base = sensitivity.under(corpus, corpus.options)  # a copy of the chapter, every table computed
    computed = base.tables()
    for label, alt in kzlib.Options().alternatives():
        shared = sensitivity.under(base, alt)
        kept = {name for name in computed if shared.__dict__.get(name) is base.__dict__[name]}
        mentions = label.split("=")[0] in sensitivity._MENTIONS  # the terms inside names: theme_evidence changes
        assert kept >= {"paragraphs", "sentences", "timexes", *(() if mentions else ["theme_evidence"])}, label
        fresh = kzlib.load(CHAPTER_PATH, codebook=SHIPPED, options=alt).tables()
        for name, df in shared.tables().items():
            pd.testing.assert_frame_equal(df, fresh[name], obj=f"{label}: {name}")


def test_a_loaded_corpus_gives_the_same_table_without_loading_again(monkeypatch):
    """A notebook hands in the corpus it has loaded: the table is the one a load of its sources gives, under the
    corpus's own options or others, and nothing is loaded again."""
    import pandas as pd

    chosen = [f for f in sensitivity.FINDINGS if f.key in ("two_most_named", "state_share", "leading_theme")]
    other = kzlib.Options(metonyms=False)
    expected = [sensitivity.table(None, "t", options, chosen, load=load) for options in (None, other)]
    corpus = load()
    monkeypatch.setattr(kzlib, "load", lambda *a, **k: pytest.fail("loaded again"))
    for options, want in zip((None, other), expected):
        pd.testing.assert_frame_equal(sensitivity.table(corpus, "t", options, chosen), want)
    assert corpus.options == kzlib.Options()


def test_a_finding_is_measured_again_only_where_an_alternative_changes_what_it_read():
    """Under each alternative, a finding that read only tables the alternative shares keeps its default value
    without being measured again; one that read a table the switch changes, or the options, is measured again.
    The table is the one measuring every finding under every alternative gives."""
    from collections import Counter

    import pandas as pd

    calls = Counter()

    def counted(key, read):
        def measure(corpus, doc_id):
            calls[key] += 1
            return read(corpus)

        return sensitivity.Finding(key, "02", key, measure)

    chosen = [
        counted("sentences", lambda c: len(c.sentences)),  # no switch changes the sentences
        counted("mentions", lambda c: len(c.mentions)),  # metonyms and demonyms change the mentions
        counted("options", lambda c: c.options.metonyms),
    ]
    table = sensitivity.table(load(), "t", findings=chosen)
    n = len(kzlib.Options().alternatives())
    assert calls == {"sentences": 1, "mentions": 1 + 2, "options": 1 + n}
    pd.testing.assert_frame_equal(table, sensitivity.table(None, "t", findings=chosen, load=load))
    assert table.set_index("finding").verdict.to_dict() == {
        "sentences": "holds under every alternative",
        "mentions": "flips under metonyms=False, demonyms=False",
        "options": "flips under metonyms=False",
    }


def test_theme_evidence_and_themes_change_with_the_mention_switches():
    for table in ("theme_evidence", "themes"):
        assert {"metonyms", "demonyms"} <= sensitivity.CHANGED_BY[table]


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
