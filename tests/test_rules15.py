"""Issue #15's rule leftovers found by stop 15's user trial and stop 16's reviewers, each on a small text written
for the test: quoted titles, a month name before a full stop, planned happenings, event labels of a weekday, the
foot line of signing in the middle of a text, modifier terms from a user's codebook."""

from __future__ import annotations

import pytest

from kzlib import sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences.split(text)]


def test_a_quoted_title_with_a_sentence_end_inside_stays_in_its_sentence():
    assert _split('The report "What Next? A Plan" came out. It was long.') == [
        'The report "What Next? A Plan" came out.',
        "It was long.",
    ]
    assert _split("The report “What Next? A Plan” came out.") == ["The report “What Next? A Plan” came out."]
    # a quotation of several sentences is still as many sentences, in straight or curly marks
    assert _split('He said: "We will not choose. We will trade." Then he left.') == [
        'He said: "We will not choose.',
        'We will trade."',
        "Then he left.",
    ]
    assert _split("“We will not choose. We will trade,” he said.") == [
        "“We will not choose.",
        "We will trade,” he said.",
    ]


def test_an_unclosed_quote_makes_no_long_title():
    # straight quotes left unclosed (notes' titles without their closing marks) must not pair with quotes far away:
    # sentencex pairs an even number of straight quotes in turn and cuts nothing between the pairs; a title has
    # its marks where they open and close and is short, so no sentence swallows the text after an unclosed quote
    filler = " ".join(f"The state number {k} signed a deal. Its partner was pleased." for k in range(40))
    text = (
        f'He cited "First Glimpses of the State? Atlantic Council, 2019. {filler} The answer was "very few." '
        f'{filler} She cited "Second Look? Atlantic Council, 2020. {filler} Then it ended.'
    )
    spans = sentences.split(text)
    assert max(e - s for s, e in spans) < 200
    assert text[spans[-1][0] : spans[-1][1]] == "Then it ended."


def test_a_month_name_before_a_full_stop_ends_its_sentence():
    assert _split("Kazakhstan signed the deal in May. Tokayev visited Beijing.") == [
        "Kazakhstan signed the deal in May.",
        "Tokayev visited Beijing.",
    ]
    assert _split("They met in Sept. The talks went well.") == ["They met in Sept.", "The talks went well."]
    # an abbreviated month before a day or a year stays inside its sentence
    assert _split("They met on Jan. 5, 2020 in Astana. It rained.") == [
        "They met on Jan. 5, 2020 in Astana.",
        "It rained.",
    ]
    assert _split("It was in Sept. 2019 that they met.") == ["It was in Sept. 2019 that they met."]


def test_modifier_terms_come_from_the_codebook(tmp_path):
    # a user's codebook can change which adjectives count for no theme beside another theme's noun: the table is
    # modifier_terms.csv of the codebook folder, overlaid by term like the other tables
    import kzlib
    from kzlib.codebook import Codebook

    text = "Japan called on North Korea to abandon its nuclear missile programmes.\n"
    c = kzlib.load(texts={"s": text})
    assert c.theme_evidence.surface.tolist() == ["missile"]
    (tmp_path / "modifier_terms.csv").write_text("term,themes\nnuclear,economy_investment\n", encoding="utf-8")
    cb = Codebook.load(tmp_path, extend=True)
    assert cb.modifier_terms.term.tolist() == ["nuclear"]
    c = kzlib.load(texts={"s": text}, codebook=cb)
    assert c.theme_evidence.surface.tolist() == ["nuclear", "missile"]
    # a theme the codebook lacks is refused in one line naming the file
    (tmp_path / "modifier_terms.csv").write_text("term,themes\nnuclear,nothing\n", encoding="utf-8")
    with pytest.raises(kzlib.InputError, match=r"modifier_terms\.csv.*nothing"):
        Codebook.load(tmp_path, extend=True)


def test_a_foot_line_of_signing_in_the_middle_of_a_text_dates_it():
    # one definition of the foot line for the document's date, the mentions and the events: a "Done in X on D"
    # line followed by an annex is the day of signing wherever it stands
    import kzlib

    text = (
        "Joint Statement of Kazakhstan and Japan\n\nJapan and Kazakhstan signed an agreement on 18 December.\n\n"
        "Done in Tokyo on 19 December 2024, in the Kazakh, Japanese and English languages.\n\n"
        "Annex\n\nThe two sides will hold talks on trade.\n\nThe sides will meet again soon.\n\n"
        "Japan will send experts.\n\nKazakhstan will host them.\n"
    )
    c = kzlib.load(texts={"s": text})
    assert c.documents.date.tolist() == ["2024-12-19"]
    assert c.events[["kind", "date_value"]].values.tolist() == [["action", "2024-12-18"]]
    foot = c.paragraphs[c.paragraphs.text.str.startswith("Done in")].para_id.iloc[0]
    assert c.mentions[c.mentions.para_id == foot].empty


def test_a_state_that_may_happen_is_no_dated_happening():
    # decided: a state told as a possibility ("may be held next year", "could open in 2026", "if … in 2027") is
    # no happening, as a hypothetical action is none; one told as scheduled ("will be held") stays, as intended
    # actions do
    import kzlib

    c = kzlib.load(
        texts={
            "s": "Title\n\nKazakhstan, 5 March 2024\n\nThe summit may be held next year. The parliament will debate "
            "a bill in May, and a referendum could follow in 2026. The forum was held in 2023.\n"
        }
    )
    assert c.events.date_value.tolist() == ["2024-05", "2023"]


def test_a_weekday_event_takes_its_label_from_its_own_part_of_the_sentence():
    import kzlib

    text = (
        "Kazakhstan and Uzbekistan\n\nASTANA, Oct 16 (Reuters) - Kazakhstan's President Kassym-Jomart Tokayev is due "
        "to visit Tashkent next month, the state news agency reported on Tuesday, citing an aide. Mirziyoyev, who was "
        "re-elected in July 2023 for a seven-year term, has opened the economy since taking office in 2016.\n"
    )
    c = kzlib.load(texts={"s": text})
    labels = dict(zip(c.timexes.set_index("timex_id").loc[c.events.timex_id].surface, c.events.label))
    assert labels["Tuesday"].startswith("reported on Tuesday")
    assert "taking office" not in labels["July 2023"]


def test_a_modifier_term_row_without_a_term_is_refused_for_that_cause(tmp_path):
    # one line naming the file and the cause (it said "every row needs a term and known themes, not []")
    from kzlib import Codebook, InputError

    (tmp_path / "modifier_terms.csv").write_text("term,themes\n,security\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"modifier_terms\.csv.*: every row needs a term$"):
        Codebook.load(tmp_path, extend=True)
