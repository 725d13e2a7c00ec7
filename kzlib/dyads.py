"""Directed dyads from the actions table: who acts towards whom, coded in the manner of CAMEO quad classes.

One row per action and pair (agent side, target side):

- agents and targets come from :mod:`kzlib.actions` (grammar, not proximity), so co-agents are never paired
  with each other ("Iran and Russia supporting Assad" gives Iran → Syria and Russia → Syria, not Iran – Russia)
  and an actor only mentioned inside an action is in no dyad;
- both are raised to their side, as political event data do: a person, agency, company, initiative or format
  counts for the actor of its codebook ``affiliation`` (Trump and the White House for the United States), a
  state, region or international body for itself; a pair whose two sides are the same is dropped;
- an agent or target named outside the codebook (``other:<Name>``, a person the actions grammar found by a
  title) counts for the country its title names (:func:`affiliations`: "Kazakhstani Special Representative X",
  "Deputy Foreign Minister of Uzbekistan X"); else it has no known side and makes no dyad;
- only actions reported as done count: negated, intended, hoped, hypothetical and recommended actions are in
  ``actions`` but make no dyad; nor does an action without a quad class (a domestic step);
- the quad class and CAMEO code are the action's own, so allies named in a sentence about a war are not coded as
  fighting each other, and a withdrawal from a country is coded between those who withdraw and that country only.

Quad classes (CAMEO roots): verbal cooperation 01–05, material cooperation 06–08, verbal conflict 09–13,
material conflict 14–20.
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from . import codebook, frames, lead, rxcache
from .action_vocabulary import build_title_words
from .phrases import led_alternation

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


TITLE_RUN = rxcache.compile(r"(?:['’]s)?((?:\s+[A-Z][\w.’'-]*)+)\s+$")  # "Kazakhstani| Special Representative |Name"
OF_BEFORE = rxcache.compile(r"([A-Z][\w.’'-]*)\s+of\s+(?:the\s+)?$")  # "Deputy Foreign Minister of |Uzbekistan"
AFTER_NAME = re.compile(r",\s+(?:the\s+)?")  # "Name, the |Kazakh Ambassador"
TITLE_OF = rxcache.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*?([A-Z][\w.’'-]*)\s+of\s+(?:the\s+)?"
)  # "X, Minister of |"
PORTFOLIO_BEFORE = rxcache.compile(r"\b(?:for|to|in|on)\s+(?:the\s+)?$")  # "Special Representative for |Afghanistan"
COMMA_GAP = re.compile(r"\s*,?\s*")
TITLE_AFTER = rxcache.compile(r"(?:['’]s)?((?:\s+[A-Z][\w.’'-]*)+)")  # "Kazakh| Ambassador"


def titled_people(corpus, a: pd.DataFrame) -> dict[tuple[str, str], str]:
    """:func:`affiliations` of the people outside the codebook among the agents and targets of actions ``a``."""
    return _titled(corpus, zip(a["doc_id"].tolist(), a["agents"].tolist(), a["targets"].tolist()))


def _titled(corpus, actions) -> dict[tuple[str, str], str]:
    """:func:`titled_people` of ``(doc_id, agents, targets)`` of actions."""
    people = {
        (d, x)
        for d, ag, tg in actions
        if OTHER in ag or OTHER in tg
        for x in (ag + ";" + tg).split(";")
        if x.startswith(OTHER)
    }
    return affiliations(corpus, people) if people else {}


def name_spans(name: str, text: str) -> list[tuple[int, int]]:
    """The spans of ``name`` in ``text`` (its words apart by any white space, no word character on either side), as
    ``re.finditer`` finds them; each opens with the name's first word, found by ``str.find`` (:func:`kzlib.lead.by_words`:
    the led search stops at every letter that opens the name, most often a lower-case one)."""
    rx = re.compile(led_alternation([name], r"\w") + r"(?!\w)")
    words = name.split()
    return lead.by_words(rx, text, words[:1]) if words else [m.span() for m in rx.finditer(text)]


def affiliations(corpus, others) -> dict[tuple[str, str], str]:
    """``(doc_id, other_id) → side`` for people named outside the codebook (``other:<Name>``) whose title gives their
    country: a demonym, acronym or possessive before the title ("Kazakhstani Special Representative Erzhan
    Kazykhan", "U.S. Special Envoy X", "Kazakhstan's Deputy Foreign Minister X"), "of" a codebook actor in it
    ("Deputy Foreign Minister of Uzbekistan X"), or the same after the name ("X, the Kazakh Ambassador to …", "X,
    Foreign Minister of Kazakhstan"). The first occurrence that gives one wins; a portfolio ("Special Representative
    for Afghanistan Reconciliation X") gives none."""
    side = sides(corpus.codebook)
    words = corpus.codebook.compiled(build_title_words)  # title words and the ranks that open a title
    m = corpus._mention_lists  # (the columns of its mentions table, read once)
    by_doc: dict[str, list[tuple[int, int, str, str]]] = {}
    for doc_id, s, e, actor, form in zip(m["doc_id"], m["start"], m["end"], m["actor_id"], m["form"]):
        by_doc.setdefault(doc_id, []).append((s, e, actor, form))
    out = {}
    index: dict[str, tuple] = {}  # doc_id → its mentions by start, by end, and their ends (once per document)
    for doc_id, other in sorted(set(others)):
        if doc_id not in index:
            found = by_doc.get(doc_id, [])
            by_end = sorted(found, key=lambda x: x[1])  # stable: equal ends keep the table's order
            index[doc_id] = ({s: (e, a, f) for s, e, a, f in found}, by_end, [x[1] for x in by_end])
        text = corpus.source(doc_id)
        starts, by_end, ends = index[doc_id]
        for s, e in name_spans(other[len(OTHER) :], text):
            got = None
            k = bisect.bisect_right(ends, s)  # the mention ending last at or before the name, within 80 characters
            if k and s - ends[k - 1] <= 80:
                ms, me, actor, form = by_end[bisect.bisect_left(ends, ends[k - 1])]
                gap = text[me:s]
                run = TITLE_RUN.fullmatch(gap)
                if (
                    run
                    and (form in ("demonym", "acronym") or gap[:1] in "'’")
                    and run.group(1).split()[-1] in words
                    and not PORTFOLIO_BEFORE.search(text[max(0, ms - 12) : ms])
                ):
                    got = actor  # "Kazakhstani Special Representative |X"
                elif COMMA_GAP.fullmatch(gap):
                    of = OF_BEFORE.search(text[max(0, ms - 60) : ms])
                    if of and of.group(1) in words:
                        got = actor  # "Deputy Foreign Minister of Uzbekistan |X"
            if got is None:
                after = AFTER_NAME.match(text, e) or None
                if after and after.end() in starts:
                    me, actor, form = starts[after.end()]
                    run = TITLE_AFTER.match(text[me : me + 80])
                    if (
                        run
                        and (form in ("demonym", "acronym") or text[me : me + 1] in "'’")
                        and any(w in words for w in run.group(1).split())
                    ):
                        got = actor  # "X, the Kazakh Ambassador"
                titled = TITLE_OF.match(text, e)
                if got is None and titled and titled.end() in starts and titled.group(1) in words:
                    got = starts[titled.end()][1]  # "X, Foreign Minister of Kazakhstan"
            if got is not None:
                out[(doc_id, other)] = side.get(got, got)
                break
    return out


def dyads(corpus) -> pd.DataFrame:
    """One row per asserted, coded action and (source side, target side) pair."""
    side = sides(corpus.codebook)
    # the rows the actions and timexes tables are built from (plain dicts, in the tables' order): read directly,
    # not through a frame's columns
    years = {
        (t["doc_id"], t["timex_id"]): (t.get("year_start"), t.get("year_end"))
        for ts in corpus._timex_rows.values()
        for t in ts
    }
    acts = [r for rs in corpus._action_rows.values() for r in rs]
    titled = _titled(corpus, ((r["doc_id"], r["agents"], r["targets"]) for r in acts))
    rows = []
    for r in acts:
        doc_id, agents, targets, quad, negated = r["doc_id"], r["agents"], r["targets"], r["quad_class"], r["negated"]
        if quad == "" or negated or r["modality"] != "asserted" or targets == "":
            continue
        timex_id = r["timex_id"]
        y0, y1 = years.get((doc_id, timex_id), (None, None)) if timex_id else (None, None)
        seen = set()
        for agent in agents.split(";"):
            for target in targets.split(";"):
                s = titled.get((doc_id, agent)) or side.get(agent, agent)  # "Kazakhstani Special Representative X"
                t = titled.get((doc_id, target)) or side.get(target, target)
                if not agent or not target or s == t or (s, t) in seen or OTHER in (s[:6], t[:6]):
                    continue  # a person named outside the codebook (``other:``) has no known side
                seen.add((s, t))
                rows.append(
                    dict(
                        doc_id=doc_id,
                        action_id=r["action_id"],
                        source=s,
                        target=t,
                        source_actor=agent,
                        target_actor=target,
                        quad_class=quad,
                        cameo=r["cameo"],
                        lemma=r["lemma"],
                        predicate=r["predicate"],
                        start=r["predicate_start"],
                        end=r["predicate_end"],
                        date_value=r["date_value"],
                        year_start=y0,
                        year_end=y1,
                        cooperative=quad.endswith("cooperation"),
                        material=quad.startswith("material"),
                    )
                )
    return frames.from_rows(rows, COLUMNS, ints=("start", "end", "year_start", "year_end"))


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
