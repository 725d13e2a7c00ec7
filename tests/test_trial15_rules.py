"""The stop-15 user trial's leftovers outside the actions grammar (its findings §12, 13, 15, 18), each
on a small text written for the test: planned dates, event labels of listed dates, timeline labels without their
date phrase; a text of headings only, quotations of several sentences, signatory lines, a foot line of signing."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

import kzlib
from kzlib import chronology, labels


def _load(text: str):
    return kzlib.load(texts={"s": text})


def test_future_cue_counts_only_in_the_dates_own_clause():
    # "pledged to" is the first clause's; "by 2020 it had reduced them" is told in the past, so 2020 is the latest
    # date the text gives and its time of writing
    c = _load("In 2015 Kazakhstan pledged to cut emissions, and by 2020 it had reduced them by a tenth.\n")
    assert chronology.time_of_writing(c.docs["s"]) == "2020"
    c = _load("Kazakhstan agreed to hold talks; in 2019 the two sides met in Astana.\n")
    assert chronology.time_of_writing(c.docs["s"]) == "2019"
    # the cue in the date's own clause still makes a plan, never the time of writing
    c = _load("Kazakhstan pledged to submit the agreement in 2024.\n")
    assert chronology.time_of_writing(c.docs["s"]) == ""


def test_listed_years_each_get_their_own_label():
    c = _load(
        "Astana, 23 September 2025\n\n"
        "Kazakhstan was elected to the Council in 2016, and we were proud to serve in 2017 and 2018.\n"
    )
    ev = c.events.set_index("date_value").label
    assert ev["2016"] == "elected to the Council in 2016"
    assert ev["2017"].endswith("serve in 2017")
    assert ev["2018"].endswith("serve in 2017 and 2018")
    assert all(label in text for label, text in zip(c.events.label, c.events.text))
    # the timeline names each year once, before the dot, and not again in what happened
    lines = labels.event_labels(c, "s").tolist()
    assert [x.split(" · ")[0] for x in lines] == ["2016", "2017", "2018"]
    assert not any(y in x.split(" · ", 1)[1] for x in lines for y in ("2016", "2017", "2018"))


def test_a_listed_year_with_a_cue_ends_its_label_with_itself():
    c = _load("Kazakhstan hosted talks on Syria in 2017, 2018 and 2019.\n")
    states = c.events[c.events.kind == "state"].set_index("date_value").label
    assert states["2018"] == "hosted talks on Syria in 2017, 2018"
    assert states["2019"] == "hosted talks on Syria in 2017, 2018 and 2019"
    lines = labels.event_labels(c, "s").tolist()
    assert all(
        "talks on syria" in x.lower() and not any(y in x.split(" · ", 1)[1] for y in ("2017", "2018", "2019"))
        for x in lines
    ), lines


def test_timeline_label_leaves_out_an_apposed_date_phrase():
    c = _load(
        "Astana, 23 September 2025\n\n"
        "Thirty-four years ago, on 29 August 1991, my predecessor closed the test site in Semipalatinsk.\n"
    )
    (line,) = labels.event_labels(c, "s").tolist()
    date, what = line.split(" · ", 1)
    assert "1991" in date
    assert "ago" not in what and "1991" not in what and "closed the test site" in what


def test_a_text_of_markdown_headings_only_is_refused_in_one_line(tmp_path):
    # decided: like a blank text, a text with a title and nothing under it is refused (one line naming it, exit 2),
    # not exported as empty tables with exit 0
    with pytest.raises(kzlib.InputError, match=r"^s: only markdown headings \('# Joint Statement'\), no text"):
        _load("# Joint Statement\n")
    f = tmp_path / "stub.md"
    f.write_text("# Joint Statement\n\n## Annex\n", encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "kzlib", "export", str(tmp_path / "out"), str(f)], capture_output=True, text=True
    )
    assert (
        r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "stub.md: only markdown headings" in r.stderr
    )
    assert not (tmp_path / "out").exists()
    # a heading over body text, and a title-cased line alone (a one-line text), still parse
    assert _load("# Joint Statement\n\nJapan and Kazakhstan met.\n").documents.title[0] == "Joint Statement"
    assert len(_load("Joint Statement\n").paragraphs) == 1


def test_a_quotation_of_two_sentences_is_two_sentences():
    c = _load(
        'Title of the note\n\n"We are not choosing between East and West. We are choosing what is good for '
        'Uzbekistan." He said so. Mr. Smith said "the U.S. Senate agreed."\n'
    )
    assert c.sentences.text.tolist() == [
        '"We are not choosing between East and West.',
        'We are choosing what is good for Uzbekistan."',
        "He said so.",
        'Mr. Smith said "the U.S. Senate agreed."',
    ]


def test_each_signatory_line_is_a_paragraph_of_its_own():
    c = _load(
        "Joint Statement\n\nThe two sides agreed.\n\n"
        "For the Republic of Kazakhstan: Kassym-Jomart Tokayev, President\nFor Japan: Ishiba Shigeru, Prime Minister\n"
    )
    assert c.paragraphs.text.tolist()[-2:] == [
        "For the Republic of Kazakhstan: Kassym-Jomart Tokayev, President",
        "For Japan: Ishiba Shigeru, Prime Minister",
    ]
    # a lead line and the signatory's name under it stay one paragraph per party; a line broken mid-sentence goes on
    c = _load("Title\n\nThe sides agreed.\nFor the Government of Japan:\nIshiba Shigeru\nFor Kazakhstan:\nTokayev\n")
    assert c.paragraphs.text.tolist() == [
        "The sides agreed.",
        "For the Government of Japan: Ishiba Shigeru",
        "For Kazakhstan: Tokayev",
    ]
    c = _load("Title\n\nThe talks went on, and\nFor Kazakhstan: the stakes are high.\n")
    assert len(c.paragraphs) == 1


def test_a_foot_line_of_signing_dates_the_document_and_is_no_event():
    # decided: "Done in Tokyo on 19 December 2024" gives the day the statement was signed: the document's own date
    # (when no date line stands at the top), no event of its own, and its place and languages name no actor
    foot = "Done in Tokyo on 19 December 2024, in the Kazakh, Japanese and English languages.\n\nFor Japan: Ishiba Shigeru, Prime Minister\n"
    body = "Joint Statement of Kazakhstan and Japan\n\nJapan and Kazakhstan signed an agreement on 18 December.\n\n"
    for text in (body + foot, body.replace("\n\n", "\n\nTokyo, 19 December 2024\n\n", 1) + foot):
        c = _load(text)
        assert c.documents.date.tolist() == ["2024-12-19"]
        assert c.events[["kind", "date_value"]].values.tolist() == [["action", "2024-12-18"]]
        foot_para = c.paragraphs[c.paragraphs.text.str.startswith("Done in")].para_id.iloc[0]
        assert c.mentions[c.mentions.para_id == foot_para].empty
    # a sentence that opens like one is no foot line
    c = _load("Title Here\n\nSigned in Tashkent on 5 May 2023, the deal will double gas supplies to Uzbekistan.\n")
    assert not isinstance(c.documents.date[0], str)
    assert (c.mentions.actor_id == "uzbekistan").any()


def test_a_modifier_term_before_another_themes_noun_counts_for_no_theme():
    c = _load("Japan called on North Korea to abandon its nuclear and ballistic missile programmes.\n")
    assert c.theme_evidence[["theme_id", "surface"]].values.tolist() == [["security", "missile"]]
    c = _load("The nuclear and missile programmes worry Japan. Kazakhstan mines uranium for nuclear plants.\n")
    assert c.theme_evidence[["theme_id", "surface"]].values.tolist() == [
        ["security", "missile"],
        ["energy_climate", "uranium"],
        ["energy_climate", "nuclear"],
    ]


def test_no_theme_term_inside_an_actor_name():
    # decided: README's "no actor name is a theme term" holds for a term inside a name too ("Collective Security
    # Treaty Organization"): naming the CSTO is no security evidence by construction
    c = _load("Kazakhstan requested the assistance of the Collective Security Treaty Organization.\n")
    assert (c.mentions.actor_id == "csto").any()
    assert c.theme_evidence.empty
    # a term beside the name still counts, and so does a person's title before a name (no name, and the codebook's
    # titles are theme terms)
    c = _load("The Collective Security Treaty Organization discussed regional security.\n")
    assert c.theme_evidence.surface.tolist() == ["regional security"]
    c = _load("Secretary of State John Kerry travelled to Astana.\n")
    assert "titled" in c.mentions.form.tolist()
    assert "Secretary of State" in c.theme_evidence.surface.tolist()


def _findings_stand_in(name: str):
    """The cells that stand after the Findings heading of notebook ``name`` prepared for another text."""
    import nbformat

    from kzlib import paths, runbook

    nb = runbook.prepare(nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4), "note", "/texts/note.txt")
    at = next(k for k, c in enumerate(nb.cells) if c.cell_type == "markdown" and "## Findings" in c.source)
    return nb, nb.cells[at + 1]


@pytest.mark.parametrize(
    "name", ["01-structure", "02-actors", "03-chronology", "04-themes", "05-synthesis", "07-sensitivity"]
)
def test_a_new_text_gets_findings_rendered_from_its_own_values(name):
    # the report's index shows each notebook's Findings: on a new text they were all left out (chapter-only)
    _, cell = _findings_stand_in(name)
    assert (
        cell.cell_type == "code"
        and "findings.render(" in cell.source
        and "chapter-only" not in cell.metadata.get("tags", [])
    )
    assert "ch05" not in cell.source and "kazakhstan" not in cell.source.lower()  # nothing of the chapter's own


def _run(source: str, space: dict):
    """Run a cell's code in ``space``; the value of its last expression, as a notebook shows it."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, "cell", "exec"), space)
    return eval(compile(ast.Expression(last.value), "cell", "eval"), space) if last else None


def test_the_structure_findings_of_a_new_text_run_and_say_its_numbers(tmp_path):
    text = tmp_path / "note.txt"
    text.write_text(
        "A Note on Trade\n\nKazakhstan and Japan met in Tokyo in 2024. They agreed to expand trade.\n\n"
        "Background\n\nJapan signed an agreement with Kazakhstan in 2023.\n",
        encoding="utf-8",
    )
    nb, cell = _findings_stand_in("01-structure")
    space: dict = {}
    for c in nb.cells:  # the notebook's own code on this text, without its figures
        if c is cell:
            break
        if c.cell_type == "code" and "plots." not in c.source and "parameters" not in c.metadata.get("tags", []):
            _run(c.source.replace("/texts/note.txt", str(text)), space)
    shown = str(_run(cell.source, space))
    assert "2 sections (1 under a heading), 2 paragraphs" in shown
    assert "3 sentences and 21 words; 0 footnotes" in shown
    assert "The longest section is `S00`: 62% (13 of 21) of the text's words." in shown
