"""Dyads: pairs of actors acting together in an event, coded in the manner of CAMEO quad classes.

Each event's clause is searched for the cues of ``data/codebook/event_cues.csv`` that carry a CAMEO root
and quad class (visit, host, agree, sign, invest, launch, impose sanctions, withdraw, criticise ...); the
one nearest the date codes the event. Actors are raised to their side, as political event data do:
a person, agency, company or initiative counts for the actor of its codebook ``affiliation`` (Trump and
the White House for the United States), a state, region or international body for itself. Every pair
of distinct sides named in the event is a dyad.

Quad classes (CAMEO roots): verbal cooperation 01–05, material cooperation 06–08, verbal conflict 09–13,
material conflict 14–20.
"""
from __future__ import annotations

from itertools import combinations

import pandas as pd

from . import chronology, codebook

COLUMNS = ["doc_id", "event_id", "actor_a", "actor_b", "quad_class", "verb", "start", "end", "cameo",
           "date_value", "year_start", "cooperative", "material"]
QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def sides() -> dict[str, str]:
    """actor_id → the actor it counts for in a dyad."""
    acts = codebook.actors()
    raise_to = acts.type.isin(["person", "organization", "initiative", "format"]) & acts.affiliation.ne("")
    return dict(zip(acts.actor_id, acts.affiliation.where(raise_to, acts.actor_id)))


def dyads(corpus) -> pd.DataFrame:
    """One row per event and pair of sides, with the quad class of the event's coding cue."""
    cues = chronology.cues()
    coded = {r.form: r for r in cues[cues.quad_class != ""].itertuples(index=False)}
    side = sides()
    timex_start = dict(zip(zip(corpus.timexes.doc_id, corpus.timexes.timex_id), corpus.timexes.start))
    rows = []
    for ev in corpus.events.itertuples():
        parties = sorted({side.get(a, a) for a in ev.actors.split(";") if a})
        hits = [h for h in chronology.cue_matches(ev.text) if h[2] in coded]
        if not hits or len(parties) < 2:
            continue
        doc = corpus.docs[ev.doc_id]
        p = doc.paragraph(ev.para_id)
        lo = p.offsets.index(ev.start)
        i = p.offsets.index(timex_start[(ev.doc_id, ev.timex_id)])
        s, e, form = min(((lo + s, lo + e, f) for s, e, f in hits), key=lambda h: (abs(h[0] - i), h[0]))
        start, end = p.span(s, e)
        cue = coded[form]
        for a, b in combinations(parties, 2):
            rows.append(dict(doc_id=ev.doc_id, event_id=ev.event_id, actor_a=a, actor_b=b, quad_class=cue.quad_class,
                             verb=doc.text[start:end], start=start, end=end, cameo=cue.cameo,
                             date_value=ev.date_value, year_start=ev.year_start,
                             cooperative=cue.quad_class.endswith("cooperation"),
                             material=cue.quad_class.startswith("material")))
    df = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("start", "end", "year_start"):
        df[col] = df[col].astype("Int64")
    return df


def summary(dyad_table: pd.DataFrame) -> pd.DataFrame:
    """Events per dyad and quad class (rows dyads, most active first)."""
    if dyad_table.empty:
        return pd.DataFrame(columns=list(QUADS) + ["events"])
    d = dyad_table.assign(dyad=dyad_table.actor_a + " – " + dyad_table.actor_b)
    table = pd.crosstab(d.dyad, d.quad_class).reindex(columns=list(QUADS), fill_value=0)
    table["events"] = table.sum(axis=1)
    return table.sort_values(["events"], ascending=False, kind="stable")
