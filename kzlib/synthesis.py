"""The chapter's argument as data: blocs across time, each side's adjustments, dyads, themes by actor and period."""

from __future__ import annotations

import pandas as pd

from . import chronology, presence

PERIODS = [
    (1900, 1999, "before 2000"),
    (2000, 2012, "2000–2012"),
    (2013, 2016, "2013–2016"),
    (2017, 2019, "2017–2019"),
    (2020, 2029, "2020–2021"),
]


def period(year) -> str:
    """The period label of a year."""
    return next((label for lo, hi, label in PERIODS if lo <= int(year) <= hi), "")


def event_blocs(corpus, doc_id: str) -> pd.DataFrame:
    """One row per (event, bloc) for every bloc (great powers and the region) taking part in the event."""
    ev = chronology.story(corpus, doc_id)
    long = ev.assign(actor_id=ev.actors.str.split(";")).explode("actor_id")
    long = long.merge(presence.blocs(group=None, corpus=corpus), on="actor_id")
    long = long.drop_duplicates(["event_id", "bloc"])
    long["period"] = long.year_start.map(period)
    return long[["event_id", "para_id", "bloc", "date_value", "year_start", "when", "period", "label"]]


def blocs_over_time(corpus, doc_id: str) -> pd.DataFrame:
    """Events involving each bloc, by period (rows periods in order, columns blocs)."""
    eb = event_blocs(corpus, doc_id)
    order = [label for *_, label in PERIODS]
    cols = list(dict.fromkeys(presence.blocs(group=None, corpus=corpus).bloc))
    return pd.crosstab(eb.period, eb.bloc).reindex(index=order, columns=cols, fill_value=0)


def adjustments(corpus, doc_id: str, bloc: str, years=(2015, 2021)) -> pd.DataFrame:
    """The dated events of ``years`` in which ``bloc`` takes part, where the chapter tells them."""
    eb = event_blocs(corpus, doc_id)
    ids = eb[(eb.bloc == bloc) & eb.year_start.between(*years)].event_id
    ev = corpus.events[(corpus.events.doc_id == doc_id) & corpus.events.event_id.isin(ids)]
    sections = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].set_index("para_id").section_id
    out = ev.assign(section_id=ev.para_id.map(sections))
    return out[["event_id", "section_id", "date_value", "actors", "label"]].reset_index(drop=True)


def themes_by_bloc_and_period(corpus, doc_id: str, split: int = 2015) -> pd.DataFrame:
    """Mean theme share of the paragraphs holding each bloc's events, before ``split`` and from it on."""
    eb = event_blocs(corpus, doc_id)
    eb["era"] = [f"from {int(split)}" if y >= split else f"before {int(split)}" for y in eb.year_start]
    th = corpus.themes[corpus.themes.doc_id == doc_id][["para_id", "theme_id", "share"]]
    joined = eb.merge(th, on="para_id")
    table = joined.pivot_table(index=["bloc", "era"], columns="theme_id", values="share", aggfunc="mean", fill_value=0)
    order = list(dict.fromkeys(presence.blocs(group=None, corpus=corpus).bloc))
    table = table.reindex(columns=corpus.codebook.theme_ids, fill_value=0)
    if table.empty:  # no dated event names a bloc: an empty table with the same shape, not an error
        return table.reindex(pd.MultiIndex.from_arrays([[], []], names=["bloc", "era"])).round(2)
    table = table.reindex(pd.MultiIndex.from_tuples(sorted(table.index, key=lambda k: (order.index(k[0]), k[1]))))
    return table.round(2)
