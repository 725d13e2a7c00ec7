"""Several documents in one corpus: distinct doc_ids, and no row's offsets ever point into another document."""

from test_input import run_cli

import kzlib

from conftest import CHAPTER

OTHER = """Joint Statement of the C5+1 Ministers

Tashkent, April 25, 2019

The foreign ministers of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan met Secretary of State Pompeo in Tashkent. Since 2015 the C5+1 has met annually.

Several months later the ministers agreed to expand trade and investment.
"""


def test_documents_never_mix(text):
    c = kzlib.load(texts={CHAPTER: text, "statement": OTHER, "copy": text.replace("Chapter Five", "Chapter Six", 1)})
    assert c.documents.doc_id.tolist() == [CHAPTER, "statement", "copy"]
    for name in ("mentions", "timexes", "theme_evidence"):
        df = c.tables()[name]
        for doc_id, start, end, surface in zip(df.doc_id, df.start, df.end, df.surface):
            assert c.source(doc_id)[start:end] == surface
    for name in ("paragraphs", "sentences", "events"):
        df = c.tables()[name]
        assert all(c.reading(d, s, e) == t for d, s, e, t in zip(df.doc_id, df.start, df.end, df.text))
    d = c.dyads
    assert all(c.source(doc)[s:e] == v for doc, s, e, v in zip(d.doc_id, d.start, d.end, d.predicate))
    alone = kzlib.load(texts={CHAPTER: text})
    for name in ("mentions", "timexes", "actions", "events", "dyads", "theme_evidence"):
        mixed = c.tables()[name]
        assert len(mixed[mixed.doc_id == CHAPTER]) == len(alone.tables()[name]), name
    statement = c.mentions[c.mentions.doc_id == "statement"]
    assert {"kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan", "pompeo", "c5plus1"} <= set(
        statement.actor_id
    )
    t = c.timexes[c.timexes.doc_id == "statement"]
    # "Several months later" after "Since 2015": two to nine months after a date in 2015 may fall in 2016 (201X)
    assert t.value.tolist() == ["2019-04-25", "2015", "P1Y", "201X"]


def test_failed_export_leaves_an_existing_folder_untouched(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.csv").write_text("old\n")
    (tmp_path / "empty.txt").write_text("")
    r = run_cli("export", out, tmp_path / "empty.txt")
    assert r.returncode == 2
    assert sorted(p.name for p in out.iterdir()) == ["keep.csv"] and (out / "keep.csv").read_text() == "old\n"
