"""The actions grammar: people (titles, surnames alone, names apposed to a title, people outside the codebook and
the country they count for, places in a title), each rule on a small text written for it."""

import kzlib

from conftest import READOUT, SHIPPED, acts, ids, one


def test_a_clause_opening_before_a_title_is_no_person():
    """'On Monday, President X …': the capitalised words before the comma open the clause; they name no one (the
    apposition rule 'Name Surname, Title' took them for a person outside the codebook)."""
    for opening in ("On Monday", "In Astana", "Last Tuesday"):
        doc = kzlib.load(
            texts={"r": f"{opening}, President Tokayev and Secretary Pompeo signed an agreement.\n"}, codebook=SHIPPED
        )
        assert doc.actions.agents.tolist() == ["tokayev;pompeo"], opening
    doc = kzlib.load(
        texts={"r": "Jennifer Klein, Assistant to the President, met Secretary Pompeo.\n"}, codebook=SHIPPED
    )
    assert "other:Jennifer Klein" in doc.actions.agents.iloc[0]


def test_a_surname_alone_after_a_title_is_a_person_outside_the_codebook():
    r = one("Foreign Minister Nurtleu met with Secretary Blinken in Washington.", "meet")
    assert r.agents == "other:Nurtleu" and ids(r.targets) == {"blinken"}
    assert acts("The President Tuesday met the press.").empty  # a weekday names no one


def test_a_surname_alone_is_the_person_named_in_full_before():
    a = acts(
        "National Security Advisor Jake Sullivan met with Foreign Minister Murat Nurtleu. Sullivan welcomed "
        "Kazakhstan's efforts to diversify its economy. Nurtleu praised Sullivan."
    )
    assert a[a.lemma == "welcome"].iloc[0].agents == "other:Jake Sullivan"
    r = a[a.lemma == "praise"].iloc[0]
    assert r.agents == "other:Murat Nurtleu" and r.targets == "other:Jake Sullivan"


def test_a_definite_title_alone_is_the_person_named_with_it():
    a = acts(
        "President Biden met with President Tokayev. The President praised Kazakhstan's reforms. National "
        "Security Advisor Jake Sullivan joined them. The National Security Advisor praised Kazakhstan."
    )
    r = a[a.lemma == "praise"]
    assert r.agents.tolist() == ["biden", "other:Jake Sullivan"]  # the first President named: the readout's own
    assert acts("The President praised Kazakhstan.").empty  # nobody named with the title: nobody known
    r = one("President Biden met Tokayev. The President of Kazakhstan thanked Biden.", "thank")
    assert r.agents == "kazakhstan"  # an office "of" a state stays the state


def test_he_after_a_title_that_names_nobody_is_nobody_known():
    """ "The Secretary welcomed …, and he pledged": he is the Secretary, whom the text has not named, not the last
    person named before; a title that does name someone still gives him."""
    text = "Blinken spoke with Tokayev. The Foreign Minister welcomed the deal, and he pledged support to Kyrgyzstan."
    assert "pledge" not in set(acts(text).lemma)
    text = (
        "President Tokayev spoke with Blinken. The President welcomed the deal, and he pledged support to Kyrgyzstan."
    )
    assert one(text, "pledge").agents == "tokayev"
    assert one("Blinken spoke with Tokayev. He pledged support to Kyrgyzstan.", "pledge").agents == "blinken"


def test_a_title_alone_is_the_one_person_named_before_whose_office_it_is():
    """ "Blinken met Tileuberdi. The Secretary welcomed the agreement, and he pledged support" had no row for either
    verb (no one was named with the title "Secretary"), while "The Secretary welcomed the deal. He pledged" gave the
    pledge to Blinken: the title alone is now the one person named before whose codebook description gives that
    office ("U.S. Secretary of State since 2021"), and "he" in its sentence or opening the next is that person; when
    none or several hold it, both the title and "he" after it name nobody known."""

    def rows(text):
        a = acts(text)
        return a[a.lemma.isin(["welcome", "pledge"])][["lemma", "agents"]].values.tolist()

    for second in (
        "The Secretary welcomed the agreement, and he pledged support.",
        "The Secretary welcomed the agreement. He pledged support.",
        "The Secretary welcomed the agreement. Later, he pledged support.",
    ):
        assert rows(f"Blinken met Tileuberdi in Astana. {second}") == [["welcome", "blinken"], ["pledge", "blinken"]]
        text = f"Blinken met Tileuberdi in Astana. {second.replace('Secretary', 'Foreign Minister')}"
        assert rows(text) == [["welcome", "tileuberdi"], ["pledge", "tileuberdi"]], second
        assert rows(f"Jake Sullivan met Tileuberdi. {second}") == [], second  # no Secretary named: nobody known
        assert rows(f"Blinken met Pompeo. {second}") == [], second  # two Secretaries: nobody known
    assert rows("Biden met Tokayev. The President welcomed the agreement.") == []  # two presidents


def test_places_in_a_title_are_not_agents():
    for text in (
        "Jon Smith, Senior Director for Russia and Central Asia, met with President Tokayev.",
        "Senior Director for Russia and Central Asia Jon Smith met with President Tokayev.",
        "Jon Smith, Senior Director for Russia and Central Asia at the National Security Council, met with "
        "President Tokayev.",
    ):
        r = one(text, "meet")
        assert ids(r.agents) == {"other:Jon Smith"} and ids(r.targets) == {"tokayev"}, text
    # an unnamed office with a brief names nobody who acts; an office "of" a state counts as the state
    assert acts("The Senior Director for Russia and Central Asia met with President Tokayev.").empty
    assert ids(one("The Foreign Minister of Kazakhstan met with Secretary Blinken.", "meet").agents) == {"kazakhstan"}


def test_several_people_each_with_a_title_in_apposition_all_act():
    r = one(
        "Today, Anna Berg, Assistant to the President and Director of the Policy Council and Tom Hale, Special "
        "Assistant to the President and Senior Director for Russia and Central Asia, met with President Tokayev.",
        "meet",
    )
    assert ids(r.agents) == {"other:Anna Berg", "other:Tom Hale"} and ids(r.targets) == {"tokayev"}


def test_co_agents_outside_the_codebook_are_kept():
    r = one("Vietnam and Kazakhstan signed an agreement on trade.", "sign")
    assert r.agents.split(";") == ["other:Vietnam", "kazakhstan"]
    r = one("Kazakhstan met with Uzbekistan and Vietnam.", "meet")
    assert r.targets.split(";") == ["uzbekistan", "other:Vietnam"]
    # a capitalised common noun opening the sentence is not a name
    assert ids(one("Officials and Kazakhstan agreed.", "agree").agents) == {"kazakhstan"}


def test_a_persons_whole_name_after_a_title():
    r = one("General Secretary Nguyen Phu Trong met President Tokayev.", "meet")
    assert ids(r.agents) == {"other:Nguyen Phu Trong"}
    # after a portfolio the name is the last two words
    r = one("Special Representative for International Cooperation Erzhan Kazykhan met President Biden.", "meet")
    assert ids(r.agents) == {"other:Erzhan Kazykhan"}


def test_a_long_title_with_places_names_its_holder():
    a = acts(
        "Senior Advisor Jon Smith met today with Deputy Chief of Staff of the President of the Republic of "
        "Kazakhstan and Special Representative for Cooperation Anna Berg. They reaffirmed their commitment to trade."
    )
    by = {r.lemma: (ids(r.agents), ids(r.targets)) for r in a.itertuples()}
    assert by["meet"] == ({"other:Jon Smith"}, {"other:Anna Berg"})  # the holder, not the places of the title
    assert by["affirm"] == ({"other:Jon Smith", "other:Anna Berg"}, set())


def test_a_name_apposed_to_the_and_a_title_is_a_person_and_the_he_that_follows():
    a = acts(
        "Japan met Mongolia. Mirziyoyev met Putin. Charles Michel, the President of the European Council, hosted "
        "Tokayev in Astana on 27 October 2022, and he travelled to Samarkand in early June 2023."
    )
    got = {r.lemma: (r.agents, r.date_value) for r in a.itertuples() if r.lemma in ("host", "travel")}
    assert got == {"host": ("other:Charles Michel", "2022-10-27"), "travel": ("other:Charles Michel", "2023-06")}


def test_by_side_counts_a_titled_person_for_their_country():
    """The chapter's-questions function counts "Deputy Foreign Minister of Uzbekistan X" for Uzbekistan."""
    from kzlib.actions import by_side

    c = kzlib.load(texts={"readout": READOUT}, codebook=SHIPPED)
    uz = by_side(c, "uzbekistan")
    assert uz.agents.tolist() == ["other:Bakhodir Ergashev"]
    assert "other:Erzhan Kazykhan" not in by_side(c, "kazakhstan").agents.tolist()  # a target, not an agent


def test_a_bare_name_the_codebook_lacks_is_a_person_of_unknown_side():
    """'Lavrov met Tileuberdi in Moscow' had no row (a subject that is a name the codebook lacks gave no agent);
    'Blinken met Saidov in Astana' had target kazakhstan (the object named nobody known, so the city where they met
    stood in for whom). A bare capitalised name as the whole subject or object of an act of meeting (or after its
    "with") is ``other:<Name>``, a person of unknown side; the city is where they met, never whom."""
    r = one("Lavrov met Tileuberdi in Moscow.", "meet")
    assert (r.agents, r.targets) == ("other:Lavrov", "tileuberdi")
    for text, target in (
        ("Blinken met Saidov in Astana.", "other:Saidov"),
        ("Tileuberdi met Lavrov in Moscow.", "other:Lavrov"),
        ("Blinken will meet Saidov next week in Astana.", "other:Saidov"),
        ("Blinken met with Saidov in Astana.", "other:Saidov"),
        ("Tokayev held talks with Lavrov in Moscow.", "other:Lavrov"),
    ):
        r = acts(text).iloc[0]
        assert r.targets == target, text
    r = one("Tokayev hosted Lavrov in Astana.", "host")
    assert r.targets == "other:Lavrov"
    r = one("Lavrov has not met Tokayev.", "meet")
    assert (r.agents, r.targets, r.negated) == ("other:Lavrov", "tokayev", True)
    # neighbours: a known person, a delegation, a place visited, a plural or a quantifier opening the sentence
    assert one("Blinken met Tokayev in Astana.", "meet").targets == "tokayev"
    assert one("Blinken met the Kazakh delegation in Astana.", "meet").targets == "kazakhstan"
    assert one("Blinken visited Samarkand.", "visit").targets == ""
    for text in ("Officials met Tokayev.", "Many criticized Russia.", "Nobody praised Russia."):
        assert acts(text).empty, text
    # a common noun opening the sentence: a passive's subject, or a word the text also writes in lower case
    assert one("Aid was sent by Japan to Kazakhstan.", "send").targets == "kazakhstan"
    assert acts("Pressure met Russia. The pressure grew.").empty
    # other acts keep a bare name as no party: a country the codebook lacks is no person
    assert acts("Chile criticized Kazakhstan.").empty


def test_a_bare_name_ends_before_a_day_and_the_sentences_end():
    """Review of the bare-name rule on variants: "met Saidov Tuesday in Astana" still had the city as target (the
    weekday was read into the name, which then was none), and "talked with Saidov." or "discussed Afghanistan with
    Saidov." had no target (the sentence's full stop was read into the phrase after "with")."""
    for text in (
        "Blinken met Saidov Tuesday in Astana.",
        "Blinken talked with Saidov.",
        "Blinken discussed Afghanistan with Saidov.",
    ):
        assert acts(text).iloc[0].targets == "other:Saidov", text


def test_bare_names_listed_in_a_meeting_are_each_a_person_of_unknown_side():
    """ "Sikorski and Lavrov met Tokayev" had no row and "Blinken met Saidov and Lavrov" only other:Saidov (the
    object's noun phrase ended at "and" before a name no actor): a list of bare names, with "and" or commas, as the
    subject or object of a meeting gives each; a list stops at a part that is no name."""
    r = one("Sikorski and Lavrov met Tokayev.", "meet")
    assert (r.agents, r.targets) == ("other:Sikorski;other:Lavrov", "tokayev")
    for text, targets in [
        ("Blinken met Saidov and Lavrov in Astana.", "other:Saidov;other:Lavrov"),
        ("Blinken met Saidov, Lavrov and Sikorski in Astana.", "other:Saidov;other:Lavrov;other:Sikorski"),
        ("Blinken met Saidov and Tokayev in Astana.", "other:Saidov;tokayev"),
        ("Blinken met Saidov and Secretary Yellen.", "other:Saidov"),
    ]:
        assert one(text, "meet").targets == targets, text
    assert acts("Officials and Lavrov met Tokayev.").empty


def test_who_after_a_bare_name_in_a_meeting_is_that_person():
    """ "Lavrov, who met Tokayev, criticized China" gave the relative clause's meeting no row (its antecedent named
    nobody known): the antecedent of a "who" that meets someone may be a bare name of unknown side."""
    for text, agent, target in [
        ("Lavrov, who met Tokayev, criticized China.", "other:Lavrov", "tokayev"),
        ("Tokayev praised Saidov, who met Blinken.", "other:Saidov", "blinken"),
        ("Blinken met Tokayev, who met Xi.", "tokayev", "xi_jinping"),  # a known antecedent, as before
    ]:
        a = acts(text)
        r = a[a.agents == agent].iloc[0]
        assert (r.lemma, r.targets) == ("meet", target), text
    r = one("Tokayev praised Kazakhstan, which met its obligations.", "praise")
    assert r.targets == "kazakhstan"


def test_bare_names_stop_at_a_clause_of_their_own_and_places_that_host_are_no_people():
    """A bare name followed by its own verb opens a new clause ("met Kuleba and Saidov met Tokayev"); a city that
    hosts is a place, not a person of unknown side."""
    a = acts("Blinken met Kuleba and Saidov met Tokayev.")
    assert a.targets.tolist()[0] == "other:Kuleba" and a.agents.tolist()[1] == "other:Saidov"
    assert one("Blinken met Saidov and Lavrov in Astana.", "meet").targets == "other:Saidov;other:Lavrov"
    assert acts("Samarkand hosted the summit.").empty
    assert acts("Geneva and Vienna hosted the talks.").empty
