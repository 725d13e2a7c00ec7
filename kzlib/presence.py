"""Who is named where: actor counts by type and form, by section, along the text, and by bloc."""

from __future__ import annotations

import pandas as pd

from .codebook import Codebook


def by_type(corpus) -> pd.DataFrame:
    """Mentions and distinct actors per actor type."""
    m = corpus.mentions.merge(corpus.actors[["actor_id", "type"]], on="actor_id")
    out = m.groupby("type").agg(mentions=("actor_id", "size"), actors=("actor_id", "nunique"))
    return out.sort_values("mentions", ascending=False)


def by_form(corpus, top: int = 12) -> pd.DataFrame:
    """For the most-named actors: how they are named (name, acronym, demonym, metonym ...)."""
    m = corpus.mentions
    keep = corpus.actors.actor_id.head(top)
    table = pd.crosstab(m[m.actor_id.isin(keep)].actor_id, m.form)
    return table.loc[keep]


def by_section(corpus, doc_id: str, top: int = 15) -> pd.DataFrame:
    """Mentions of the ``top`` most-named actors in each section (rows actors, columns sections)."""
    m = corpus.mentions[corpus.mentions.doc_id == doc_id]
    m = m.merge(corpus.paragraphs[["doc_id", "para_id", "section_id"]], on=["doc_id", "para_id"])
    keep = m.actor_id.value_counts().sort_index().sort_values(ascending=False, kind="stable").index[:top]
    sections = corpus.sections[corpus.sections.doc_id == doc_id].section_id
    table = pd.crosstab(m[m.actor_id.isin(keep)].actor_id, m.section_id).reindex(columns=sections, fill_value=0)
    return table.loc[keep]


def dispersion(corpus, doc_id: str, actor_ids: list[str]) -> pd.DataFrame:
    """Each mention of the given actors with its relative position in the document (0 = start, 1 = end)."""
    m = corpus.mentions[(corpus.mentions.doc_id == doc_id) & corpus.mentions.actor_id.isin(actor_ids)].copy()
    m["position"] = m.start / len(corpus.source(doc_id))
    return m[["actor_id", "para_id", "surface", "start", "position"]]


def blocs(group: str | None = "great power", corpus=None) -> pd.DataFrame:
    """Bloc definitions (``blocs.csv`` of the corpus's codebook, else the shipped one) for one ``group`` or
    all, with each bloc's members expanded by affiliation unless ``corpus.options.bloc_by_affiliation`` is off."""
    if corpus is None:
        return Codebook.load().bloc_members(group)
    return corpus.codebook.bloc_members(group, by_affiliation=corpus.options.bloc_by_affiliation)


def bloc_members(corpus, group: str | None = None) -> str:
    """For each bloc, the members the corpus actually names, one bloc a line (a check on the definition)."""
    named = blocs(group, corpus)
    named = named[named.actor_id.isin(corpus.actors.actor_id)]
    return "\n".join(f"{bloc}: {', '.join(ids)}" for bloc, ids in named.groupby("bloc", sort=False).actor_id)


def balance(corpus, doc_id: str, per: int = 1000) -> pd.DataFrame:
    """Great-power blocs by section: mentions per ``per`` words of the section."""
    m = corpus.mentions[corpus.mentions.doc_id == doc_id].merge(blocs(corpus=corpus), on="actor_id")
    m = m.merge(corpus.paragraphs[["doc_id", "para_id", "section_id"]], on=["doc_id", "para_id"])
    words = corpus.paragraphs[corpus.paragraphs.doc_id == doc_id].groupby("section_id").n_words.sum()
    order = list(dict.fromkeys(blocs(corpus=corpus).bloc))
    counts = pd.crosstab(m.section_id, m.bloc).reindex(index=words.index, columns=order, fill_value=0)
    return (counts.div(words, axis=0) * per).round(1)


def bloc_totals(corpus, doc_id: str) -> pd.DataFrame:
    """Mentions, paragraphs and sections per bloc in the document."""
    m = corpus.mentions[corpus.mentions.doc_id == doc_id].merge(blocs(corpus=corpus), on="actor_id")
    m = m.merge(corpus.paragraphs[["doc_id", "para_id", "section_id"]], on=["doc_id", "para_id"])
    out = m.groupby("bloc").agg(
        mentions=("actor_id", "size"), paragraphs=("para_id", "nunique"), sections=("section_id", "nunique")
    )
    return out.reindex(list(dict.fromkeys(blocs(corpus=corpus).bloc))).fillna(0).astype(int)


def key_figures(corpus, doc_id: str) -> dict:
    """The actor numbers the notebook's findings quote."""
    acts = corpus.actors.set_index("actor_id")
    types = by_type(corpus).mentions
    pairs = corpus.cooccurrence[corpus.cooccurrence.doc_id == doc_id].set_index(["actor_a", "actor_b"]).paragraphs
    return {
        "mentions": len(corpus.mentions),
        "distinct actors": len(acts),
        "share of mentions that are states": round(float(types["state"] / types.sum()), 2),
        **{
            f"{acts.name[a]} mentions": int(acts.mentions[a])
            for a in ("united_states", "kazakhstan", "central_asia", "russia", "china")
        },
        "paragraphs naming both KZ and US": int(pairs[("kazakhstan", "united_states")]),
        "most-named persons": acts[acts.type == "person"].mentions.head(4).astype(int).to_dict(),
    }
