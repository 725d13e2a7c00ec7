"""Names outside the codebook: the candidates table on texts written for it (speaker labels, possessives, currency
codes, times of day and time zones)."""

import kzlib
from kzlib.codebook import Codebook

from conftest import SHIPPED, load_as_is, load_checked

TEXT = """Joint Statement on Vietnam Relations

President Joe Biden welcomed Prime Minister Pham Minh Chinh of Vietnam to Washington. Pham Minh Chinh thanked the \
Ministry of Foreign Affairs of Vietnam and the African Union Commission.

The two sides agreed that the Hanoi Compact on Clean Energy would expand. Energy cooperation and the Mekong Delta \
Initiative were discussed; Pham Minh Chinh praised the Mekong Delta Initiative. Similarly, talks went on.

The African Union Commission and the Ministry of Foreign Affairs will meet in Addis Ababa. Officials in Addis Ababa \
said the Hanoi Compact on Clean Energy is a model, and the Tigray government agreed. The Tigray government was absent.
"""


def test_candidates_list_recurring_names_the_codebook_lacks(tmp_path):
    c = kzlib.load(texts={"viet": TEXT}, codebook=SHIPPED)
    cand = c.candidates.set_index("surface")
    assert cand.loc["Pham Minh Chinh", "count"] == 3 and cand.loc["Pham Minh Chinh", "suggested_type"] == "person"
    assert cand.loc["Ministry of Foreign Affairs", "suggested_type"] == "organization"
    assert cand.loc["African Union Commission", "suggested_type"] == "organization"
    assert cand.loc["Mekong Delta Initiative", "suggested_type"] == "initiative"
    assert cand.loc["Tigray", "suggested_type"] == "state"
    assert {"Vietnam", "Addis Ababa", "Hanoi Compact on Clean Energy"} <= set(cand.index)
    assert not {"Biden", "Joe Biden", "Washington", "Energy", "Similarly", "Officials"} & set(cand.index)
    for r in c.candidates.itertuples():  # the first occurrence, traceable
        assert c.span("viet", r.start, r.end) == r.surface
    # the loop: add rows to an own codebook folder, rerun, and the names are mentions, no longer candidates
    (tmp_path / "cb").mkdir()
    (tmp_path / "cb" / "actors.csv").write_text(
        "actor_id,name,type,affiliation,aliases\n"
        "vietnam,Vietnam,state,,\n"
        "pham_minh_chinh,Pham Minh Chinh,person,vietnam,\n",
        encoding="utf-8",
    )
    again = kzlib.load(texts={"viet": TEXT}, codebook=Codebook.load(tmp_path / "cb", extend=True))
    assert {"Vietnam", "Pham Minh Chinh"}.isdisjoint(again.candidates.surface)
    assert again.mentions.actor_id.value_counts()[["pham_minh_chinh", "vietnam"]].tolist() == [3, 2]


def test_the_chapter_has_no_recurring_unknown_names(corpus):
    assert corpus.candidates.empty, corpus.candidates.surface.tolist()


def test_a_phrase_across_removed_markup_is_no_candidate():
    text = "Notes.\n\n" + " ".join(["*The Future of Freedom* Bureau reports."] * 3) + "\n"
    c = kzlib.load(texts={"md": text}, codebook=SHIPPED)
    assert "Freedom Bureau" not in set(c.candidates.surface)  # "Freedom* Bureau" in the source: two pieces
    assert c.candidates.start.notna().all()
    for r in c.candidates.itertuples():
        assert c.span("md", r.start, r.end) == r.surface


def test_a_speaker_label_that_is_only_a_title_is_no_candidate():
    text = (
        "Remarks by the President\n\nTHE PRESIDENT: Thank you all. We met the Hanoi Delegation today.\n\n"
        "Q: Will you go?\n\nTHE PRESIDENT: Yes. The Hanoi Delegation asked me.\n\nTHE PRESIDENT: Thanks.\n\n"
        "SENATOR KOWALSKI: A question.\n\nSENATOR KOWALSKI: Another.\n"
    )
    cand = set(kzlib.load(texts={"t": text}, codebook=SHIPPED).candidates.surface)
    assert "Hanoi Delegation" in cand and not {"THE PRESIDENT", "PRESIDENT"} & cand
    assert any("KOWALSKI" in c for c in cand)  # a label with a name the codebook lacks stays a candidate


def test_time_of_day_and_time_zones_are_no_candidate_names():
    c = load_checked(
        "Remarks by the Minister\n\n2:57 P.M. EDT\n\nTHE MINISTER: We met at 3:10 P.M. EDT and again at 5 PM ALMT. "
        "The Hanoi Compact was signed. The Hanoi Compact matters.\n\n3:40 P.M. EDT\n"
    )
    assert c.candidates.surface.tolist() == ["Hanoi Compact"]


def test_a_speaker_label_is_a_speaker_and_a_contraction_no_name():
    """ "MR. DOE:" opens every turn of a transcript: a name the codebook lacks, listed as the speaker it is (a
    person, evidence "speaker label"), so a reader can add the speaker and have "we" resolved; "I'm", "It's" are
    a function word and a verb, no name."""
    text = (
        "Press Briefing\n\nMR. DOE: Good afternoon. I'm glad to see you. Governor Ruslan Bekov is here.\n\n"
        "Q: Will Governor Ruslan Bekov speak?\n\nMR. DOE: I'm not sure. It's early.\n\n"
        "MR. DOE: It's late now.\n"
    )
    cand = kzlib.load(texts={"t": text}).candidates.set_index("surface")
    assert cand.index.tolist() == ["DOE", "Ruslan Bekov"]
    assert tuple(cand.loc["DOE", ["count", "suggested_type", "evidence"]]) == (3, "person", "speaker label")


def test_candidates_read_a_possessive_as_the_name_and_currency_codes_as_no_name():
    """ "Chile's" counts as "Chile"; "USD" is a currency code (rules/currencies.csv), no name; "the Governments of
    Chile and Norway" suggests a state for both, as "the government of X" does for one."""
    c = load_as_is(
        "Talks\n\nThe Governments of Chile and Norway met. Chile's exports to Norway grew to USD 2 billion. "
        "Chile's funds hold USD 5 billion in Norway. Chile signed.\n"
    )
    rows = {r.surface: (r.count, r.suggested_type) for r in c.candidates.itertuples()}
    assert rows == {"Chile": (4, "state"), "Norway": (3, "state")}
