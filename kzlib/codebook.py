"""The curated codebooks: loaded, checked, and compiled into matchers, all held by one :class:`Codebook`.

The shipped codebook lives inside the package (``kzlib/data/codebook/``, read with ``importlib.resources``),
so an installed kzlib finds it from any folder. A user's own codebook is a folder of CSV files with the
same names and columns:

>>> Codebook.load()                              # the shipped codebook
>>> Codebook.load("my_codebook")                 # only the user's tables (a table the folder lacks is empty)
>>> Codebook.load("my_codebook", extend=True)    # the shipped codebook overlaid with the user's rows
>>> kzlib.load("speech.txt", codebook=Codebook.load("my_codebook", extend=True))

In an overlay a user's row replaces the shipped row with the same key (``actor_id`` for actors, ``term``
for theme terms ...) and every other user row is added. Each table is declared once in :data:`TABLES`
(file, required columns, overlay key, check): adding a table to the codebook is adding a line there.

A :class:`Codebook` reads its files when it is loaded and keeps the matchers compiled from them
(:meth:`Codebook.compiled`) for as long as it lives. Three things are kept per process: the matchers compiled from
equal tables (shared), the checked tables of the last few codebooks read, keyed by their files' exact bytes, so
loading files read before parses nothing again (each load gets its own copies; a changed byte is read afresh), and
the shipped codebook's bytes, read again only when one of its files has changed (:func:`_shipped_bytes`).
"""

from __future__ import annotations

import io
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib.resources import files
from pathlib import Path

import pandas as pd

from .errors import InputError

_SHIPPED = None  # see Codebook.shipped
_COMPILED: dict = {}  # (builder, codebook fingerprint) -> compiled matcher, shared by equal codebooks in a process
_READ: dict = {}  # (extend, the files' bytes) -> (checked tables, fingerprint) of the last codebooks read; see Codebook.load
_READ_KEPT = 8
_SHIPPED_READ: tuple | None = None  # (the shipped files' stat keys, their bytes by table): see _shipped_bytes
_SHIPPED_SOURCES: dict = {}  # the shipped folder (as text) -> where each table is read from: see _shipped_sources
# pandas 3 copies on write: a shallow copy of a table read before is a table of its own, at a fraction of the cost
_DEEP_COPIES = int(pd.__version__.split(".")[0]) < 3

ACTOR_TYPES = ("state", "person", "organization", "region", "format", "initiative")


def shipped_folder():
    """The folder of the codebook shipped inside the package (an ``importlib.resources`` traversable)."""
    return files("kzlib").joinpath("data", "codebook")


@dataclass(frozen=True)
class Surface:
    """One string that names an actor, and how it names it.

    ``kind`` is the codebook column the string comes from (name, alias, demonym, metonym, blocked) and stays
    the same when a variant spelling is matched (``form`` then says ``variant``)."""

    text: str
    actor_id: str | None  # None for a blocking non-actor phrase
    form: str  # name, alias, acronym, surname, demonym, metonym, blocked, variant
    kind: str = ""


@dataclass(frozen=True)
class Table:
    """One codebook table: its file, the columns it must have, the columns it may have (filled with ""),
    the key a user's row replaces a shipped row by, and a check run once every table is read."""

    file: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    key: tuple[str, ...] = ()
    check: Callable[[pd.DataFrame, Codebook], None] | None = field(default=None, compare=False)


def split(cell) -> list[str]:
    """The ``;``-separated items of a cell."""
    return [s.strip() for s in str(cell).split(";") if s.strip()] if isinstance(cell, str) else []


def _check_actors(df: pd.DataFrame, cb: Codebook) -> None:
    where = cb.where("actors")
    dupes = df.actor_id[df.actor_id.duplicated()].tolist()
    bad_types = sorted(set(df.type) - set(ACTOR_TYPES))
    if dupes or bad_types:
        raise InputError(f"{where}: duplicate ids {dupes} or unknown types {bad_types}")
    if (df.actor_id == "").any() or (df.name == "").any():
        raise InputError(f"{where}: every row needs an actor_id and a name")
    owner: dict[str, str] = {}
    for r in df.itertuples():
        for s in split(r.aliases) + split(r.demonyms) + split(r.metonyms):
            if owner.setdefault(s, r.actor_id) != r.actor_id:
                raise InputError(f"{where}: {s!r} names both {owner[s]} and {r.actor_id}")


def _check_blocs(df: pd.DataFrame, cb: Codebook) -> None:
    known = set(cb.actors.actor_id)
    unknown = sorted({m for cell in df.members for m in split(cell)} - known)
    if unknown:
        raise InputError(f"{cb.where('blocs')}: members not in the actor codebook: {unknown[:5]}")


def _check_themes(df: pd.DataFrame, cb: Codebook) -> None:
    if df.theme_id.duplicated().any():
        raise InputError(f"{cb.where('themes')}: duplicate theme_id")


def _check_terms(df: pd.DataFrame, cb: Codebook) -> None:
    weight = pd.to_numeric(df.weight, errors="coerce")
    bad = df[weight.isna() | ~df.theme_id.isin(cb.themes.theme_id) | df.term.duplicated()]
    if len(bad):
        raise InputError(f"{cb.where('theme_terms')}: bad rows for terms {bad.term.tolist()[:3]}")
    df["weight"] = weight


def _check_cues(df: pd.DataFrame, cb: Codebook) -> None:
    if (df.forms == "").any():
        raise InputError(f"{cb.where('event_cues')}: every cue needs its forms")


def _check_modifiers(df: pd.DataFrame, cb: Codebook) -> None:
    if (df.term == "").any():
        raise InputError(f"{cb.where('modifier_terms')}: every row needs a term")
    unknown = sorted({t for cell in df.themes for t in split(cell)} - set(cb.themes.theme_id))
    if unknown:
        raise InputError(f"{cb.where('modifier_terms')}: themes not in the codebook's themes: {unknown[:3]}")


def _check_predicates(df: pd.DataFrame, cb: Codebook) -> None:
    quads = ("", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
    bad = df[~df.quad_class.isin(quads) | (df.verb_forms.eq("") & df.noun_forms.eq(""))]
    if len(bad):
        raise InputError(f"{cb.where('predicates')}: bad rows for lemmas {bad.lemma.tolist()[:3]}")


TABLES: dict[str, Table] = {
    "actors": Table(
        "actors.csv",
        ("actor_id", "name", "type"),
        ("affiliation", "aliases", "demonyms", "metonyms", "description"),
        ("actor_id",),
        _check_actors,
    ),
    "titles": Table("titles.csv", ("title",), ("note",), ("title",)),
    "non_actors": Table("non_actors.csv", ("phrase",), ("note",), ("phrase",)),
    "blocs": Table("blocs.csv", ("bloc", "members"), ("group", "note"), ("bloc",), _check_blocs),
    "themes": Table("themes.csv", ("theme_id",), ("label", "description"), ("theme_id",), _check_themes),
    "theme_terms": Table("theme_terms.csv", ("theme_id", "term", "weight"), ("note",), ("term",), _check_terms),
    "modifier_terms": Table("modifier_terms.csv", ("term", "themes"), ("note",), ("term",), _check_modifiers),
    "event_cues": Table(
        "event_cues.csv", ("lemma", "forms"), ("pos", "cameo", "quad_class", "note"), ("lemma",), _check_cues
    ),
    "neighbours": Table(
        "neighbours.csv", ("actor_id", "neighbour"), ("direction", "region", "note"), ("actor_id", "neighbour")
    ),
    "predicates": Table(
        "predicates.csv",
        ("lemma", "verb_forms", "noun_forms", "cameo", "quad_class"),
        ("targets", "noun_agent", "noun_targets", "object_cue", "light", "note"),
        ("lemma", "cameo"),
        _check_predicates,
    ),
}


def _bytes(folder, spec: Table) -> bytes | OSError | None:
    """A table file's bytes, None when the folder has no such file, or the error reading it (raised by :func:`_read`
    when its table's turn comes, so errors are reported in the order of :data:`TABLES`)."""
    path = folder.joinpath(spec.file)
    if not path.is_file():
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        return exc


def _stat_key(path: str) -> tuple | None:
    """What changes when a file is written or replaced (inode, size, modification and change times), or None."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


SETTLED_NS = 2_000_000_000  # a file changed this long before it was read has a change time no later write repeats


def _shipped_bytes(shipped) -> dict[str, bytes | OSError | None]:
    """:func:`_bytes` of every table of the shipped codebook: the bytes read before in this process while no file
    of it has changed since, so a ``kzlib.load`` that reads the shipped codebook again reads no file (and gets the
    same bytes objects, whose hashes are kept: looking up the tables checked before is no pass over them either).
    A file is unchanged when its :func:`_stat_key` is, and the bytes are kept only when every file had last changed
    :data:`SETTLED_NS` before they were read (as git does for its index: a write within the clock's tick of the
    read would keep the same times, and a later one gets a later change time, which no one can set back). Read
    afresh when the package is not a folder of files (a zip) or a file is missing or unreadable."""
    global _SHIPPED_READ
    if not isinstance(shipped, Path):
        return {name: _bytes(shipped, spec) for name, spec in TABLES.items()}
    read_at = time.time_ns()
    stats = tuple(_stat_key(os.path.join(shipped, spec.file)) for spec in TABLES.values())
    if _SHIPPED_READ is not None and _SHIPPED_READ[0] == stats:
        return _SHIPPED_READ[1]
    data = {name: _bytes(shipped, spec) for name, spec in TABLES.items()}
    if all(st is not None and st[3] < read_at - SETTLED_NS for st in stats) and all(
        isinstance(b, bytes) for b in data.values()
    ):
        _SHIPPED_READ = stats, data
    return data


def _shipped_sources(shipped) -> tuple[tuple[str, str], ...]:
    """Where each table of the shipped codebook is read from (for messages): the same paths for every load, made
    once per folder."""
    key = str(shipped)
    if key not in _SHIPPED_SOURCES:
        _SHIPPED_SOURCES[key] = tuple((name, str(shipped.joinpath(spec.file))) for name, spec in TABLES.items())
    return _SHIPPED_SOURCES[key]


def _read(folder, spec: Table, data: bytes | OSError | None) -> pd.DataFrame | None:
    """A table's rows from ``data``, the bytes of its file in ``folder`` (see :func:`_bytes`), or None when the folder
    has no such file."""
    if data is None:
        return None
    path = folder.joinpath(spec.file)
    try:
        if isinstance(data, OSError):
            raise data
        df = pd.read_csv(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig"), dtype=str, keep_default_na=False)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(f"{path}: cannot read codebook ({exc})") from None
    missing = [c for c in spec.required if c not in df]
    if missing:
        raise InputError(f"{path}: missing columns {missing}")
    for c in spec.optional:
        if c not in df:
            df[c] = ""
    return df


def _empty(spec: Table) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=str) for c in spec.required + spec.optional})


def _overlay(base: pd.DataFrame, extra: pd.DataFrame, spec: Table) -> pd.DataFrame:
    """``base`` with ``extra``'s rows: a row with the same key replaces the base row in place, others are added."""
    extra = extra.reindex(columns=list(dict.fromkeys([*base.columns, *extra.columns])), fill_value="")
    base = base.reindex(columns=extra.columns, fill_value="")
    if not spec.key:
        return pd.concat([base, extra], ignore_index=True)
    keys = list(spec.key)
    new = extra.drop_duplicates(keys, keep="last").set_index(keys)
    old = base.set_index(keys)
    replaced = old.index.isin(new.index)
    old.loc[replaced] = new.loc[old.index[replaced]]
    added = new[~new.index.isin(old.index)]
    return pd.concat([old, added]).reset_index()[extra.columns]


class Codebook:
    """Every codebook table, checked, with the matchers compiled from them.

    Tables are attributes (``cb.actors``, ``cb.theme_terms``, ``cb.event_cues`` ...) and items
    (``cb["actors"]``); :data:`TABLES` lists them. Build one with :meth:`load`.
    """

    def __init__(self, tables: dict[str, pd.DataFrame], origin: str = "codebook", sources: dict | None = None):
        self.tables = tables
        self.origin = origin
        self._sources = sources or {}
        self._compiled: dict = {}
        for name, spec in TABLES.items():
            if spec.check is not None and name in self.tables:
                spec.check(self.tables[name], self)
        if "actors" in self.tables:
            self.tables["actors"] = self.tables["actors"].sort_values("actor_id").reset_index(drop=True)

    @classmethod
    def load(cls, folder=None, extend: bool = False) -> Codebook:
        """The shipped codebook (``folder=None``), a user's own folder, or (``extend=True``) the shipped one
        overlaid with the rows of the user's folder. A table the user's folder lacks is empty, or with
        ``extend`` the shipped one. Files with the very bytes of a codebook read before in this process are not
        parsed and checked again: the load gets its own copies of those checked tables."""
        shipped = shipped_folder()
        if folder is None:
            folder, extend = shipped, False
        else:
            folder = Path(folder)
            if not folder.is_dir():
                raise InputError(f"{folder}: codebook folder not found")
        own = (
            _shipped_bytes(shipped)
            if folder is shipped
            else {name: _bytes(folder, spec) for name, spec in TABLES.items()}
        )
        base = _shipped_bytes(shipped) if extend else {}
        sources = (
            dict(_shipped_sources(shipped))
            if folder is shipped
            else {
                name: f"{shipped.joinpath(spec.file)}" + (f" + {folder / spec.file}" if own[name] is not None else "")
                if extend
                else str(folder.joinpath(spec.file))
                for name, spec in TABLES.items()
            }
        )
        origin = "shipped" if folder is shipped else (f"shipped + {folder}" if extend else str(folder))
        raw = (*own.values(), *base.values())
        key = None if any(isinstance(b, OSError) for b in raw) else (extend, raw)
        if key in _READ:
            tables, fingerprint = _READ[key]
            tables = {name: df.copy(deep=_DEEP_COPIES) for name, df in tables.items()}
            return cls._checked(tables, origin, sources, fingerprint)
        tables = {}
        for name, spec in TABLES.items():
            mine = _read(folder, spec, own[name])
            if extend:
                shipped_rows = _read(shipped, spec, base[name])
                shipped_rows = _empty(spec) if shipped_rows is None else shipped_rows
                tables[name] = shipped_rows if mine is None else _overlay(shipped_rows, mine, spec)
            else:
                tables[name] = _empty(spec) if mine is None else mine
        cb = cls(tables, origin, sources)
        if key is not None:
            while len(_READ) >= _READ_KEPT:
                del _READ[next(iter(_READ))]  # the oldest
            _READ[key] = ({name: df.copy(deep=_DEEP_COPIES) for name, df in cb.tables.items()}, cb.fingerprint)
        return cb

    @classmethod
    def _checked(cls, tables: dict[str, pd.DataFrame], origin: str, sources: dict, fingerprint: str) -> Codebook:
        """A codebook of tables that passed :meth:`__init__`'s checks before, with their fingerprint."""
        cb = cls.__new__(cls)
        cb.tables, cb.origin, cb._sources, cb._compiled = tables, origin, sources, {}
        cb.__dict__["fingerprint"] = fingerprint
        return cb

    @classmethod
    def shipped(cls) -> Codebook:
        """One shared instance of the shipped codebook, for code that is given no codebook (it is package data
        and never changes while the process runs). ``kzlib.load`` reads its own; prefer ``corpus.codebook``."""
        global _SHIPPED
        if _SHIPPED is None:
            _SHIPPED = cls.load()
        return _SHIPPED

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name} {len(df)}" for name, df in self.tables.items())
        return f"<Codebook ({self.origin}): {sizes}>"

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __getattr__(self, name: str):
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(f"{type(self).__name__!r} has no table or attribute {name!r}")

    def where(self, name: str) -> str:
        """Where a table was read from (for error messages)."""
        return self._sources.get(name, f"{self.origin}/{TABLES[name].file}")

    def compiled(self, builder: Callable[[Codebook], object]):
        """``builder(self)``, computed once for this codebook, and once per process for codebooks with the same
        tables (each ``kzlib.load`` reads its own codebook; an export's worker unpickles its one copy), so the
        matchers are compiled once: the place matchers are kept."""
        try:
            return self._compiled[builder]
        except KeyError:
            key = (builder, self.fingerprint)
            out = _COMPILED.get(key)
            if out is None:
                out = _COMPILED[key] = builder(self)
            self._compiled[builder] = out
            return out

    @cached_property
    def fingerprint(self) -> str:
        """A digest of every table's columns and cells: equal codebooks share their compiled matchers."""
        import hashlib

        h = hashlib.sha256()
        for name in sorted(self.tables):  # repr, not pickle: equal cells give equal text whatever objects hold them
            df = self.tables[name]
            h.update(repr((name, list(df.columns), [df[c].tolist() for c in df.columns])).encode())
        return h.hexdigest()

    def __getstate__(self) -> dict:
        """Pickled without compiled matchers (a worker process rebuilds them once, see :meth:`compiled`)."""
        state = self.__dict__.copy()
        state["_compiled"] = {}
        return state

    # --- derived views ----------------------------------------------------------------------------------

    @cached_property
    def surfaces(self) -> tuple[Surface, ...]:
        """Every surface string of the actor codebook, plus the blocking non-actor phrases."""
        return self.compiled(_surfaces)

    @cached_property
    def title_list(self) -> tuple[str, ...]:
        """Titles that may stand before a person's name, longest first."""
        return tuple(sorted((t for t in self.titles.title if t), key=len, reverse=True))

    @cached_property
    def people(self) -> frozenset[str]:
        """The actor ids of type ``person``."""
        return self.compiled(_by_type).get("person", frozenset())

    @cached_property
    def regions(self) -> frozenset[str]:
        """The actor ids of type ``region``."""
        return self.compiled(_by_type).get("region", frozenset())

    @cached_property
    def theme_ids(self) -> list[str]:
        """Theme ids in codebook order."""
        return list(self.themes.theme_id)

    @cached_property
    def cues(self) -> pd.DataFrame:
        """The event cue lexicon with one row per surface form."""
        rows = [
            dict(form=f.strip(), **r._asdict())
            for r in self.event_cues.itertuples(index=False)
            for f in r.forms.split(";")
            if f.strip()
        ]
        cols = ["form", *[c for c in self.event_cues.columns if c != "forms"]]
        return pd.DataFrame(rows, columns=cols)

    @cached_property
    def _sides(self) -> dict[str, str]:
        return self.compiled(_side_table)

    def sides(self) -> dict[str, str]:
        """actor_id → the actor it counts for as a side (a person, organization, initiative or format counts
        for its affiliation; a state, region or international body for itself)."""
        return self._sides

    def bloc_members(self, group: str | None = "great power", by_affiliation: bool = True) -> pd.DataFrame:
        """``bloc, actor_id`` rows: each bloc's listed members, plus (``by_affiliation``) every actor affiliated
        to one of them. ``group=None`` gives every bloc. Built once per codebook and arguments (each call gets
        its own copy): the summaries ask for it many times."""
        key = (group, by_affiliation)
        if key not in self._bloc_members:
            self._bloc_members[key] = self._build_bloc_members(group, by_affiliation)
        return self._bloc_members[key].copy()

    @cached_property
    def _bloc_members(self) -> dict:
        return {}

    def _build_bloc_members(self, group, by_affiliation) -> pd.DataFrame:
        acts = self.actors
        rows = []
        for r in self.blocs.itertuples():
            if group is not None and r.group != group:
                continue
            seeds = split(r.members)
            members = set(seeds) | (set(acts.actor_id[acts.affiliation.isin(seeds)]) if by_affiliation else set())
            rows += [dict(bloc=r.bloc, actor_id=a) for a in sorted(members)]
        return pd.DataFrame(rows, columns=["bloc", "actor_id"])


def _by_type(cb: Codebook) -> dict[str, frozenset[str]]:
    """The actor ids of each type of the actor codebook."""
    return {t: frozenset(ids) for t, ids in cb.actors.groupby("type").actor_id}


def _side_table(cb: Codebook) -> dict[str, str]:
    """The table of :meth:`Codebook.sides` (built once for equal codebooks; nobody changes it)."""
    acts = cb.actors
    raise_to = acts.type.isin(["person", "organization", "initiative", "format"]) & acts.affiliation.ne("")
    return dict(zip(acts.actor_id, acts.affiliation.where(raise_to, acts.actor_id)))


def _surfaces(cb: Codebook) -> tuple[Surface, ...]:
    """The surfaces of :attr:`Codebook.surfaces` (immutable, so equal codebooks share them)."""
    out = []
    for r in cb.actors.itertuples():
        for alias in dict.fromkeys([r.name] + split(r.aliases)):
            out.append(
                Surface(alias, r.actor_id, _alias_form(alias, r.name, r.type), "name" if alias == r.name else "alias")
            )
        out += [Surface(s, r.actor_id, "demonym", "demonym") for s in split(r.demonyms)]
        out += [Surface(s, r.actor_id, "metonym", "metonym") for s in split(r.metonyms)]
    out += [Surface(p, None, "blocked", "blocked") for p in cb.non_actors.phrase if p]
    return tuple(out)


def _alias_form(alias: str, name: str, kind: str) -> str:
    if alias == name:
        return "name"
    if re.fullmatch(r"(?:[A-Z0-9][a-z]?\.?){2,}\+?\d?", alias) and sum(c.isupper() for c in alias) >= 2:
        return "acronym"
    if kind == "person" and " " not in alias:
        return "surname"
    return "alias"


# --- the shipped codebook, read afresh on each call (prefer ``corpus.codebook``) -------------------------


def actors() -> pd.DataFrame:
    """The shipped actor codebook (read afresh; a corpus's own is ``corpus.codebook.actors``)."""
    return Codebook.load().actors


def surfaces() -> tuple[Surface, ...]:
    """The shipped codebook's actor surfaces."""
    return Codebook.load().surfaces


def titles() -> tuple[str, ...]:
    """The shipped codebook's titles, longest first."""
    return Codebook.load().title_list


def themes() -> pd.DataFrame:
    """The shipped theme codebook: theme_id, label, description."""
    return Codebook.load().themes


def theme_terms() -> pd.DataFrame:
    """The shipped theme terms: theme_id, term, weight (a number), note."""
    return Codebook.load().theme_terms
