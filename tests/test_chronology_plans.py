"""What is planned, intended or may happen (kzlib.chronology): future cues count only in a date's own clause, a list
under a lead-in is to come, a past event told beside a plan is no plan, each rule on a small text written for it."""

from __future__ import annotations

import pytest

import kzlib
from kzlib import chronology
from kzlib.plots import chronology as plot_chronology

from conftest import SHIPPED, ids, load_as_user

PLAN = """Joint Statement

The United States and Kazakhstan will:

- Double trade by 2025.

Last week, Kazakhstan signed a deal. In March, Kazakhstan hosted a summit.
"""


def test_a_deadline_is_no_time_of_writing():
    """A list item under "… will:" and a deadline ("by 2025") are targets: neither is the time of writing nor the
    reference of a month without a year. "Last week" stays a past reference, "in March" a March of no known year."""
    t = kzlib.load(texts={"plan": PLAN}, codebook=SHIPPED).timexes.set_index("surface")
    assert t.value["by 2025"] == "2025"
    assert t.value["Last week"] == "PAST_REF" and t.anchor["Last week"] == ""
    assert t.value["March"] == "XXXX-03"
    past = "By 2015, the war had drawn in Russia. Today, Kazakhstan is neutral."
    assert (
        kzlib.load(texts={"p": past}, codebook=SHIPPED).timexes.set_index("surface").value["Today"] == "2015"
    )  # a past "by"


@pytest.mark.parametrize("lead", ["The two sides hope to:", "The two sides will take these steps:", "They agreed to:"])
def test_a_list_lead_in_is_one_for_the_dates_and_the_actions(lead):
    """One test of a lead-in about what is to come (``chronology.future_items``): its items' dates are no time of
    writing ("Today" stays May 2019, not 2025), and the item's action takes the lead-in's subject, not asserted."""
    c = kzlib.load(
        texts={
            "t": f"A Note\n\nKazakhstan and Uzbekistan met in May 2019. {lead}\n\n- Sign a transit agreement in 2025."
            "\n- Double trade.\n\nToday, trade is growing.\n"
        },
        codebook=SHIPPED,
    )
    assert c.timexes.set_index("surface").value["Today"] == "2019-05"
    sign = c.actions[c.actions.lemma == "sign"]
    assert len(sign) == 1 and ids(sign.agents.item()) == {"kazakhstan", "uzbekistan"}
    assert sign.modality.item() in ("intended", "hoped")


def test_a_past_event_beside_a_plan_is_no_plan():
    """A dated state whose sentence also speaks of the future is drawn as planned only when its date's own part is
    not told in the past: a pluperfect loan in a relative clause, a past passive, a past 'met' coordinated with
    what they 'would' do next are happenings; the plan beside each, and a pledge before its date, stay plans."""
    text = (
        "A Note\n\n"
        "The bank, which had lent Mongolia $2 billion since 2016, said it would widen its work in 2026. "
        "Its envoy had been recalled in May 2021 by the ministry, which said the embassy would reopen soon. "
        "The ministers met in March 2023 and agreed that they would meet again in 2027. "
        "Chile pledged to submit the agreement for a vote in the second half of 2025.\n"
    )
    corpus = kzlib.load(texts={"p": text})
    ev = corpus.events.set_index("event_id")
    assert set(ev.date_value) == {"2016", "2026", "2021-05", "2023-03", "2027", "2025-H2"}
    planned = {ev.loc[e, "date_value"] for e in plot_chronology._not_asserted(corpus, "p")}
    assert planned == {"2026", "2027", "2025-H2"}


def test_the_dates_use_the_same_test_of_a_plan():
    s = "The envoy had been recalled in May 2021 by the ministry, which said the embassy would reopen."
    i = s.index("May 2021")
    assert not chronology.planned(s, i, i + 8, 0, len(s))
    s = "They will meet again in May 2027, as they had agreed."
    i = s.index("May 2027")
    assert chronology.planned(s, i, i + 8, 0, len(s))


def test_future_cue_counts_only_in_the_dates_own_clause():
    # "pledged to" is the first clause's; "by 2020 it had reduced them" is told in the past, so 2020 is the latest
    # date the text gives and its time of writing
    c = load_as_user("In 2015 Kazakhstan pledged to cut emissions, and by 2020 it had reduced them by a tenth.\n")
    assert chronology.time_of_writing(c.docs["s"]) == "2020"
    c = load_as_user("Kazakhstan agreed to hold talks; in 2019 the two sides met in Astana.\n")
    assert chronology.time_of_writing(c.docs["s"]) == "2019"
    # the cue in the date's own clause still makes a plan, never the time of writing
    c = load_as_user("Kazakhstan pledged to submit the agreement in 2024.\n")
    assert chronology.time_of_writing(c.docs["s"]) == ""


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
