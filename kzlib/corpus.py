"""The corpus: documents in, tidy pandas tables out (one row per unit, offsets into each source)."""

from __future__ import annotations

import functools
from collections import Counter
from functools import cached_property
from operator import itemgetter
from pathlib import Path

import pandas as pd

from . import actions, actors, candidates, chronology, dyads, frames, network, paths, themes
from .codebook import Codebook
from .collector import few_collections
from .document import Document
from .errors import InputError
from .options import Options
from .source import Source, from_text, read_source

STRUCTURE_TABLES = ("documents", "sections", "paragraphs", "sentences", "footnotes", "unassigned")
ACTOR_TABLES = ("actors", "mentions", "cooccurrence", "candidates")
CHRONOLOGY_TABLES = ("timexes", "actions", "events")
THEME_TABLES = ("themes", "theme_evidence")
SYNTHESIS_TABLES = ("dyads",)
COLUMNS = {
    "documents": [
        "doc_id",
        "path",
        "title",
        "n_chars",
        "n_words",
        "n_paragraphs",
        "sha256",
        "title_start",
        "title_end",
        "date",
        "date_start",
        "date_end",
    ],
    "sections": [
        "doc_id",
        "section_id",
        "order",
        "title",
        "start",
        "end",
        "heading_start",
        "heading_end",
        "n_paragraphs",
    ],
    "paragraphs": ["doc_id", "para_id", "section_id", "order", "text", "start", "end", "n_words", "segments"],
    "sentences": ["doc_id", "sent_id", "para_id", "order", "text", "start", "end"],
    "footnotes": ["doc_id", "number", "text", "url", "para_id", "ref_start", "ref_end", "start", "end"],
    "unassigned": ["doc_id", "start", "end", "text", "reason"],
    "actors": ["actor_id", "name", "type", "affiliation", "description", "mentions", "paragraphs", "documents"],
    "mentions": ["doc_id", "actor_id", "para_id", "sent_id", "start", "end", "surface", "form"],
    "cooccurrence": network.COLUMNS,
    "candidates": candidates.COLUMNS,
    "timexes": [
        "doc_id",
        "timex_id",
        "para_id",
        "sent_id",
        "footnote",
        "role",
        "surface",
        "value",
        "kind",
        "mod",
        "timex3_mod",
        "start",
        "end",
        "year_start",
        "year_end",
        "precision",
        "anchor",
    ],
    "events": chronology.EVENT_COLUMNS,
    "actions": actions.COLUMNS,
    "themes": themes.SCORE_COLUMNS,
    "theme_evidence": themes.EVIDENCE_COLUMNS,
    "dyads": dyads.COLUMNS,
}


INT_COLUMNS = frozenset(
    [
        "start",
        "end",
        "ref_start",
        "ref_end",
        "heading_start",
        "heading_end",
        "title_start",
        "title_end",
        "date_start",
        "date_end",
        "footnote",
        "number",
        "year_start",
        "year_end",
        "cue_start",
        "cue_end",
    ]
)  # offsets, years and note numbers: nullable integers


# the columns of ``mentions`` that the actors, cooccurrence, theme_evidence and dyads tables read
MENTION_LISTS = ("doc_id", "sent_id", "para_id", "actor_id", "form", "start", "end")


def _frame(rows: list[dict], table: str) -> pd.DataFrame:
    """One table from its rows (dicts; a missing key is a missing value), built column by column."""
    return frames.from_rows(rows, COLUMNS[table], INT_COLUMNS)


def _by_doc(mentions: pd.DataFrame, doc_ids) -> dict[str, pd.DataFrame]:
    """The mentions of each document of ``doc_ids`` (an empty table for one without any): the table itself when
    it holds one document (no ``groupby``, about 1 ms on a chapter), else one ``groupby``."""
    if len(doc_ids) == 1 and len(mentions):
        return {next(iter(doc_ids)): mentions}
    by_doc = dict(tuple(mentions.groupby("doc_id")))
    if len(by_doc) < len(doc_ids):
        empty = mentions.iloc[:0]
        by_doc.update({d: empty for d in doc_ids if d not in by_doc})
    return by_doc


def _document_date(doc) -> dict:
    """The document's own date (its date line or dateline) and where it stands, for the ``documents`` table."""
    from .chronology import own_date_span

    own = own_date_span(doc)  # a year-less dateline takes a year
    return {} if own is None else dict(date=own[0], date_start=own[1], date_end=own[2])


def actor_counts(mentions: pd.DataFrame | dict[str, list]) -> dict[str, list[int]]:
    """``actor_id -> [mentions, paragraphs, documents]`` of a mentions table (or its columns as lists, by name).
    Documents never share a paragraph, so the counts of disjoint sets of documents add up to the counts of them all
    (see :mod:`kzlib.batch`)."""
    docs, paras, actors = (
        list(mentions[c]) if isinstance(mentions, dict) else mentions[c].tolist()
        for c in ("doc_id", "para_id", "actor_id")
    )
    # counted by C-level iterators: each actor's distinct (document, paragraph) and documents, no loop per mention
    in_paras = Counter(map(itemgetter(2), set(zip(docs, paras, actors))))
    in_docs = Counter(map(itemgetter(1), set(zip(docs, actors))))
    return {a: [n, in_paras[a], in_docs[a]] for a, n in Counter(actors).items()}


def actor_table(counts: dict[str, list[int]], codebook: Codebook) -> pd.DataFrame:
    """The ``actors`` table from :func:`actor_counts`: codebook rows, most mentioned first, then by id."""
    import numpy as np

    ids, arrays = codebook.compiled(_actor_arrays)
    order = sorted((i for i, a in enumerate(ids) if a in counts), key=lambda i: (-counts[ids[i]][0], ids[i]))
    # built from columns (each codebook column's own array, taken in order): a quarter of the time of selecting rows
    # and assigning columns to a frame
    data = {c: array.take(order) for c, array in arrays.items()}
    found = [counts[ids[i]] for i in order]
    data["mentions"] = frames.nullable_ints([n for n, _, _ in found])
    data["paragraphs"] = np.array([p for _, p, _ in found], dtype="int64")
    data["documents"] = np.array([d for _, _, d in found], dtype="int64")
    df = frames.frame(data)
    return df if list(df.columns) == COLUMNS["actors"] else df[COLUMNS["actors"]]


def _actor_arrays(codebook: Codebook) -> tuple[list, dict]:
    """The codebook's actor ids and the arrays of its columns that the ``actors`` table takes, read once per codebook
    (a column read from a frame costs about 70,000 instructions on pandas 3)."""
    cb = codebook.actors
    return cb["actor_id"].tolist(), {c: cb[c].array for c in COLUMNS["actors"] if c in cb}


def _table(compute):
    """A table computed on first use and kept (a ``cached_property``), with :func:`few_collections` meanwhile."""

    @functools.wraps(compute)
    def run(self):
        with few_collections():
            return compute(self)

    return cached_property(run)


class Corpus:
    """Parsed documents and their tables. Tables are computed on first use and kept."""

    def __init__(self, sources: list[Source], codebook: Codebook | None = None, options: Options | None = None):
        if not sources:
            raise InputError("no sources given")
        ids = [s.doc_id for s in sources]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise InputError(f"two sources share the doc_id {dupes[0]!r}; rename one file")
        if options is not None and not isinstance(options, Options):
            raise TypeError(f"options must be a kzlib.Options, not {type(options).__name__}")
        if codebook is not None and not isinstance(codebook, Codebook):
            raise TypeError(f"codebook must be a kzlib.Codebook, not {type(codebook).__name__}")
        self.codebook: Codebook = codebook if codebook is not None else Codebook.load()
        self.options: Options = options if options is not None else Options()
        self.docs: dict[str, Document] = {s.doc_id: Document(s, self.codebook) for s in sources}

    def __repr__(self) -> str:
        return f"<Corpus of {len(self.docs)} document(s): {', '.join(self.docs)}>"

    def doc(self, doc_id: str) -> Corpus:
        """One document as a corpus of its own: its tables and view, with this corpus's codebook and options.

        Tables this corpus has already computed are filtered, not recomputed, and the parsed document is shared;
        so summaries and plots can take ``corpus.doc(doc_id)`` instead of filtering every table by ``doc_id``."""
        self._doc(doc_id)
        if len(self.docs) == 1:
            return self
        one = Corpus.__new__(Corpus)
        one.codebook, one.options, one.docs = self.codebook, self.options, {doc_id: self.docs[doc_id]}
        for name, value in self.__dict__.items():
            if isinstance(value, pd.DataFrame) and "doc_id" in value:
                one.__dict__[name] = value[value.doc_id == doc_id].reset_index(drop=True)
            elif name.startswith("_") and isinstance(value, dict) and set(value) <= set(self.docs):
                one.__dict__[name] = {doc_id: value[doc_id]} if doc_id in value else {}
        return one

    def _doc(self, doc_id: str) -> Document:
        """The parsed document ``doc_id``; a ``KeyError`` that names the documents there are."""
        if doc_id not in self.docs:
            raise KeyError(f"no document {doc_id!r} in this corpus (it has {', '.join(self.docs)})")
        return self.docs[doc_id]

    def source(self, doc_id: str) -> str:
        """The decoded text of a document, into which every offset points."""
        return self._doc(doc_id).text

    def span(self, doc_id: str, start: int, end: int) -> str:
        """``source[start:end]`` of a document: the words behind any row."""
        return self._doc(doc_id).text[start:end]

    def reading(self, doc_id: str, start: int, end: int) -> str:
        """The clean reading text behind a source span (markup, breaks and footnotes left out)."""
        d = self._doc(doc_id)
        p = d.paragraph_at(start)
        if p is None:
            return d.text[start:end]
        return p.text[p.offsets.count_below(start) : p.offsets.count_below(end)].strip()

    @_table
    def documents(self) -> pd.DataFrame:
        rows = []
        for d in self.docs.values():
            title = next((u for u in d.units if u.kind == "title"), None)
            rows.append(
                dict(
                    doc_id=d.doc_id,
                    path=paths.display(d.source.path),
                    title=d.title or d.doc_id,
                    n_chars=len(d.text),
                    n_words=d.n_words(),
                    n_paragraphs=len(d.paragraphs),
                    sha256=d.source.sha256,
                    title_start=title.start if title else None,
                    title_end=title.end if title else None,
                    **_document_date(d),
                )
            )
        return _frame(rows, "documents")

    @_table
    def sections(self) -> pd.DataFrame:
        rows = [
            dict(
                doc_id=d.doc_id,
                section_id=s.section_id,
                order=s.order,
                title=s.title,
                start=s.start,
                end=s.end,
                heading_start=s.heading[0] if s.heading else None,
                heading_end=s.heading[1] if s.heading else None,
                n_paragraphs=len(s.paragraphs),
            )
            for d in self.docs.values()
            for s in d.sections
        ]
        return _frame(rows, "sections")

    @_table
    def paragraphs(self) -> pd.DataFrame:
        rows = [
            dict(
                doc_id=d.doc_id,
                para_id=p.para_id,
                section_id=p.section_id,
                order=p.order,
                text=p.text,
                start=p.start,
                end=p.end,
                n_words=p.n_words,
                segments=" ".join(f"{s}:{e}" for s, e in p.spans),
            )
            for d in self.docs.values()
            for p in d.paragraphs
        ]
        return _frame(rows, "paragraphs")

    @_table
    def sentences(self) -> pd.DataFrame:
        rows = [
            (d.doc_id, sent_id, p.para_id, order, p.text[i:j], *p.span(i, j))
            for d in self.docs.values()
            for order, (p, sent_id, i, j) in enumerate(d.sentences)
        ]
        # the columns taken from the row tuples at once (no dict per row): what _frame builds from dicts
        return frames.frame(frames.tuples_to_columns(rows, COLUMNS["sentences"]), INT_COLUMNS)

    @_table
    def footnotes(self) -> pd.DataFrame:
        rows = [dict(doc_id=d.doc_id, **f) for d in self.docs.values() for f in d.footnotes]
        return _frame(rows, "footnotes")

    @_table
    def unassigned(self) -> pd.DataFrame:
        rows = [
            dict(doc_id=d.doc_id, start=u.start, end=u.end, text=d.text[u.start : u.end], reason=u.reason)
            for d in self.docs.values()
            for u in d.units
            if u.kind == "unassigned"
        ]
        return _frame(rows, "unassigned")

    @_table
    def mentions(self) -> pd.DataFrame:
        rows = [m for d in self.docs.values() for m in actors.mentions(d, self.codebook, self.options)]
        return _frame(rows, "mentions")

    @cached_property
    def _mention_lists(self) -> dict[str, list]:
        """The columns of ``mentions`` that other tables read, each read from it once as a list (a column read
        from a frame costs about 70,000 instructions on pandas 3; five tables read these)."""
        m = self.mentions
        return {c: m[c].tolist() for c in MENTION_LISTS}

    @_table
    def actors(self) -> pd.DataFrame:
        """Codebook rows of the actors mentioned, with how often and how widely."""
        return actor_table(actor_counts(self._mention_lists), self.codebook)

    @_table
    def cooccurrence(self) -> pd.DataFrame:
        return network.cooccurrence(self._mention_lists)

    @_table
    def candidates(self) -> pd.DataFrame:
        """Recurring proper-name phrases no codebook entry covers (see :mod:`kzlib.candidates`): who is missing."""
        return _frame([r for d in self.docs.values() for r in candidates.candidates(d, self.codebook)], "candidates")

    @_table
    def _timex_rows(self) -> dict[str, list[dict]]:
        return {doc_id: chronology.timexes(d) for doc_id, d in self.docs.items()}

    @_table
    def timexes(self) -> pd.DataFrame:
        return _frame([t for rows in self._timex_rows.values() for t in rows], "timexes")

    @_table
    def events(self) -> pd.DataFrame:
        """Dated happenings, in text order (sort by ``year_start`` for story order): the dated actions and the
        dated states of affairs no action carries (see :func:`kzlib.chronology.dated_events`)."""
        acts = self._action_rows
        by_doc = _by_doc(self.mentions, self.docs)
        rows = [
            e
            for doc_id, d in self.docs.items()
            for e in chronology.dated_events(
                d,
                acts.get(doc_id, []),
                self._timex_rows[doc_id],
                by_doc[doc_id],
                self.codebook,
                self.options,
            )
        ]
        return _frame(rows, "events")

    @_table
    def _action_rows(self) -> dict[str, list[dict]]:
        by_doc = _by_doc(self.mentions, self.docs)
        return {
            doc_id: actions.actions(d, by_doc[doc_id], self._timex_rows[doc_id], self.codebook)
            for doc_id, d in self.docs.items()
        }

    @_table
    def actions(self) -> pd.DataFrame:
        """Who does what to whom: one row per action reported, dated or not (see :mod:`kzlib.actions`)."""
        return actions.frame([a for rows in self._action_rows.values() for a in rows])

    @_table
    def theme_evidence(self) -> pd.DataFrame:
        """Every theme term matched, with its offsets: the evidence behind ``themes``."""
        # no term inside a name; a person's title before it ("Secretary of State John Kerry") is no name, and the
        # codebook's titles ("secretary of state") are theme terms
        m = self._mention_lists
        names: dict[str, list] = {}  # each document's name spans (plain lists: no frame filtered and grouped)
        for doc_id, form, s, e in zip(m["doc_id"], m["form"], m["start"], m["end"]):
            if form != "titled":
                names.setdefault(doc_id, []).append((s, e))
        names = {k: sorted(v) for k, v in names.items()}
        rows = [r for d in self.docs.values() for r in themes.evidence(d, self.codebook, names.get(d.doc_id, ()))]
        return _frame(rows, "theme_evidence")

    @_table
    def themes(self) -> pd.DataFrame:
        """Every (paragraph, theme) with its score per 100 words (see :mod:`kzlib.themes`)."""
        return themes.scores(
            self.paragraphs, self.theme_evidence, self.codebook.theme_ids, flat=self.options.theme_weights == "flat"
        )

    @_table
    def dyads(self) -> pd.DataFrame:
        """Pairs of actors acting together in an event, CAMEO quad-coded (see :mod:`kzlib.dyads`)."""
        return dyads.dyads(self)

    def kwic(self, query: str, width: int = 50, regex: bool = False) -> pd.DataFrame:
        """Keyword in context for an actor_id or a term: see :func:`kzlib.kwic.kwic`."""
        from .kwic import kwic

        return kwic(self, query, width, regex)

    def show(self, doc_id: str, para_id=None, layers=("actors", "dates", "themes", "actions")):
        """The text with every actor, date, theme term (and action) marked in place, rendered inline in Jupyter
        (like ``displacy.render``); ``para_id`` limits it to one paragraph or a list. See :mod:`kzlib.reading`."""
        from .reading import show

        return show(self, doc_id, para_id, layers)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every exported table by name, in export order."""
        names = STRUCTURE_TABLES + ACTOR_TABLES + CHRONOLOGY_TABLES + THEME_TABLES + SYNTHESIS_TABLES
        return {name: getattr(self, name) for name in names}


def _source_list(s) -> list:
    """A list (or other iterable) of source paths, each checked: a path is a ``str`` or ``pathlib.Path``; bytes
    or a number is an :class:`InputError` naming what was given, not a ``TypeError`` from deep inside."""
    if isinstance(s, (bytes, bytearray)):
        raise InputError("a source is a file path (str or pathlib.Path), not bytes: pass text as texts={'id': '...'}")
    try:
        items = list(s)
    except TypeError:
        raise InputError(f"a source is a file path (str or pathlib.Path), not {type(s).__name__}") from None
    for p in items:
        if not isinstance(p, (str, Path)):
            raise InputError(f"a source is a file path (str or pathlib.Path), not {type(p).__name__}")
    return items


def load(
    *sources,
    texts: dict[str, str] | None = None,
    codebook: Codebook | None = None,
    options: Options | None = None,
    jobs: int = 1,
) -> Corpus:
    """Load sources as a :class:`Corpus`.

    ``load(path, ...)`` reads the given files (or lists of files; an empty list is an error, not the seeds);
    ``load(texts={"doc_id": "text ..."})`` parses texts in memory (a blank one is an error); ``load()`` alone
    reads every ``.txt`` in the project's ``seeds/`` folder (in a checkout; an installed package has none).
    ``codebook`` is a :class:`kzlib.Codebook` (default: the shipped one), ``options`` a :class:`kzlib.Options`
    (default: the documented conventions). ``jobs=N`` builds the tables
    in N worker processes (the same tables, byte for byte, as one process).
    """
    items: list[Source] = []
    if texts is not None and not isinstance(texts, dict):
        raise InputError(f"texts must be a dict of doc_id to text, not {type(texts).__name__}")
    if texts:
        items += [from_text(t, doc_id) for doc_id, t in texts.items()]
    flat = [p for s in sources for p in ([s] if isinstance(s, (str, Path)) else _source_list(s))]
    if not flat and not texts:
        if sources or texts is not None:
            raise InputError("no sources given (an empty list of files or texts)")
        if not paths.SEEDS.is_dir():  # an installed package has no seeds/: say what is missing, not where
            raise InputError("no source given: name the text files to load, e.g. kzlib.load('speech.txt')")
        flat = paths.seed_files()
        if not flat:
            raise InputError(f"{paths.SEEDS}: no .txt sources found (give the text files to load)")
    items += [read_source(p) for p in flat]
    corpus = Corpus(items, codebook=codebook, options=options)
    if jobs != 1 and len(items) > 1:
        from .batch import combine, map_documents

        per_doc = map_documents(items, jobs, codebook=corpus.codebook, options=corpus.options)
        corpus.__dict__.update(combine(per_doc, corpus.codebook))
    return corpus
