"""Author–date citations (kzlib.citations): their years are sources' dates (timexes role publication), which date no
action, make no event and anchor no relative date; a lone label of the same shape stays a date."""

import pytest

from kzlib import citations

from conftest import load_checked


@pytest.mark.parametrize(
    "text, found",
    [
        ("after 2014 (Cooley 2012; Laruelle 2018).", [("(Cooley 2012; Laruelle 2018)", True)]),
        ("As Laruelle (2018, p. 45) argues, it", [("As Laruelle (2018, p. 45)", True)]),
        ("Laruelle (2018) argues that", [("Laruelle (2018)", True)]),
        ("Smith et al. (2019) show that", [("Smith et al. (2019)", True)]),
        ("in 2015 (Libman and Vinokurov 2012)", [("(Libman and Vinokurov 2012)", False)]),
        ("(Pantucci and Petersen 2022, 17–19)", [("(Pantucci and Petersen 2022, 17–19)", True)]),
        ("scholars (e.g., Cooley 2012: 88; Mankoff 2013) see", [("(e.g., Cooley 2012: 88; Mankoff 2013)", True)]),
        ("(see World Bank 2020)", [("(see World Bank 2020)", True)]),
        (
            "(van der Berg 2011, 2015; O'Neill and al-Farabi 2020)",
            [("(van der Berg 2011, 2015; O'Neill and al-Farabi 2020)", True)],
        ),
        ("the Expo (Astana 2017) opened", [("(Astana 2017)", False)]),
        ("the summit (May 2019) and the talks (Spring 2020) and (Monday 2020)", []),
        ("elections in Kazakhstan (2019) and Uzbekistan (2016)", []),
        ("the dialogue (ESPD) began in 2018", []),
        ("no brackets in 2019", []),
    ],
)
def test_citations_found_by_their_shape(text, found):
    assert [(text[s:e], alone) for s, e, alone in citations.find(text)] == found


def test_a_citation_without_its_own_marks_counts_beside_one_with_them():
    assert citations.kept([[(4, 17, False)]]) == [[]]
    assert citations.kept([[(4, 17, False)], [(0, 9, False)]]) == [[], []]  # "(Astana 2017)", "(Astana 2010)"
    assert citations.kept([[(4, 17, False)], [(0, 9, True)]]) == [[(4, 17)], [(0, 9)]]
    assert citations.kept([[(4, 17, True)]]) == [[(4, 17)]]


ARTICLE = (
    "Hedging in Central Asia\n\nKazakhstan joined the Eurasian Economic Union in 2015 (Libman and Vinokurov 2012), "
    "while China launched the Belt and Road Initiative in Astana in September 2013 (Pantucci and Petersen 2022, "
    "17–19). As Laruelle (2018, p. 45) argues, Tokayev signed a treaty with China (Cooley 2012; Mankoff 2013). "
    "Two years later, Kazakhstan hosted the Expo (Astana 2017).\n"
)


def test_a_citations_year_dates_nothing_and_makes_no_event():
    c = load_checked(ARTICLE)
    tx = c.timexes.set_index("surface")
    assert tx.loc["2015", "role"] == "text" and tx.loc["September 2013", "role"] == "text"
    assert sorted(c.timexes[c.timexes.role == "publication"].value) == ["2012", "2012", "2013", "2017", "2018", "2022"]
    dates = dict(zip(c.actions.lemma, c.actions.date_value))
    assert dates["join"] == "2015" and dates["launch"] == "2013-09" and dates["sign"] == ""
    # "Two years later" counts from the text's own last dated sentence (2015), not from a source's year (2018 in
    # the sentence before it); "(Astana 2017)" is read as a citation here, beside the others: a label's cost in a
    # citing text
    assert tx.loc["Two years later", "value"] == "2017"
    assert sorted(c.events.date_value) == ["2013-09", "2015", "2017"]


def test_a_lone_label_of_a_citations_shape_stays_a_date():
    c = load_checked("The Expo\n\nKazakhstan hosted the world exhibition (Astana 2017) and Tokayev opened it.\n")
    assert c.timexes.role.tolist() == ["text"] and c.events.date_value.tolist() == ["2017"]
    c = load_checked("The Expo\n\nKazakhstan hosted the Expo (Astana 2017) and the OSCE summit (Astana 2010).\n")
    assert c.timexes.role.tolist() == ["text", "text"]  # two labels are no evidence of citing
    c = load_checked("A Study\n\nRussia sent troops (Early 2022; Cooley 2012) to Kazakhstan.\n")
    assert c.timexes.role.tolist() == ["text", "publication"]  # only a bare year is a source's


def test_the_dates_of_an_unnumbered_reference_list_are_sources_dates():
    """A reference list under a notes heading is notes without numbers: their dates were role "text" (no event, as
    a note's, but told as the text's own)."""
    c = load_checked(
        "A Study\n\nKazakhstan joined the union in 2015 (Cooley 2012; Laruelle 2018).\n\nReferences\n\n"
        "Cooley, A. 2012. Great Games, Local Rules. Oxford: Oxford University Press.\n"
    )
    assert c.timexes.role.tolist() == ["text", "publication", "publication", "publication"]
