"""Dates of actions: a date dates only the verbs of its own clause (relative, complement, coordinated and reduced
clauses, event nouns inside a noun phrase), each rule on a small text written for it."""

import kzlib

from conftest import SHIPPED, acts, one


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


def test_an_event_noun_inside_another_nouns_phrase_takes_no_date_of_the_clause():
    r = one(
        "Beginning around 2018 a new anxiety over Kazakhstan's handling of protests has been discernible in "
        "Washington.",
        "handle",
    )
    assert r.date_value == ""
    r = one("In 2006, the anxiety over Nazarbayev's visit to Washington in 2005 grew.", "visit")
    assert r.date_value == "2005"  # its own date stays


def test_a_clause_after_comma_and_with_its_own_subject_keeps_its_own_date():
    a = acts("Japan visited Mongolia, and in March 2018 China met Mongolia in Astana.")
    assert a.set_index("lemma").date_value.to_dict() == {"visit": "", "meet": "2018-03"}
    r = one("Japan will open an office in Ulaanbaatar, and China hopes to sign a deal by the end of 2024.", "open")
    assert r.date_value == ""  # the deadline is the hoped signing's
    a = acts("Japan hosted Mongolia in Tokyo on 27 October 2022, and Japan travelled to China in early June 2023.")
    assert a.set_index("lemma").date_value.to_dict() == {"host": "2022-10-27", "travel": "2023-06"}


def test_a_date_said_before_both_clauses_dates_both():
    a = acts("In October 2018 Japan visited Mongolia, and the two sides signed agreements.")
    assert set(a.date_value) == {"2018-10"}


def _actions(text: str):
    return kzlib.load(texts={"t": text + "\n"}, codebook=SHIPPED).actions


def test_a_reduced_relatives_date_is_its_own():
    """A date inside a reduced relative ("assistance provided since 2021", "the sanctions adopted by X in February
    2024") dates its participle, not the main verb (as a relative clause's date already did)."""
    a = _actions("Kazakhstan thanked Russia for assistance provided since 2021.").set_index("lemma")
    assert a.date_value["provide"] == "2021" and a.date_value["thank"] == ""
    a = _actions("Kazakhstan did not join the sanctions adopted by the European Union in February 2024.")
    a = a.set_index("lemma")
    assert a.date_value["adopt"] == "2024-02" and a.date_value["join"] == ""
    a = _actions("Kazakhstan hosted the talks in 2019 and signed a deal.").set_index("lemma")
    assert a.date_value["host"] == "2019"  # a main verb keeps its date
    a = _actions("Kazakhstan thanked Russia for the talks held in Oslo in 2020.").set_index("lemma")
    assert a.date_value["thank"] == ""  # an irregular participle ("held") after a noun that may be a verb


def test_a_passive_infinitives_date_is_its_own():
    """A date of a passive infinitive ("the next session, to be held in Washington in April 2023", a ministry's
    statement) is when that is to happen, not when the main verb's act was done; a date before it stays the verb's."""
    d = _dates(
        "Kazakhstan and the United States discussed preparations for the next session of the dialogue, to be held"
        " in Washington in April 2023."
    )
    assert d == {"discussed": ""}
    assert _dates("Kazakhstan and Russia discussed the summit to be held in 2024.") == {"discussed": ""}
    assert _dates("In 2019 Kazakhstan discussed the plant to be built by Russia.") == {"discussed": "2019"}
    assert _dates("Kazakhstan agreed in 2019 to be bound by the treaty.") == {"agreed": "2019"}
    # a passive infinitive between commas is an aside: the date after it is the verb's again
    d = _dates("Kazakhstan sent troops, to be used only for defence, to Russia in January 2022.")
    assert d == {"sent": "2022-01"}


def test_a_date_leading_a_timelines_entry_dates_its_clause():
    """ "1993 – The two sides sign …": a date alone before a dash or colon dates the verbs of the clause after it,
    unless their own date says otherwise; a relative clause, a clause after "but" or ";" and an opening "after"
    clause do not take it."""
    assert _dates("1993 – Kazakhstan signed the agreement with the United States.") == {"signed": "1993"}
    assert _dates("April 1995: Kazakhstan and Russia met, but China refused.") == {"met": "1995-04", "refused": ""}
    a = acts("2015: Kazakhstan joined the WTO, which Russia had joined in 2012.")
    assert a.date_value.tolist() == ["2015", "2012"]
    assert acts("2015: Russia joined the WTO, which Kazakhstan joined.").date_value.tolist() == ["2015", ""]
    assert _dates("1993 – Kazakhstan signed the treaty; Russia welcomed it.") == {"signed": "1993", "welcomed": ""}
    assert _dates("1993 – Kazakhstan will sign the treaty with Russia in 2025.") == {"sign": "2025"}
    assert _dates("Kazakhstan met Russia in 1993 – China refused.") == {"met": "1993", "refused": ""}
    assert _dates("2015–2016: Kazakhstan criticized Russia.")["criticized"].startswith("2015")  # a range's own dash


def test_an_opening_after_clause_after_a_dash_or_semicolon_keeps_its_date():
    d = _dates("Kazakhstan spoke in 2001; after Russia invaded Georgia in August, Kazakhstan condemned the war.")
    assert d == {"spoke": "2001", "invaded": "2001-08", "condemned": ""}
    d = _dates("2008 – After Russia invaded Georgia in August, Kazakhstan condemned the war.")
    assert d == {"invaded": "2008-08", "condemned": "2008"}


def test_the_date_of_a_report_set_between_commas_is_the_sayings_not_the_reported_verbs():
    """ "Russia, Blinken said on 5 April 2022, invaded Ukraine": the date is when it was said; the invasion takes
    its own date or one said before the whole ("On 3 March 2022, …"), never the aside's."""
    assert _dates("Russia, Blinken said on 5 April 2022, invaded Ukraine.") == {"invaded": ""}
    assert _dates("Russia, Blinken said on 5 May 2022, invaded Ukraine.") == {"invaded": ""}  # May, no verb
    assert _dates("On 3 March 2022, Russia, Blinken said on 5 April 2022, invaded Ukraine.") == {
        "invaded": "2022-03-03"
    }
    d = _dates("Russia, Blinken noted on 5 April 2022, had invaded Ukraine in February 2022.")
    assert d == {"noted": "2022-04-05", "invaded": "2022-02"}  # the aside's own verb keeps it
    d = _dates("Russia invaded Ukraine in 2022, Blinken noted on 5 April 2023.")
    assert d == {"invaded": "2022", "noted": "2023-04-05"}


def test_the_date_of_an_infinitive_the_lexicon_lacks_is_its_own():
    """ "welcomed the decision of the United States to extend the treaty in 2021" (a UN statement): 2021 is when
    the treaty was extended, not when it was welcomed; an infinitive the lexicon does not list is known by the
    determiner of its object. A noun after "to" is no infinitive, and a date before the infinitive stays the verb's."""
    d = _dates("Kazakhstan welcomed the decision of the United States to extend the treaty in 2021.")
    assert d == {"welcomed": ""}
    assert _dates("In 2021 Kazakhstan welcomed the decision to extend the treaty.") == {"welcomed": "2021"}
    assert _dates("Kazakhstan welcomed the decision in 2021.") == {"welcomed": "2021"}
    assert _dates("Kazakhstan sent envoys to the summit in Moscow in 2021.") == {"sent": "2021"}
    # a purpose infinitive leaves the date to the verb (the reviewer's cases)
    assert _dates("Kazakhstan sent troops to Kyrgyzstan to guard the border in 2010.") == {"sent": "2010"}
    assert _dates("Kazakhstan has worked with the United States to reduce the threat since 1993.") == {
        "worked with": "1993"
    }
    assert _dates("Kazakhstan sent aid to half the region in 2021.") == {"sent": "2021"}


def test_a_date_between_an_agreement_and_the_step_agreed_is_the_agreements():
    """ "Kazakhstan agreed on 5 May 2022 to hold talks with Russia": the agreement is dated, the talks agreed are
    still to come (intended) and undated; so for a pledge, an offer or a decision, and the step keeps a date of its
    own after its "to". A date said after the step, or before the sentence's verb, stays as before. A verb that makes
    no row of its own ("decided", or "pledged" and "offered", read into the step) leaves the date to the step, which
    would lose it else."""
    a = acts("Kazakhstan agreed on 5 May 2022 to hold talks with Russia.").set_index("lemma")
    assert a.date_value.to_dict() == {"agree": "2022-05-05", "talk": ""} and a.modality["talk"] == "intended"
    for text, lemma, date in (
        ("Kazakhstan did not agree on 5 May 2022 to hold talks with Russia.", "talk", ""),
        ("Kazakhstan agreed with Russia on 5 May 2022 to hold talks.", "talk", ""),
        ("Kazakhstan pledged in 2022 to withdraw its troops from Syria.", "withdraw", "2022"),
        ("Kazakhstan decided in 2020 to join the union.", "join", "2020"),
        ("Kazakhstan resolved in 2020 to join the union.", "join", "2020"),
        ("Kazakhstan did not decide in 2020 to join the union.", "join", "2020"),
        ("Kazakhstan offered on 5 May 2022 to mediate talks between Russia and Ukraine.", "talk", "2022-05-05"),
        ("Kazakhstan agreed in 2022 to hold talks with Russia in 2023.", "talk", "2023"),
        ("Kazakhstan will meet Russia in October 2023 to discuss trade.", "discuss", "2023-10"),  # no agreement
        ("Kazakhstan decided to join the union in 2020.", "join", "2020"),
        ("In 2020 Kazakhstan decided to join the union.", "join", "2020"),
    ):
        a = acts(text)
        assert a[a.lemma == lemma].date_value.tolist() == [date], text
