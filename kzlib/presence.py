"""Who is named where: actor counts by type and form, by section, along the text, and by bloc."""

from __future__ import annotations

import pandas as pd

from . import ranking, themes
from .codebook import Codebook


def by_type(corpus) -> pd.DataFrame:
    """Mentions and distinct actors per actor type."""
    m = corpus.mentions.merge(corpus.actors[["actor_id", "type"]], on="actor_id")
    out = m.groupby("type").agg(mentions=("actor_id", "size"), actors=("actor_id", "nunique"))
    return out.sort_values("mentions", ascending=False)


def by_form(corpus, top: int = 12) -> pd.DataFrame:
    """For the ``top`` most-named actors: how they are named (name, acronym, demonym, metonym ...); actors tied with
    the last of them are kept or left out together (:func:`kzlib.ranking.top`)."""
    m = corpus.mentions
    kept = set(ranking.top(corpus.actors.set_index("actor_id").mentions, top)[0])
    keep = [a for a in corpus.actors.actor_id if a in kept]  # most-named first, as the actors table orders them
    table = pd.crosstab(m[m.actor_id.isin(keep)].actor_id, m.form)
    return table.loc[keep]


def by_section(corpus, doc_id: str, top: int = 15) -> pd.DataFrame:
    """Mentions of the ``top`` most-named actors in each section (rows actors, columns sections); actors tied with
    the last of them are kept or left out together (:func:`kzlib.ranking.top`)."""
    m = corpus.mentions[corpus.mentions.doc_id == doc_id]
    m = m.merge(corpus.paragraphs[["doc_id", "para_id", "section_id"]], on=["doc_id", "para_id"])
    keep = ranking.top(m.actor_id.value_counts(), top)[0]  # most-named first, a tie in label order
    sections = corpus.sections[corpus.sections.doc_id == doc_id].section_id
    table = pd.crosstab(m[m.actor_id.isin(keep)].actor_id, m.section_id).reindex(columns=sections, fill_value=0)
    return table.loc[keep]


def dispersion(corpus, doc_id: str, actor_ids: list[str]) -> pd.DataFrame:
    """Each mention of the given actors with its relative position in the document (0 = start, 1 = end)."""
    m = corpus.mentions[(corpus.mentions.doc_id == doc_id) & corpus.mentions.actor_id.isin(actor_ids)].copy()
    m["position"] = m.start / len(corpus.source(doc_id))
    return m[["actor_id", "para_id", "surface", "start", "position"]]


def blocs(group: str | None = "great power", corpus=None, doc_id: str | None = None) -> pd.DataFrame:
    """Bloc definitions (``blocs.csv`` of the corpus's codebook, else the shipped one) for one ``group`` or
    all, with each bloc's members expanded by affiliation unless ``corpus.options.bloc_by_affiliation`` is off.
    For a document (``doc_id``; by default the corpus's only one), the state it names most among the members of
    the ``region`` blocs gets a bloc of its own (:func:`focal_blocs`)."""
    if corpus is None:
        return Codebook.load().bloc_members(group)
    table = corpus.codebook.bloc_members(group, by_affiliation=corpus.options.bloc_by_affiliation)
    if doc_id is None and len(getattr(corpus, "docs", ())) == 1:
        doc_id = next(iter(corpus.docs))
    return focal_blocs(table, corpus, doc_id) if doc_id is not None else table


def focal_blocs(table: pd.DataFrame, corpus, doc_id: str) -> pd.DataFrame:
    """``table`` (``bloc, actor_id`` rows) with the document's own state apart: of the states listed in the blocs
    of group ``region``, the one the document names most (by its own name; every state of a tie) leaves its
    region's bloc for a bloc of its own, named after it and placed just before it, with the actors affiliated to it
    when the blocs are by affiliation; the rest of the region stays together. A text on Uzbekistan shows Uzbekistan
    beside "Central Asia", a text on Kazakhstan Kazakhstan; a state that is a bloc alone stays as it is."""
    cb = corpus.codebook
    states = set(cb.actors.actor_id[cb.actors.type == "state"])
    home = {}  # state -> its region bloc, for the states of region blocs with other members
    for r in cb.blocs.itertuples():
        members = [m for m in r.members.split(";") if m]
        if r.group == "region" and len(members) > 1:
            home.update({m: r.bloc for m in members if m in states})
    named = corpus.mentions[(corpus.mentions.doc_id == doc_id) & corpus.mentions.actor_id.isin(home)].actor_id
    if named.empty:
        return table
    names = dict(zip(cb.actors.actor_id, cb.actors.name))
    by_affiliation = corpus.options.bloc_by_affiliation
    for state in ranking.leaders(named.value_counts()):
        own = {state} | (set(cb.actors.actor_id[cb.actors.affiliation == state]) if by_affiliation else set())
        rows = table.to_dict("records")
        moved = [
            dict(r, bloc=names.get(state, state)) for r in rows if r["bloc"] == home[state] and r["actor_id"] in own
        ]
        if not moved:  # the region's bloc is not in this group
            continue
        at = next(k for k, r in enumerate(rows) if r["bloc"] == home[state])  # no row before it moves
        rest = [r for r in rows if not (r["bloc"] == home[state] and r["actor_id"] in own)]
        table = pd.DataFrame(rest[:at] + moved + rest[at:], columns=table.columns)
    return table


def bloc_members(corpus, group: str | None = None, doc_id: str | None = None) -> str:
    """For each bloc, the members the corpus actually names, one bloc a line (a check on the definition)."""
    named = blocs(group, corpus, doc_id)
    named = named[named.actor_id.isin(corpus.actors.actor_id)]
    return "\n".join(f"{bloc}: {', '.join(ids)}" for bloc, ids in named.groupby("bloc", sort=False).actor_id)


def balance(corpus, doc_id: str, per: int | None = 1000) -> pd.DataFrame:
    """Great-power blocs by section: mentions per ``per`` words of the section (``per=None``: the mentions
    themselves, the n behind each rate)."""
    members = blocs(corpus=corpus, doc_id=doc_id)
    m = corpus.mentions[corpus.mentions.doc_id == doc_id].merge(members, on="actor_id")
    m = m.merge(corpus.paragraphs[["doc_id", "para_id", "section_id"]], on=["doc_id", "para_id"])
    words = themes.section_words(corpus, doc_id)
    order = list(dict.fromkeys(members.bloc))
    counts = pd.crosstab(m.section_id, m.bloc).reindex(index=words.index, columns=order, fill_value=0)
    if per is None:
        return counts.rename_axis(columns="bloc")
    return per_words(counts, words, per)


def per_words(counts: pd.DataFrame, words: pd.Series, per: int = 1000) -> pd.DataFrame:
    """``counts`` (rows: sections) as a rate per ``per`` words of each row's section, to one decimal."""
    return (counts.div(words, axis=0) * per).round(1)


def bloc_totals(corpus, doc_id: str) -> pd.DataFrame:
    """Mentions, paragraphs and sections per bloc in the document."""
    members = blocs(corpus=corpus, doc_id=doc_id)
    m = corpus.mentions[corpus.mentions.doc_id == doc_id].merge(members, on="actor_id")
    m = m.merge(corpus.paragraphs[["doc_id", "para_id", "section_id"]], on=["doc_id", "para_id"])
    out = m.groupby("bloc").agg(
        mentions=("actor_id", "size"), paragraphs=("para_id", "nunique"), sections=("section_id", "nunique")
    )
    return out.reindex(list(dict.fromkeys(members.bloc))).fillna(0).astype(int)


def key_figures(corpus, doc_id: str, actor_ids=None, pair=None, persons: int = 4) -> dict:
    """The actor numbers a notebook's findings quote, for one document: mentions of each of ``actor_ids``
    (default: its five most-named actors), the paragraphs naming both actors of ``pair`` (default: its two
    most-named; when the second place is tied, the tied actors are named instead, as no one pair is) and its ``persons`` most-named persons (a list or the persons cut inside a tie, every one tied
    with the last of them: :func:`kzlib.ranking.top`)."""
    one = corpus.doc(doc_id)
    acts = one.actors.set_index("actor_id")
    types = by_type(one).mentions
    actor_ids = list(ranking.top(acts.mentions, 5)[0] if actor_ids is None else actor_ids)
    people = acts.mentions[acts.type == "person"]
    pair = list(ranking.top(acts.mentions, 2)[0] if pair is None else pair)
    pairs = one.cooccurrence.set_index(["actor_a", "actor_b"]).paragraphs
    short = dict(zip(corpus.codebook.actors.actor_id, corpus.codebook.actors.name))
    if len(pair) == 2:
        a, b = pair
        both = {
            f"paragraphs naming both {short.get(a, a)} and {short.get(b, b)}": int(pairs.get(tuple(sorted(pair)), 0))
        }
    else:  # a tie at second place: no one pair is the two most-named
        both = {"two most-named actors (a tie, so no pair's paragraphs)": [short.get(x, x) for x in pair]}
    return {
        "mentions": len(one.mentions),
        "distinct actors": len(acts),
        "share of mentions that are states": round(float(types.get("state", 0) / max(types.sum(), 1)), 2),
        **{f"{short.get(x, x)} mentions": int(acts.mentions.get(x, 0)) for x in actor_ids},
        **both,
        "most-named persons": {p: int(people[p]) for p in ranking.top(people, persons)[0]},
    }
