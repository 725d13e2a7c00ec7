"""Ties are said as ties: whatever picks a 'most' or 'leading' one names every one of a tie, and a cut of a ranked
list never falls inside a tie (found in user trials: a section's leading theme picked from two equal ones, a dyad
figure that kept one of three one-row dyads of the same action and dropped the other two). Also the figures' n:
rates show the counts behind them, and a planned step is not drawn as a happening. All on short texts written for
these tests."""

import matplotlib

matplotlib.use("Agg")
import types

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import kzlib
from kzlib import chronology as chron
from kzlib import findings, presence, sensitivity, themes
from kzlib.plots import actors as actor_plots
from kzlib.plots import chronology as chronology_plots
from kzlib.plots import synthesis as synthesis_plots

from conftest import SHIPPED


def test_leaders_names_every_one_of_a_tie():
    assert findings.leaders(pd.Series({"a": 1.31, "b": 1.31, "c": 0.5})) == ["a", "b"]
    assert findings.leaders({"a": 1, "b": 2}) == ["b"]
    assert findings.leaders({"a": 0, "b": 0}) == []
    assert findings.leaders({}) == []


def test_top_never_cuts_inside_a_tie():
    counts = pd.Series({"x": 3, "y": 2, "a": 1, "b": 1, "c": 1})
    assert findings.top(counts, 3) == (["x", "y", "a", "b", "c"], [])  # the tie kept whole: at most twice n
    many = pd.Series({"x": 3, **{f"t{i:02d}": 1 for i in range(10)}})
    assert findings.top(many, 2) == (["x"], [f"t{i:02d}" for i in range(10)])  # too many: cut above the tie
    assert findings.top(pd.Series({"a": 1, "b": 1, "c": 1}), 1)[0] == ["a", "b", "c"]  # a tie at the top stays
    assert findings.top(pd.Series({"a": 3, "b": 2, "c": 1}), 2) == (["a", "b"], ["c"])


TIED_THEMES = "Notes\n\nThe rivalry shaped everything, and so did trade.\n"


def test_a_sections_leading_theme_that_is_a_tie_is_reported_as_one():
    corpus = kzlib.load(texts={"tie": TIED_THEMES}, codebook=SHIPPED)
    by_section = kzlib.themes.by_section(corpus, "tie")
    row = by_section.iloc[0]
    assert len(findings.leaders(row)) == 2, by_section  # the text ties two themes, by construction
    value = sensitivity.leading_theme_per_section(corpus, "tie")
    assert " = " in value and "economy_investment" in value and "geopolitics" in value


def test_a_tie_for_the_most_frequent_agent_is_named_whole():
    corpus = kzlib.load(texts={"t": "Russia criticized Kazakhstan. China criticized Kazakhstan.\n"}, codebook=SHIPPED)
    assert sensitivity.most_frequent_agent(corpus, "t") == "china = russia"


def test_the_dyad_timeline_keeps_dyads_tied_at_the_cut_together():
    text = (
        "In 2015 the United States, Turkey and Russia attacked Syria. In 2016 Iran criticized Syria. "
        "In 2017 Iran criticized Syria again.\n"
    )
    corpus = kzlib.load(texts={"d": text}, codebook=SHIPPED)
    one_row = corpus.dyads[corpus.dyads.source != "iran"]  # the attack: one row per attacker, all of one action
    assert len(one_row) >= 2 and one_row.action_id.nunique() == 1, one_row
    fig = synthesis_plots.dyad_timeline(corpus, "d", top=2)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    plt.close(fig)
    assert labels[0].startswith("Iran"), labels  # two rows: the most active
    assert len(labels) == 1 + len(one_row), labels  # the one-row dyads of one action kept together, none dropped


def test_the_dyad_timeline_says_which_quad_class_no_dated_row_has():
    text = "In 2015 Russia criticized Kazakhstan. In 2016 China met Kazakhstan.\n"
    corpus = kzlib.load(texts={"q": text}, codebook=SHIPPED)
    drawn = set(corpus.dyads.quad_class)
    assert "material conflict" not in drawn, corpus.dyads  # by construction: no dated material-conflict row
    fig = synthesis_plots.dyad_timeline(corpus, "q")
    plt.close(fig)
    assert "No dated " in fig.kzlib_caption and "material-conflict" in fig.kzlib_caption, fig.kzlib_caption
    for q in drawn:
        assert q.replace(" ", "-") not in fig.kzlib_caption.split("No dated ")[1].split(" row.")[0]


def test_the_balance_figure_shows_the_mentions_behind_each_rate():
    text = (
        "Opening\n\nRussia met China.\n\nLater\n\n" + "The United States spoke at length about many things. " * 5 + "\n"
    )
    corpus = kzlib.load(texts={"b": text}, codebook=SHIPPED)
    fig = actor_plots.balance(corpus, "b")
    shown = {t.get_text() for t in fig.axes[0].texts}
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    plt.close(fig)
    assert "5" in shown and "1" in shown  # five mentions of the United States, one each of Russia and China
    assert all("words" in t for t in ticks), ticks
    assert "mentions behind the rate" in fig.kzlib_caption


@pytest.mark.parametrize("line", ["Norway will host a working group in Bergen in September 2024."])
def test_a_planned_step_is_drawn_open_and_said_so(line):
    corpus = kzlib.load(
        texts={"p": f"Note\n\nChile and Norway met in Oslo on 12 March 2024. {line}\n"}, codebook=SHIPPED
    )
    fig = chronology_plots.timeline(corpus, "p")
    faces = [
        tuple(ln.get_markerfacecolor()) if not isinstance(ln.get_markerfacecolor(), str) else ln.get_markerfacecolor()
        for ln in fig.axes[1].get_lines()
        if ln.get_marker() == "o"
    ]
    legend = fig.axes[1].get_legend() or fig.axes[0].get_legend()
    plt.close(fig)
    assert "white" in faces and len(faces) == 2, faces
    assert legend is not None and "planned, intended" in [t.get_text() for t in legend.get_texts()]
    assert "plans or intends" in fig.kzlib_caption


def test_a_heading_without_a_theme_word_promises_nothing():
    text = (
        "Report\n\nTrade and Investment\n\nTrade grew and investment grew; the rivalry faded.\n\n"
        "Conclusions\n\nThe rivalry grew and the rivalry stayed.\n"
    )
    corpus = kzlib.load(texts={"h": text}, codebook=SHIPPED)
    promises = kzlib.themes.heading_promises(corpus, "h").set_index("title")
    assert promises.loc["Trade and Investment", "heading_themes"] == "economy_investment"
    assert promises.loc["Trade and Investment", "keeps"] is True
    assert promises.loc["Conclusions", "heading_themes"] == "" and promises.loc["Conclusions", "keeps"] is None
    assert promises.loc["Conclusions", "leading"] == "geopolitics"


def test_the_closest_pair_is_sought_among_every_actor_tied_at_the_cut():
    text = "Russia and China met.\n\nRussia and China spoke.\n\nIran and Iraq met.\n\nIran spoke.\n\nIraq spoke.\n"
    corpus = kzlib.load(texts={"c": text}, codebook=SHIPPED)
    counts = corpus.mentions.actor_id.value_counts()
    assert counts.min() == counts.max(), counts  # four actors, each named twice: all tied
    assert sensitivity.closest_pair(corpus, "c", n=1) == "china + russia"  # not an actor id made of a tie


def test_tables_and_figures_of_the_most_named_keep_actors_tied_at_the_cut_together():
    text = "Russia met China. Russia met China again.\n\nIran, India and Ukraine spoke.\n"
    corpus = kzlib.load(texts={"k": text}, codebook=SHIPPED)
    assert sorted(corpus.actors.mentions) == [1, 1, 1, 2, 2], corpus.actors
    table = kzlib.presence.by_section(corpus, "k", top=3)
    assert set(table.index) == {"russia", "china", "iran", "india", "ukraine"}  # the 3rd ties with the 4th and 5th
    assert len(kzlib.themes.actor_themes(corpus, "k", top_actors=3)) == 5
    fig = actor_plots.mentions_by_type(corpus, top=3)
    bars = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    plt.close(fig)
    assert len(bars) == 5 and "tied with the last of them" in fig.kzlib_caption


def test_actor_events_never_cut_inside_a_tie():
    """``chronology.actor_events(top=n)`` keeps every actor tied at the cut or none of them (``ranking.top``), as
    the actor lanes figure does, instead of the first of several tied in label order."""
    text = (
        "In 2019 Kazakhstan signed a treaty with Russia. In 2020 Kazakhstan signed a deal with China. "
        "In 2021 Kazakhstan signed a pact with Japan.\n"
    )
    corpus = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    kept = set(chron.actor_events(corpus, "t", top=2).actor_id)
    assert kept == {"kazakhstan", "russia", "china", "japan"} or kept == {"kazakhstan"}, kept


def test_key_figures_never_cut_the_most_named_inside_a_tie():
    text = (
        "Nazarbayev met Tokayev. Nazarbayev spoke. Nazarbayev left. Tokayev stayed.\n\n"
        "Trump called. Biden wrote. Pompeo visited. Putin waited. Putin spoke.\n"
    )
    c = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    figures = presence.key_figures(c, "t", persons=2)
    assert figures["most-named persons"] == {"nazarbayev": 3, "putin": 2, "tokayev": 2}  # Putin and Tokayev tie
    assert {"Joe Biden mentions", "Mike Pompeo mentions", "Donald Trump mentions"} <= set(figures)  # 1 each: all


def test_the_theme_mix_counts_a_tie_as_ranking_does():
    """A paragraph whose two leading scores differ only by rounding (0.1 + 0.2 and 0.3) is tied, as
    :func:`kzlib.ranking.leaders` says everywhere else, not led by the one a bit above."""
    cb = SHIPPED
    a, b = cb.theme_ids[:2]
    corpus = types.SimpleNamespace(
        codebook=cb,
        theme_evidence=pd.DataFrame(
            {"doc_id": ["t"] * 3, "theme_id": [a, b, a], "weight": [1.0] * 3, "term": ["x"] * 3}
        ),
        paragraphs=pd.DataFrame({"doc_id": ["t", "t"], "n_words": [10, 10]}),
        themes=pd.DataFrame(
            {
                "doc_id": ["t"] * 4,
                "para_id": ["P1", "P1", "P2", "P2"],
                "theme_id": [a, b, a, b],
                "score": [0.1 + 0.2, 0.3, 1.0, 0.5],
            }
        ),
    )
    mix = themes.mix(corpus, "t")
    assert mix.paragraphs_tied[[a, b]].tolist() == [1, 1] and mix.paragraphs_led[[a, b]].tolist() == [1, 0]


def test_key_figures_name_a_tie_at_second_place_instead_of_one_pair():
    """The default pair of :func:`kzlib.presence.key_figures` is the two most-named actors (:func:`ranking.top`):
    with a tie at second place no one pair is, so the tied are named and no pair's paragraphs are given."""
    text = "Talks\n\nKazakhstan met Russia. Kazakhstan called China.\n\nKazakhstan wrote.\n"
    c = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    figures = presence.key_figures(c, "t")
    assert not any(k.startswith("paragraphs naming both") for k in figures)
    assert figures["two most-named actors (a tie, so no pair's paragraphs)"] == ["Kazakhstan", "China", "Russia"]
    figures = presence.key_figures(kzlib.load(texts={"t": text + "\nRussia.\n"}, codebook=SHIPPED), "t")
    assert figures["paragraphs naming both Kazakhstan and Russia"] == 1


def test_how_actors_are_named_keeps_actors_tied_at_the_cut_together():
    text = "A title\n\nRussia met Russia's partners. Russia, China and Iran spoke. China and Iran agreed.\n"
    corpus = kzlib.load(texts={"t": text}, codebook=SHIPPED)
    assert presence.by_form(corpus, top=2).index.tolist() == ["russia", "china", "iran"]
