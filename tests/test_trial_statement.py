"""Defects a user trial found on a joint statement of two states the library was not built on (stop 13): each
fixed by a general rule and tested on a small text written here, never on the chapter or the test split."""

import pytest

import kzlib

from conftest import SHIPPED, assert_lossless


def load(text):
    return kzlib.load(texts={"t": text}, codebook=SHIPPED)


@pytest.mark.parametrize("furniture", ["Office of the Spokesperson", "MEDIA NOTE", "Press Statement"])
@pytest.mark.parametrize("above", [False, True])
def test_state_department_furniture_leaves_the_title_and_the_date_line(furniture, above):
    """A release's office or kind line ("Office of the Spokesperson", "Media Note", rows of boilerplate.csv) is
    furniture, not a heading: the date line under it stays the document's date, and a year-less date takes it."""
    title = "Readout of the Ministers' Meeting"
    top = f"{furniture}\n\n{title}\n" if above else f"{title}\n\n{furniture}\n"
    text = top + "March 14, 2024\n\nThey will meet again in 2025. They signed a protocol on March 13.\n"
    c = load(text)
    doc = c.documents.iloc[0]
    assert doc.title == title
    assert doc.date == "2024-03-14" and text[doc.date_start : doc.date_end] == "March 14, 2024"
    assert c.sections.title.tolist() == [""]
    assert c.unassigned.text.tolist() == [furniture]
    assert c.unassigned.reason.tolist() == ["press-release boilerplate"]
    assert dict(zip(c.timexes.surface, c.timexes.value))["March 13"] == "2024-03-13"
    assert not (c.events.label == "").any() and "March 14, 2024" not in c.events.text.tolist()
    assert_lossless(c, "t")


def _values(c):
    return [tuple(r) for r in c.timexes[["surface", "value", "anchor"]].values]


def test_a_past_year_less_date_takes_its_year_from_no_plan():
    """A date without a year in a past clause takes the year of the latest date before it that is no plan: "They
    will meet again in 2025" does not date "signed ... on March 13" (was 2025-03-13); a year-less date in a clause
    about what is to come still counts from the plan, and with no past date before it the year stays unknown."""
    met = "Readout\n\nThe ministers met on 12 March 2024. They will meet again in 2025. "
    assert _values(load(met + "They signed a protocol on March 13.\n"))[-1] == ("March 13", "2024-03-13", "2024-03-12")
    assert _values(load(met + "They will sign the protocol on March 13.\n"))[-1] == ("March 13", "2025-03-13", "2025")
    assert _values(load("Readout\n\nThey will meet again in 2025. They signed it on March 13.\n"))[-1] == (
        "March 13",
        "XXXX-03-13",
        "",
    )


@pytest.mark.parametrize(
    "text, now",
    [
        (
            "The ministers met in February 2024. Chile pledged to submit the agreement in the second half of 2024.",
            "2024-02",
        ),
        ("The ministers met in February 2024. They agreed to meet in Kochi in May 2024.", "2024-02"),
        ("The ministers met in February 2024. Both sides committed to conclude it in 2025.", "2024-02"),
        ("In 2019 Chile pledged to cut emissions. The ministers met in 2018.", "2019"),  # the pledge's own date
    ],
)
def test_an_intended_act_s_date_is_no_time_of_writing(text, now):
    """A date after an intention cue of future_cues.csv in its sentence ("pledged to", "agreed to", "committed
    to") dates the act still to come, not the text: it is not the time of writing (the QDPX date variable was the
    pledge's 2024-H2)."""
    c = load("Readout\n\n" + text + "\n")
    assert kzlib.chronology.time_of_writing(c.docs["t"]) == now


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It awaits ratification by the Chilean Congress.", []),
        ("It awaits ratification by Chile's Congress.", []),
        ("The Norwegian Defense Department met the New Zealand Department of Energy.", []),
        (
            "It awaits ratification by the American Congress.",
            [("united_states", "American"), ("us_congress", "Congress")],
        ),
        ("It awaits ratification by Congress.", [("us_congress", "Congress")]),
        ("Kazakhstan asked Congress to act.", [("kazakhstan", "Kazakhstan"), ("us_congress", "Congress")]),
        ("The Kazakh Energy Department wrote.", [("kazakhstan", "Kazakh")]),  # the Kazakh ministry, not DOE
    ],
)
def test_another_states_adjective_before_a_body_s_alias_blocks_it(text, expected):
    """A state body's bare alias ("Congress", "Defense Department") after the name or adjective of another place
    (rules/demonyms.csv, or the codebook's) is that place's body, not the codebook's U.S. one; its own state's
    adjective ("the American Congress") keeps the match."""
    c = load(text)
    assert [tuple(r) for r in c.mentions[["actor_id", "surface"]].values] == expected


def _dates(text):
    c = load("Note\n\n" + text + "\n")
    return [tuple(r) for r in c.timexes[["surface", "value", "mod", "timex3_mod"]].values]


def test_by_the_end_of_a_year_is_on_or_before_its_end():
    """ "by" before "the end of 2024" is ON_OR_BEFORE as before "2024", and "the end of" is the part TIMEX3 calls
    END (kzlib's LATE), "the beginning of" START, "the middle of" MID (was: 2024 with no mod)."""
    assert _dates("Both sides committed to conclude it by the end of 2024.") == [
        ("by the end of 2024", "2024", "LATE+ON_OR_BEFORE", "ON_OR_BEFORE")
    ]
    assert _dates("It opened at the beginning of March 2024 and closed in the middle of 2025.") == [
        ("the beginning of March 2024", "2024-03", "EARLY", "START"),
        ("the middle of 2025", "2025", "MID", "MID"),
    ]
    assert _dates("The end of the war came in 2019.") == [("2019", "2019", "", "")]


@pytest.mark.parametrize(
    "text, values",
    [
        ("The note is dated 13.03.2024.", ["2024-03-13"]),  # dotted: day first
        ("Signed on 13/03/2024.", ["2024-03-13"]),  # the number above 12 is the day
        ("Signed on 03/13/2024.", ["2024-03-13"]),
        ("Signed on 11/03/2024.", ["2024"]),  # both at most 12, no convention in the text: no day invented
        ("Signed on 13/03/2024 and 11/03/2024.", ["2024-03-13", "2024-03-11"]),  # the text's own order
        ("Signed on 03/13/2024 and 11/03/2024.", ["2024-03-13", "2024-11-03"]),
        ("Signed on 13/03/2024, 03/14/2024 and 11/03/2024.", ["2024-03-13", "2024-03-14", "2024"]),  # no one order
        ("Open 24/7 since version 1.12.2020 (v2.10.2019); won 3/2; see pages 12/13, 1/2/3.", []),
        ("Addresses such as 10.10.2010.1, days such as 31/02/2024 or 13.13.2024, Resolution 13/03/2024.", []),
    ],
)
def test_numeric_dates_and_what_is_no_date(text, values):
    """Numeric dates: dotted dd.mm.yyyy is day first; slashed, the number above 12 is the day; with both at most
    12 the document's own unambiguous slashed dates decide, else the value is the year. Version numbers, scores,
    page ranges, "24/7", impossible days and identifiers are no dates."""
    assert [v for _, v, _, _ in _dates(text)] == values


def test_a_numeric_date_line_is_the_documents_date():
    """A line holding only a numeric date under the title is the document's date line (it ran into the title)."""
    for line, value in (("13.03.2024", "2024-03-13"), ("11/03/2024", "2024")):
        c = load(f"Readout of the Meeting\n{line}\n\nThey met today.\n")
        assert c.documents.title.tolist() == ["Readout of the Meeting"]
        assert c.documents.date.tolist() == [value]


@pytest.mark.parametrize("source", [123, b"x", [b"x"], [None], 1.5])
def test_a_source_that_is_no_path_is_an_input_error(source):
    """kzlib.load(123) and load(b"x") raised TypeError from deep inside; now one clear InputError line."""
    with pytest.raises(kzlib.InputError, match="a source is a file path") as e:
        kzlib.load(source)
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("query", ["", "   ", None])
def test_kwic_of_nothing_is_an_input_error(query):
    """kwic("") returned an empty table silently; a query that names nothing, or a broken pattern, is an error."""
    c = load("Talks\n\nKazakhstan met Russia.\n")
    with pytest.raises(kzlib.InputError, match="kwic"):
        c.kwic(query)
    with pytest.raises(kzlib.InputError, match="not a valid regular expression"):
        c.kwic("(", regex=True)
    assert len(c.kwic("kazakhstan")) == 1


def test_candidates_read_a_possessive_as_the_name_and_currency_codes_as_no_name():
    """ "Chile's" counts as "Chile"; "USD" is a currency code (rules/currencies.csv), no name; "the Governments of
    Chile and Norway" suggests a state for both, as "the government of X" does for one."""
    c = load(
        "Talks\n\nThe Governments of Chile and Norway met. Chile's exports to Norway grew to USD 2 billion. "
        "Chile's funds hold USD 5 billion in Norway. Chile signed.\n"
    )
    rows = {r.surface: (r.count, r.suggested_type) for r in c.candidates.itertuples()}
    assert rows == {"Chile": (4, "state"), "Norway": (3, "state")}


@pytest.mark.parametrize("command", ["export", "report", "qdpx"])
def test_cli_help_says_what_happens_without_sources(command, capsys, monkeypatch, tmp_path):
    """The help said "default: every .txt in seeds/", which an installed package lacks: it says a checkout reads
    its seeds/ and an installed kzlib stops with one line, exit 2, which is what it does (seeds/ made absent)."""
    from kzlib import cli, paths

    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    words = " ".join(capsys.readouterr().out.split())
    assert "in a kzlib source checkout: every .txt in its seeds/" in words and "installed kzlib has no seeds/" in words
    monkeypatch.setattr(paths, "SEEDS", tmp_path / "seeds")
    assert cli.main([command, str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == "kzlib: error: no SOURCE given (name the text files to read)\n"
    assert not (tmp_path / "out").exists()


def test_a_range_of_days_counts_for_the_time_of_writing():
    """ "met on 12–13 March 2024" is a date the text gives: without a date line the text was written on or after
    its last day (the statement without its date line said 2024-02, from an earlier sentence)."""
    c = load("Talks\n\nThe sanctions came in February 2024. They met on 12–13 March 2024 in Oslo. Today they agreed.\n")
    assert kzlib.chronology.time_of_writing(c.docs["t"]) == "2024-03-13"
    assert dict(zip(c.timexes.surface, c.timexes.value))["Today"] == "2024-03-13"
