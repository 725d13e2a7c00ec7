"""Dates of actions: a date dates only the verbs of its own clause (each rule on a sentence written for it)."""

from conftest import acts


def _dates(text: str) -> dict:
    a = acts(text)
    return dict(zip(a.predicate, a.date_value))


def test_a_relative_clause_keeps_its_date():
    d = _dates("The United States supported a plan that China announced in 2016.")
    assert d == {"supported": "", "announced": "2016"}


def test_a_complement_clause_keeps_its_date():
    d = _dates("Kazakhstan and Uzbekistan discussed trade and noted that Kazakhstan will host a forum in October 2024.")
    assert d["discussed"] == "" and d["noted"] == "" and d["host"] == "2024-10"


def test_a_coordinated_verb_takes_the_date_of_its_own_stretch():
    d = _dates(
        "Kazakhstan joined the bank in 2016, had welcomed the ambitious new Chinese infrastructure plan, both in 2017."
    )
    assert d == {"joined": "2016", "welcomed": "2017"}


def test_a_date_before_the_main_verb_dates_its_coordinated_verbs():
    d = _dates("On March 1, 2020, Kazakhstan signed the deal and welcomed the Chinese delegation.")
    assert d == {"signed": "2020-03-01", "welcomed": "2020-03-01"}
    d = _dates("Kazakhstan will host a forum in October 2024 to discuss trade with China.")
    assert d == {"host": "2024-10", "discuss": "2024-10"}  # an embedded purpose shares the date


def test_a_stretch_with_its_own_time_word_takes_no_date_from_outside():
    d = _dates("On May 3, 2016, Russia and Belarus, later joined by Armenia, signed the treaty.")
    assert d == {"joined": "", "signed": "2016-05-03"}


def test_a_date_inside_a_noun_phrase_dates_no_verb():
    assert _dates("Kazakhstan supported a 2018 law on languages.") == {"supported": ""}
    assert _dates("Kazakhstan criticized the elections of 2011 in Russia.") == {"criticized": ""}


def test_an_opening_after_clause_keeps_its_date():
    d = _dates("After taking office in 2019, Tokayev praised the reforms.")
    assert d == {"taking office": "2019", "praised": ""}
