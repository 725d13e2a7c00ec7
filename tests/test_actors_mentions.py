"""Actor mentions on small texts: what names a codebook actor and what does not (bodies of the EU, an author or a
city, another state's adjective before a body's alias, a credit line, speaker labels, place lines, a blocking phrase
in a title), each rule on a small text written for it."""

import pytest

import kzlib

from conftest import SHIPPED, load_as_is, load_checked


def mentioned(text):
    c = load_checked("Title Line\n\n" + text + "\n")
    return list(zip(c.mentions.surface, c.mentions.actor_id))


@pytest.mark.parametrize(
    "text",
    [
        "Trade with Latin America grew, and Latin American states joined.",
        "She studied at George Washington University and at American University.",
        "The Moscow Times reported the talks.",
        "PLEASE JOIN US IN THE HALL FOR THE FORUM.",
        "Mrs. Xi visited the school.",
        "Trade reached 25 billion US dollars, 3 billion U.S. dollars and 2 billion Russian rubles.",
        "The loan was 1 U.S. dollar a share, paid in Chinese yuan, Kazakh tenge and American dollars.",
    ],
)
def test_names_that_do_not_name_the_actor(text):
    assert mentioned(text) == []


def test_the_actor_is_still_found_around_these_rules():
    assert mentioned("THE US AND CHINA SIGNED A DEAL.") == [("US", "united_states")]
    assert mentioned("Mr. Xi spoke in Moscow, and Washington replied.") == [
        ("Mr. Xi", "xi_jinping"),
        ("Moscow", "russia"),
        ("Washington", "united_states"),
    ]


def test_eu_institutions_are_not_the_region_europe():
    """ "The European Parliament", "the European Council", "the European Investment Bank" are bodies of the EU
    (codebook rows affiliated to ``eu``), not the region Europe; a body the codebook does not know ("the European
    Court of Human Rights") names no region either. So the Parliament's consent is no "Europe -> EU" dyad."""
    text = (
        "Trade and Rights\n\nIn 2018 the European Parliament gave its consent to the protocol with Kazakhstan. The "
        "European Council welcomed it, and the European Investment Bank lent Kazakhstan 100 million euros. The "
        "European Court of Human Rights was not involved, nor was the Council of Europe. European investors were "
        "cautious.\n"
    )
    c = kzlib.load(texts={"eu": text})
    m = c.mentions
    assert m[m.actor_id == "europe"].surface.tolist() == ["European"]  # the investors' only
    assert {"european_parliament", "european_council", "eib"} <= set(m.actor_id)
    assert not (c.dyads.source == "europe").any() and not (c.dyads.target == "europe").any()
    sides = kzlib.Codebook.load().sides()
    assert all(sides[a] == "eu" for a in ("european_parliament", "european_council", "eib", "council_of_the_eu"))


def test_an_author_or_a_city_is_no_codebook_person():
    """A byline's author ("By Dilnoza Karimova …") is no misspelt actor, nor is a woman's form of a surname
    ("Karimova" beside "Karimov"); a name joined by an apostrophe to more letters is another word ("Xi'an", the
    city), while a possessive ("Xi's") is the name. A real misspelling ("Karimvo") is still read."""
    text = (
        "A Study of Power\n\nBy Dilnoza Karimova and Peter Lindqvist\n\nIslam Karimov ruled until 2016. His "
        "daughter Gulnara Karimova fell from grace; Karimvo's heirs stayed. China held a summit in Xi'an, and "
        "Xi's speech there was long.\n"
    )
    m = kzlib.load(texts={"study": text}).mentions
    assert m[m.actor_id == "karimov"].surface.tolist() == ["Islam Karimov", "Karimvo"]
    assert m[m.actor_id == "xi_jinping"].surface.tolist() == ["Xi"]
    assert m[m.actor_id == "xi_jinping"].start.tolist() == [text.index("Xi's")]
    byline = "A Study of Power\n\nBy Timur Karimow\n\nIslam Karimov ruled until 2016. Karimow says so.\n"
    m = kzlib.load(texts={"byline": byline}).mentions
    assert m[m.actor_id == "karimov"].start.tolist() == [byline.index("Islam"), byline.rindex("Karimow")]


def test_a_speaker_label_names_the_speaker(speech):
    m = speech.mentions
    label = m[m.form == "speaker"]
    assert list(label.actor_id) == ["blinken", "blinken"]
    assert list(label.surface) == ["BLINKEN", "BLINKEN"]
    assert "SECRETARY" not in set(speech.candidates.surface) and "SECRETARY BLINKEN" not in set(
        speech.candidates.surface
    )
    # a title alone names nobody here
    assert not any(s.isupper() and "PRESIDENT" in s for s in m.surface)


def test_a_place_line_is_one_mention_of_the_form_place(speech):
    m = speech.mentions
    first = m[m.para_id == "P001"]
    assert list(zip(first.actor_id, first.surface, first.form)) == [("kazakhstan", "Kazakhstan", "place")]
    # the same words in a sentence are ordinary mentions
    c = kzlib.load(texts={"t": "A Note\n\nThe talks moved from Astana, Kazakhstan to Moscow.\n"}, codebook=SHIPPED)
    assert set(c.mentions.form) <= {"metonym", "name"} and len(c.mentions) == 3


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
        ("The Congress of Peru met.", []),
        ("Kazakhstan hosts the Congress of Leaders of World Religions.", [("kazakhstan", "Kazakhstan")]),
        (
            "The Congress of the United States met.",
            [("us_congress", "Congress"), ("united_states", "United States")],
        ),
        ("The Congress of 2019 met.", [("us_congress", "Congress")]),
        ("Chevron of San Ramon invested.", [("chevron", "Chevron")]),  # its own name: "of" names its seat
        ("The White House of President Biden wrote.", [("white_house", "White House"), ("biden", "President Biden")]),
    ],
)
def test_another_states_adjective_before_a_body_s_alias_blocks_it(text, expected):
    """A state body's bare alias ("Congress", "Defense Department") after the name or adjective of another place
    (rules/demonyms.csv, or the codebook's), or before "of" and a name that is not its own place ("the Congress of
    Peru", "the Congress of Leaders of World Religions", a gathering), is not the codebook's U.S. body; its own
    state's adjective or name ("the American Congress", "the Congress of the United States") keeps the match."""
    c = load_as_is(text)
    assert [tuple(r) for r in c.mentions[["actor_id", "surface"]].values] == expected


def test_a_credit_line_and_a_research_centre_are_no_state_mentions():
    """A news agency's credit line names where its reporters were: a capital there is the city, no mention of its
    state; a state's name inside a research body's name ("the Carnegie Russia Eurasia Center") is no mention of
    the state, while "Russia" in the body still is."""
    text = (
        "Gas\n\nRussia is using gas as an instrument, said a fellow at the Carnegie Russia Eurasia Center.\n\n"
        "(Reporting by Farida Yusupova in Tashkent and Olzhas Auyezov in Almaty; Additional reporting by Vladimir "
        "Soldatkin in Moscow; Editing by Jane Doe)\n"
    )
    m = kzlib.load(texts={"n": text}).mentions
    assert m[["surface", "actor_id"]].values.tolist() == [["Russia", "russia"]]
    assert m.start[0] == text.index("Russia")


def test_a_joint_title_with_a_blocking_phrase_is_read():
    corpus = kzlib.load(texts={"d": "A joint declaration. English common law.\n\nKazakhstan signed it in 2019.\n"})
    tables = corpus.tables()
    assert tables["actions"].agents.tolist() == ["kazakhstan"]


def test_a_speech_title_with_a_blocking_phrase_is_read():
    text = "Remarks by English common law experts\n\nKazakhstan signed the treaty in 2019.\n"
    assert kzlib.load(texts={"d": text}).actions.agents.tolist() == ["kazakhstan"]
