"""REFI-QDA export and import: schema-valid, every selection reproduces its words, byte-identical runs, and a
reviewer's edits read back as the differences they are."""

import xml.etree.ElementTree as ET
import zipfile

import pandas as pd
import pytest

import kzlib
from kzlib import qdpx
from kzlib.cli import main
from kzlib.corpus import Corpus

from conftest import SHIPPED

NOTE = """A note on Central Asia

Kazakhstan and the United States signed a memorandum on investment in March 2019. \N{EARTH GLOBE EUROPE-AFRICA}
Tokayev met officials in Washington, and Russia watched the geopolitical balance.

In 2015 the C5+1 format brought the five Central Asian states together with the United States.
"""


@pytest.fixture(scope="module")
def note():
    return kzlib.load(texts={"note": NOTE}, codebook=SHIPPED)


@pytest.fixture(scope="module")
def chapter_file(corpus, tmp_path_factory):
    return qdpx.write(corpus, tmp_path_factory.mktemp("qdpx") / "chapter.qdpx")


def test_chapter_export_is_schema_valid(chapter_file):
    assert qdpx.validate(chapter_file) == []


def test_every_selection_reproduces_its_words(corpus, chapter_file):
    project = qdpx.read(chapter_file)
    text = project.sources.set_index("doc_id").text
    sel = project.selections
    assert len(sel) and (sel.code != "").all()
    for r in sel.itertuples():
        assert text[r.doc_id][r.start : r.end] == r.text == corpus.span(r.doc_id, r.start, r.end)
    # every mention, theme term and dated expression is there, with its own words
    expected = qdpx.selections(corpus)
    assert (
        len(sel)
        == len(expected)
        == len(corpus.mentions)
        + len(corpus.theme_evidence)
        + len(corpus.timexes)
        + (len(corpus.actions) if hasattr(Corpus, "actions") else 0)
    )
    mentions = expected[expected.layer == "mentions"]
    assert sorted(mentions.text) == sorted(corpus.mentions.surface)
    assert sorted(expected[expected.layer == "timexes"].text) == sorted(corpus.timexes.surface)


def test_sources_are_the_unedited_texts_in_utf8(corpus, chapter_file):
    project = qdpx.read(chapter_file)
    for r in project.sources.itertuples():
        assert r.text == corpus.source(r.doc_id)
    with zipfile.ZipFile(chapter_file) as z:
        names = z.namelist()
    assert names[0] == "project.qde"
    assert all(n.startswith("sources/") and n.endswith(".txt") for n in names[1:])
    assert [f"sources/{g}.txt" for g in project.sources.guid] == names[1:]


def test_codebook_descriptions_and_hierarchy(corpus, chapter_file):
    project = qdpx.read(chapter_file)
    codes = project.codes.set_index("code")
    assert set(codes.loc[["Actors", "Themes", "Dates"], "group"]) == {""}
    assert not codes.loc["Actors", "codable"] and codes.loc["Kazakhstan", "codable"]
    assert codes.loc["Kazakhstan", "group"] == "state" and codes.loc["state", "group"] == "Actors"
    actors = corpus.actors.set_index("actor_id")
    assert codes.loc["Kazakhstan", "description"] == actors.loc["kazakhstan", "description"]
    assert codes.loc["year", "group"] == "Dates"
    # every selection's code is a codable code of the book
    assert set(project.selections.code) <= set(codes.index[codes.codable])


def test_document_metadata_are_variables(corpus, chapter_file):
    variables = qdpx.read(chapter_file).variables.pivot(index="doc_id", columns="variable", values="value")
    docs = corpus.documents.set_index("doc_id")
    for doc_id, row in variables.iterrows():
        assert row["title"] == docs.at[doc_id, "title"]
        assert row["sha256"] == docs.at[doc_id, "sha256"]
        assert int(row["words"]) == docs.at[doc_id, "n_words"]
        assert row["date"] in set(corpus.timexes.value)


def test_two_runs_give_identical_bytes(note, tmp_path):
    a = qdpx.write(note, tmp_path / "a.qdpx")
    b = qdpx.write(kzlib.load(texts={"note": NOTE}, codebook=SHIPPED), tmp_path / "b.qdpx")
    assert a.read_bytes() == b.read_bytes()


def test_code_points_count_past_characters_outside_the_bmp(note, tmp_path):
    path = qdpx.write(note, tmp_path / "note.qdpx")
    assert qdpx.validate(path) == []
    sel = qdpx.read(path).selections
    after = sel[sel.start > NOTE.index("\N{EARTH GLOBE EUROPE-AFRICA}")]
    assert {"Tokayev", "Russia", "2015"} <= set(after.text)  # 4 bytes in UTF-8 and 2 in UTF-16, 1 code point
    for r in sel.itertuples():
        assert NOTE[r.start : r.end] == r.text


def test_round_trip_after_a_reviewers_edit(note, tmp_path):
    """A reviewer removes one selection and codes one more passage; compare() shows exactly that."""
    path = qdpx.write(note, tmp_path / "note.qdpx")
    ns = {"q": qdpx.NS}
    with zipfile.ZipFile(path) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    ET.register_namespace("", qdpx.NS)
    root = ET.fromstring(entries["project.qde"])
    source = root.find(".//q:TextSource", ns)
    removed = source.find("q:PlainTextSelection", ns)
    source.remove(removed)
    code = next(c for c in root.iter(f"{{{qdpx.NS}}}Code") if c.get("name") == "Security")
    start = NOTE.index("officials")
    added = ET.Element(
        f"{{{qdpx.NS}}}PlainTextSelection",
        guid="00000000-0000-4000-8000-000000000001",
        startPosition=str(start),
        endPosition=str(start + len("officials")),
    )
    coding = ET.SubElement(added, f"{{{qdpx.NS}}}Coding", guid="00000000-0000-4000-8000-000000000002")
    ET.SubElement(coding, f"{{{qdpx.NS}}}CodeRef", targetGUID=code.get("guid").upper())  # tools may shout
    source.insert(list(source).index(source.find("q:PlainTextSelection", ns)), added)
    entries["project.qde"] = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    edited = tmp_path / "reviewed.qdpx"
    with zipfile.ZipFile(edited, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    assert qdpx.validate(edited) == []

    ours, theirs = qdpx.selections(note), qdpx.read(edited).selections
    diff = qdpx.compare(ours, theirs)
    assert list(diff.change) == ["removed", "added"] or list(diff.change) == ["added", "removed"]
    gone = diff[diff.change == "removed"].iloc[0]
    assert (gone.start, gone.end) == (int(removed.get("startPosition")), int(removed.get("endPosition")))
    new = diff[diff.change == "added"].iloc[0]
    assert (new.code, new.group, new.text) == ("Security", "Themes", "officials")
    # everything else reads back as written
    unchanged = qdpx.compare(ours, qdpx.read(path).selections)
    assert unchanged.empty


def test_actions_become_selections_when_the_corpus_has_them(tmp_path):
    """The Actions branch is written from an ``actions`` table whenever this version of kzlib has one."""
    text = "Kazakhstan and the United States signed an agreement in 2019."

    class WithActions(Corpus):
        @property
        def actions(self):
            start = text.index("signed")
            return pd.DataFrame(
                [
                    dict(doc_id="t", action_id="A001", quad_class="verbal cooperation", start=start, end=len(text) - 1),
                    dict(doc_id="t", action_id="A002", quad_class="", start=0, end=10),
                ]
            )

    corpus = WithActions([kzlib.load(texts={"t": text}, codebook=SHIPPED).docs["t"].source])
    path = qdpx.write(corpus, tmp_path / "t.qdpx")
    assert qdpx.validate(path) == []
    sel = qdpx.read(path).selections
    acts = sel[sel.group == "Actions"].set_index("code")
    assert acts.loc["verbal cooperation", "text"] == "signed an agreement in 2019"
    assert acts.loc["no quad class", "text"] == "Kazakhstan"


def test_cli_writes_a_project_and_refuses_bad_input(tmp_path, capsys):
    src = tmp_path / "note.txt"
    src.write_text(NOTE, encoding="utf-8")
    out = tmp_path / "out" / "note.qdpx"
    assert main(["qdpx", str(out), str(src)]) == 0
    assert qdpx.read(out).sources.doc_id.tolist() == ["note"]
    capsys.readouterr()
    assert main(["qdpx", str(tmp_path), str(src)]) == 2  # a folder, not a file
    assert main(["qdpx", str(tmp_path / "x.qdpx"), str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err
    assert not (tmp_path / "x.qdpx").exists()


def test_read_refuses_what_is_not_a_project(tmp_path):
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip, not xml")
    with pytest.raises(kzlib.InputError, match=r"bad\.qdpx"):
        qdpx.read(bad)


def test_a_documents_own_date_line_is_its_date_variable(tmp_path):
    corpus = kzlib.load(
        texts={"s": "Statement on Kazakhstan\n\nMarch 5, 2019\n\nThe United States and Kazakhstan met in June 2017.\n"},
        codebook=SHIPPED,
    )
    variables = qdpx.read(qdpx.write(corpus, tmp_path / "s.qdpx")).variables.set_index("variable").value
    assert variables["date"] == corpus.documents.date[0] == "2019-03-05"


@pytest.mark.parametrize(
    "text",
    [
        "A Note\n\nThe states met in May 2019. Double trade by 2025. Today, Kazakhstan is neutral.\n",
        "A Plan\n\nThe states met in May 2019. The two sides will:\n\n- Double trade by 2025.\n- Open an office in 2026."
        "\n\nToday, Kazakhstan is neutral.\n",
        "Deal\n\nASTANA, March 3 (Reuters) – Kazakhstan signed a deal today. Trade reached a record in 2023.\n",
    ],
    ids=["deadline", "planned-item", "dateline-without-year"],
)
def test_the_date_variable_is_the_day_today_names(text, tmp_path):
    """The date variable and the anchor of "today" are one time of writing (``chronology.time_of_writing``): a
    deadline, a planned list item or a dateline without a year cannot make them differ."""
    corpus = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    variables = qdpx.read(qdpx.write(corpus, tmp_path / "t.qdpx")).variables.set_index("variable").value
    today = corpus.timexes[corpus.timexes.surface.str.lower() == "today"]
    assert variables["date"] == today.anchor.item() == today.value.item() != ""


def test_qdpx_never_overwrites_a_text(tmp_path):
    """A forgotten output name (``qdpx speech.txt``) must not turn the user's text into a zip. (``main`` in this
    process, as ``python -m kzlib`` runs it; tests/test_hostile.py and test_cli.py run real processes.)"""
    from test_input import run_cli

    text = tmp_path / "speech.txt"
    text.write_text("Title Line\n\nThe United States met Kazakhstan.\n", encoding="utf-8")
    fake = tmp_path / "old.qdpx"
    fake.write_text("not a zip\n", encoding="utf-8")
    for target in (text, fake):
        run = run_cli("qdpx", target, text)
        assert run.returncode == 2 and str(target) in run.stderr and run.stderr.count("\n") == 1
        assert run.stderr.startswith("kzlib: error: ") and run.stdout == ""
    assert text.read_text(encoding="utf-8").startswith("Title Line") and fake.read_text() == "not a zip\n"
