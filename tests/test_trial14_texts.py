"""Trial 14, the notebooks on another text: what the timeline draws as planned (past events told beside a plan are
happenings), and the focal state's own bloc."""

import kzlib
from kzlib import chronology
from kzlib.plots import chronology as plot_chronology


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
