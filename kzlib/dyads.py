"""Directed dyads from the actions table: who acts towards whom, coded in the manner of CAMEO quad classes.

One row per action and pair (agent side, target side):

- agents and targets come from :mod:`kzlib.actions` (grammar, not proximity), so co-agents are never paired
  with each other ("Iran and Russia supporting Assad" gives Iran → Syria and Russia → Syria, not Iran – Russia)
  and an actor only mentioned inside an action is in no dyad;
- both are raised to their side, as political event data do: a person, agency, company, initiative or format
  counts for the actor of its codebook ``affiliation`` (Trump and the White House for the United States), a
  state, region or international body for itself; a pair whose two sides are the same is dropped;
- an agent or target named outside the codebook (``other:<Name>``, a person the actions grammar found by a
  title) has no known side and makes no dyad;
- only actions reported as done count: negated, intended, hoped and hypothetical actions are in ``actions`` but
  make no dyad; nor does an action without a quad class (a domestic step);
- the quad class and CAMEO code are the action's own, so allies named in a sentence about a war are not coded as
  fighting each other, and a withdrawal from a country is coded between those who withdraw and that country only.

Quad classes (CAMEO roots): verbal cooperation 01–05, material cooperation 06–08, verbal conflict 09–13,
material conflict 14–20.
"""

from __future__ import annotations

import pandas as pd

from . import codebook

COLUMNS = [
    "doc_id",
    "action_id",
    "source",
    "target",
    "source_actor",
    "target_actor",
    "quad_class",
    "cameo",
    "lemma",
    "predicate",
    "start",
    "end",
    "date_value",
    "year_start",
    "year_end",
    "cooperative",
    "material",
]
OTHER = "other:"
QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def sides(cb=None) -> dict[str, str]:
    """actor_id → the actor it counts for in a dyad (codebook ``cb``, else the shipped one)."""
    return (cb if cb is not None else codebook.Codebook.shipped()).sides()


def dyads(corpus) -> pd.DataFrame:
    """One row per asserted, coded action and (source side, target side) pair."""
    side = sides(corpus.codebook)
    tx = corpus.timexes
    years = dict(zip(zip(tx.doc_id.tolist(), tx.timex_id.tolist()), zip(tx.year_start.tolist(), tx.year_end.tolist())))
    rows = []
    a = corpus.actions
    names = [
        "doc_id",
        "action_id",
        "agents",
        "targets",
        "quad_class",
        "cameo",
        "lemma",
        "predicate",
        "predicate_start",
        "predicate_end",
        "date_value",
        "timex_id",
        "negated",
        "modality",
    ]
    for (
        doc_id,
        action_id,
        agents,
        targets,
        quad,
        cameo,
        lemma,
        predicate,
        p0,
        p1,
        date_value,
        timex_id,
        negated,
        mod,
    ) in zip(
        *(a[c].tolist() for c in names)
    ):  # columns as lists, not a masked frame's rows: the same rows, read faster
        if quad == "" or negated or mod != "asserted" or targets == "":
            continue
        y0, y1 = years.get((doc_id, timex_id), (None, None)) if timex_id else (None, None)
        seen = set()
        for agent in agents.split(";"):
            for target in targets.split(";"):
                s, t = side.get(agent, agent), side.get(target, target)
                if not agent or not target or s == t or (s, t) in seen or OTHER in (s[:6], t[:6]):
                    continue  # a person named outside the codebook (``other:``) has no known side
                seen.add((s, t))
                rows.append(
                    dict(
                        doc_id=doc_id,
                        action_id=action_id,
                        source=s,
                        target=t,
                        source_actor=agent,
                        target_actor=target,
                        quad_class=quad,
                        cameo=cameo,
                        lemma=lemma,
                        predicate=predicate,
                        start=p0,
                        end=p1,
                        date_value=date_value,
                        year_start=y0,
                        year_end=y1,
                        cooperative=quad.endswith("cooperation"),
                        material=quad.startswith("material"),
                    )
                )
    df = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("start", "end", "year_start", "year_end"):
        df[col] = df[col].astype("Int64")
    return df


def summary(dyad_table: pd.DataFrame, directed: bool = False) -> pd.DataFrame:
    """Actions per dyad and quad class, most active first. An action counts once per dyad however many actors
    of each side it names. Undirected by default (``a – b`` in alphabetical order); ``directed=True`` keeps
    ``source → target``."""
    if dyad_table.empty:
        return pd.DataFrame(columns=[*QUADS, "actions"])
    d = dyad_table
    if directed:
        dyad = d.source + " → " + d.target
    else:
        dyad = pd.Series([" – ".join(sorted(p)) for p in zip(d.source, d.target)], index=d.index)
    d = d.assign(dyad=dyad).drop_duplicates(["doc_id", "action_id", "dyad", "quad_class"])
    table = pd.crosstab(d.dyad, d.quad_class).reindex(columns=list(QUADS), fill_value=0)
    table["actions"] = d.drop_duplicates(["doc_id", "action_id", "dyad"]).groupby("dyad").size()
    return table.sort_values(["actions"], ascending=False, kind="stable").rename_axis(None, axis=1)
