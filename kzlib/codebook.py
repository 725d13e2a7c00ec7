"""The curated codebooks in ``data/codebook/``: loaded, checked, and turned into match patterns."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pandas as pd

from . import paths
from .errors import InputError

ACTOR_TYPES = ("state", "person", "organization", "region", "format", "initiative")
ACTOR_COLUMNS = ["actor_id", "name", "type", "affiliation", "aliases", "demonyms", "metonyms", "description"]


@dataclass(frozen=True)
class Surface:
    """One string that names an actor, and how it names it."""

    text: str
    actor_id: str | None  # None for a blocking non-actor phrase
    form: str  # name, alias, acronym, surname, demonym, metonym, blocked


def _split(cell) -> list[str]:
    return [s.strip() for s in str(cell).split(";") if s.strip()] if isinstance(cell, str) else []


def _read_csv(name: str) -> pd.DataFrame:
    path = paths.CODEBOOK / name
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError) as exc:
        raise InputError(f"{path}: cannot read codebook ({exc})") from None


@cache
def actors() -> pd.DataFrame:
    """The actor codebook, checked: unique ids, known types, no surface string shared by two actors."""
    df = _read_csv("actors.csv")
    missing = [c for c in ACTOR_COLUMNS if c not in df]
    if missing:
        raise InputError(f"{paths.CODEBOOK / 'actors.csv'}: missing columns {missing}")
    dupes = df.actor_id[df.actor_id.duplicated()].tolist()
    bad_types = sorted(set(df.type) - set(ACTOR_TYPES))
    if dupes or bad_types:
        raise InputError(f"{paths.CODEBOOK / 'actors.csv'}: duplicate ids {dupes} or unknown types {bad_types}")
    owner: dict[str, str] = {}
    for r in df.itertuples():
        for s in _split(r.aliases) + _split(r.demonyms) + _split(r.metonyms):
            if owner.setdefault(s, r.actor_id) != r.actor_id:
                raise InputError(f"{paths.CODEBOOK / 'actors.csv'}: {s!r} names both {owner[s]} and {r.actor_id}")
    return df.sort_values("actor_id").reset_index(drop=True)


def _alias_form(alias: str, name: str, kind: str) -> str:
    if alias == name:
        return "name"
    if re.fullmatch(r"(?:[A-Z0-9][a-z]?\.?){2,}\+?\d?", alias) and sum(c.isupper() for c in alias) >= 2:
        return "acronym"
    if kind == "person" and " " not in alias:
        return "surname"
    return "alias"


@cache
def surfaces() -> tuple[Surface, ...]:
    """Every surface string of the actor codebook, plus the blocking non-actor phrases."""
    out = []
    for r in actors().itertuples():
        for alias in dict.fromkeys([r.name] + _split(r.aliases)):
            out.append(Surface(alias, r.actor_id, _alias_form(alias, r.name, r.type)))
        out += [Surface(s, r.actor_id, "demonym") for s in _split(r.demonyms)]
        out += [Surface(s, r.actor_id, "metonym") for s in _split(r.metonyms)]
    out += [Surface(p, None, "blocked") for p in _read_csv("non_actors.csv").phrase]
    return tuple(out)


@cache
def titles() -> tuple[str, ...]:
    """Titles that may stand before a person's name ("President", "Secretary of State")."""
    return tuple(sorted(_read_csv("titles.csv").title, key=len, reverse=True))


@cache
def themes() -> pd.DataFrame:
    """The theme codebook: theme_id, label, description."""
    df = _read_csv("themes.csv")
    if df.theme_id.duplicated().any():
        raise InputError(f"{paths.CODEBOOK / 'themes.csv'}: duplicate theme_id")
    return df


@cache
def theme_terms() -> pd.DataFrame:
    """Theme signal terms: theme_id, term (lower case, trailing ``*`` for a prefix), weight; each term in one theme."""
    df = _read_csv("theme_terms.csv")
    df["weight"] = pd.to_numeric(df.weight, errors="coerce")
    bad = df[df.weight.isna() | ~df.theme_id.isin(themes().theme_id) | df.term.duplicated()]
    if len(bad):
        raise InputError(f"{paths.CODEBOOK / 'theme_terms.csv'}: bad rows for terms {bad.term.tolist()[:3]}")
    return df
