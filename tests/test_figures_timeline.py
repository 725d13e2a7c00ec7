"""The timeline and synthesis figures on short texts written for these tests: the report shades the period a text
frames itself in as the notebook does; flashbacks are drawn in the colour the title names (the red dots are the
jumps table's); the dyad timeline shows direction; the bloc caption says what is counted; a pledge before its date
is drawn as planned."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

import kzlib
from kzlib import report, synthesis
from kzlib.plots import chronology as chronology_plots
from kzlib.plots import synthesis as synthesis_plots

from conftest import SHIPPED


def _resolved(corpus, doc_id, name):
    entry = next(e for e in report.figure_registry() if e[0] == name)
    return {k: (v(corpus, doc_id) if callable(v) else v) for k, v in entry[2].items()}


def test_the_report_shades_the_period_the_text_frames_itself_in(framed):
    args = _resolved(framed, "framed", "03-narrative-vs-story")
    assert args.get("band") == synthesis.span(framed, "framed") == (2015, 2021)
    fig = chronology_plots.narrative_vs_story(framed, "framed", **args)
    try:
        assert fig.axes[0].patches, "no shaded band"
        assert "2015–2021" in [t.get_text() for t in fig.axes[0].texts]
    finally:
        plt.close(fig)


def test_flashbacks_are_drawn_in_the_colour_the_title_names(framed):
    fig = chronology_plots.narrative_vs_story(framed, "framed")
    try:
        ax = fig.axes[0]
        assert "red" in ax.get_title()
        colours = {tuple(round(c, 2) for c in col[:3]) for coll in ax.collections for col in coll.get_facecolors()}
        red = tuple(round(c, 2) for c in matplotlib.colors.to_rgb(chronology_plots.FLASHBACK))
        assert red in colours  # the 1995 treaty, told after 2016, is a flashback
    finally:
        plt.close(fig)


def test_the_dyad_timeline_shows_direction(framed):
    fig = synthesis_plots.dyad_timeline(framed, "framed")
    try:
        labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert labels and all("→" in x for x in labels), labels
        assert "Kazakhstan → Russia" in labels or "Russia → Kazakhstan" in labels
    finally:
        plt.close(fig)


def test_the_bloc_caption_says_what_is_counted(framed):
    fig = synthesis_plots.blocs_over_time(framed, "framed")
    try:
        caption = " ".join(t.get_text() for t in fig.texts)
        assert "agents or targets" in caption and "names a member" not in caption
    finally:
        plt.close(fig)


def test_the_red_dots_are_the_flashbacks_of_the_jumps_table(framed):
    fig = chronology_plots.narrative_vs_story(framed, "framed")
    try:
        red = matplotlib.colors.to_rgba(chronology_plots.FLASHBACK)
        dots = sum(len(c.get_offsets()) for c in fig.axes[0].collections if tuple(c.get_facecolors()[0]) == red)
        table = kzlib.chronology.jumps(framed, "framed")
        assert dots == (table.direction == "flashback").sum() >= 1
    finally:
        plt.close(fig)


def test_a_pledge_before_its_date_is_drawn_as_planned_as_the_dates_treat_it():
    """The timeline's open dots test a dated state as ``chronology`` tests its date: an intention cue before the
    date makes it a plan; a date before the cue ('In 2019 Chile pledged …') is a past happening."""
    text = (
        "Chile pledged to submit the agreement for a vote in the second half of 2024. "
        "In 2019 Chile pledged to deepen ties with Norway.\n"
    )
    corpus = kzlib.load(texts={"p": text}, codebook=SHIPPED)
    ev = corpus.events.set_index("event_id")
    planned = chronology_plots._not_asserted(corpus, "p")
    assert {ev.loc[e, "date_value"] for e in planned} == {"2024-H2"}, ev[["date_value", "kind"]]
