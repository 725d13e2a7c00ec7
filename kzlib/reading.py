"""The reading view: a document's full text with every coded span marked in place.

One HTML page per document (``reading/<doc_id>.html`` in the report) and the same marked-up paragraphs
inline in Jupyter (:meth:`kzlib.corpus.Corpus.show`). The contract other tools rely on:

- every paragraph element has ``id`` = its ``para_id``, every sentence element ``id`` = its ``sent_id``;
- every actor mention is one element with ``data-actor="<actor_id>"`` and ``data-form="<form>"``;
- every dated expression one element with ``data-value="<TIMEX3 value>"`` (``data-kind``, ``data-mod``);
- every theme term matched one element with ``data-theme="<theme_id>"`` (``data-term``);
- every action (when the corpus has an ``actions`` table) one element with ``data-action="<action_id>"``,
  spanning its predicate.

Marks of different layers may overlap. Each paragraph's HTML is built by one sweep over the sorted
boundaries of its sentences and marks (linear in their number): sentences are outermost, longer marks
enclose shorter ones, and a mark that crosses the end of an enclosing element is closed and reopened as a
continuation (``class="cont"``, without the ``data-`` attribute, so each row is counted once). All text
goes through Jinja2's autoescaping (:func:`markupsafe.escape`): source text is shown, never interpreted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from markupsafe import Markup, escape

from .markup import list_marker

LAYERS = ("actors", "dates", "themes", "actions")
LAYER_LABELS = {"actors": "Actors", "dates": "Dates", "themes": "Themes", "actions": "Actions"}
THEME_COLORS = [
    "#2a9d8f",
    "#e76f51",
    "#8e44ad",
    "#d4a017",
    "#1f77b4",
    "#c0392b",
    "#7f8c8d",
    "#16a085",
    "#b5651d",
    "#6c5ce7",
]
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


def slug(value) -> str:
    """An id-safe form of an actor id, theme id or TIMEX3 value (``2015/2021`` → ``2015_2021``)."""
    return _SLUG.sub("_", str(value)).strip("_") or "x"


@dataclass
class Span:
    """An element to wrap around ``text[i:j]``: a sentence (level 0) or a mark (level 1)."""

    i: int
    j: int
    level: int
    tag: str
    attrs: dict
    cont_attrs: dict = field(default_factory=dict)
    opened: bool = False

    def open(self) -> str:
        attrs = self.cont_attrs if self.opened else self.attrs
        return f"<{self.tag}" + "".join(f' {k}="{escape(v)}"' for k, v in attrs.items() if v is not None) + ">"

    def close(self) -> str:
        return f"</{self.tag}>"


def sweep(text: str, spans: list[Span], inserts: list[tuple[int, str]] = ()) -> Markup:
    """HTML of ``text`` with every span wrapped and every ``(position, html)`` insert placed.

    Boundaries are visited in order; at each one the elements ending there are closed (with any element
    opened inside them closed and reopened as a continuation), inserts placed, and the elements starting
    there opened, enclosing ones first. Empty spans are dropped.
    """
    n = len(text)
    spans = [s for s in spans if 0 <= s.i < s.j <= n]
    starts = defaultdict(list)
    for s in spans:
        starts[s.i].append(s)
    at = defaultdict(list)
    for pos, frag in inserts:
        at[min(max(pos, 0), n)].append(frag)
    points = sorted({0, n} | {s.i for s in spans} | {s.j for s in spans} | set(at))
    out: list[str] = []
    stack: list[Span] = []
    prev = 0
    for b in points:
        out.append(str(escape(text[prev:b])))
        prev = b
        reopen: list[Span] = []
        low = next((k for k, s in enumerate(stack) if s.j <= b), None)
        if low is not None:
            for s in reversed(stack[low:]):
                out.append(s.close())
            reopen = [s for s in stack[low:] if s.j > b]
            del stack[low:]
        out.extend(at.get(b, ()))
        for s in sorted(reopen + starts.get(b, []), key=lambda s: (s.level, -s.j)):
            out.append(s.open())
            s.opened = True
            stack.append(s)
    out.append(str(escape(text[prev:])))
    for s in reversed(stack):
        out.append(s.close())
    return Markup("".join(out))


# --------------------------------------------------------------------------------------------- the marks


def _present(value) -> bool:
    try:
        return value is not None and value == value and str(value) != "<NA>" and str(value) != ""
    except (TypeError, ValueError):
        return False


def _text(value) -> str:
    return str(value) if _present(value) else ""


def _mark(layer: str, i: int, j: int, data: dict, href: str, title: str) -> Span:
    cls = f"m m-{layer}"
    attrs = {"class": cls, **data, "tabindex": "0", "role": "link", "data-href": href, "title": title}
    cont = {"class": f"{cls} cont", "data-href": href, "title": title}
    return Span(i, j, 1, "span", attrs, cont)


class Marks:
    """Every coded span of one document, by paragraph, as clean-text intervals ready for :func:`sweep`."""

    def __init__(self, corpus, doc_id: str, layers=LAYERS):
        self.corpus, self.doc_id = corpus, doc_id
        self.layers = tuple(layer for layer in LAYERS if layer in set(layers))
        self.doc = corpus.docs[doc_id]
        self.actor_info = _actor_info(corpus)
        self.theme_info = _theme_info(corpus)
        self.rows: dict[str, list] = {}  # layer -> the table rows marked, for the summaries
        self.by_para: dict[str | None, list[tuple]] = defaultdict(list)  # para_id -> (start, end, layer, row)
        self.in_notes: dict[int, list[tuple]] = defaultdict(list)  # footnote number -> dated expressions
        self.sentences: dict[str, list[tuple]] = defaultdict(list)  # para_id -> (sent_id, i, j)
        for p, sent_id, i, j in self.doc.sentences:
            self.sentences[p.para_id].append((sent_id, i, j))
        for layer in self.layers:
            table = self._table(layer)
            if table is None:
                continue
            rows = list(table[table.doc_id == doc_id].itertuples(index=False))
            self.rows[layer] = rows
            for r in rows:
                start, end = (r.predicate_start, r.predicate_end) if layer == "actions" else (r.start, r.end)
                if not (_present(start) and _present(end)):
                    continue
                if layer == "dates" and not _present(r.para_id) and _present(r.footnote):
                    self.in_notes[int(r.footnote)].append((int(start), int(end), layer, r))
                elif _present(r.para_id):
                    self.by_para[r.para_id].append((int(start), int(end), layer, r))

    def _table(self, layer):
        if layer == "actors":
            return self.corpus.mentions
        if layer == "dates":
            return self.corpus.timexes
        if layer == "themes":
            return self.corpus.theme_evidence
        return getattr(self.corpus, "actions", None)  # optional: a corpus without an actions table has no layer

    def span(self, layer: str, r, i: int, j: int) -> Span:
        """The mark element of one table row over clean characters ``i:j``."""
        if layer == "actors":
            name, kind, _ = self.actor_info.get(r.actor_id, (r.actor_id, "", ""))
            title = (
                f"Actor: {name} ({kind}) · actor_id {r.actor_id} · matched as {r.form} "
                f"(codebook actors.csv, row {r.actor_id})"
            )
            return _mark(
                layer, i, j, {"data-actor": r.actor_id, "data-form": r.form}, f"#actor-{slug(r.actor_id)}", title
            )
        if layer == "dates":
            detail = [f"Date: {r.value}", f"kind {r.kind}"]
            if _present(r.mod):
                detail.append(f"mod {r.mod}")
            if _present(r.precision):
                detail.append(f"precision {r.precision}")
            if _present(r.anchor):
                detail.append(f"relative, anchored to {r.anchor}")
            detail.append(f"role {r.role} · {r.timex_id} (date grammar, kzlib/timex.py)")
            data = {
                "data-value": r.value,
                "data-kind": r.kind,
                "data-mod": _text(r.mod) or None,
                "data-timex": r.timex_id,
            }
            return _mark(layer, i, j, data, f"#date-{slug(r.value)}", " · ".join(detail))
        if layer == "themes":
            label = self.theme_info.get(r.theme_id, (r.theme_id, ""))[0]
            title = f"Theme: {label} · term “{r.term}” weight {r.weight:g} (codebook theme_terms.csv)"
            return _mark(
                layer, i, j, {"data-theme": r.theme_id, "data-term": r.term}, f"#theme-{slug(r.theme_id)}", title
            )
        agents = self.names(getattr(r, "agents", "")) or "?"
        targets = self.names(getattr(r, "targets", ""))
        parts = [f"Action: {agents} → {_text(getattr(r, 'predicate', ''))}" + (f" → {targets}" if targets else "")]
        for col in ("lemma", "cameo", "quad_class", "modality", "date_value"):
            if _present(getattr(r, col, None)):
                parts.append(f"{col} {getattr(r, col)}")
        if getattr(r, "negated", False) is True:
            parts.append("negated")
        parts.append(f"{r.action_id} (predicate lexicon)")
        return _mark(
            layer,
            i,
            j,
            {"data-action": r.action_id, "data-quad": _text(getattr(r, "quad_class", "")) or None},
            f"#action-{slug(r.action_id)}",
            " · ".join(parts),
        )

    def names(self, ids) -> str:
        """Display names of ``;``-joined actor ids."""
        return ", ".join(self.actor_info.get(a, (a,))[0] for a in _text(ids).split(";") if a)

    def spans_for(self, items, positions) -> list[Span]:
        """Marks for ``(start, end, layer, row)`` items, source offsets turned into clean indexes."""
        out = []
        for start, end, layer, r in items:
            i, j = bisect_left(positions, start), bisect_left(positions, end)
            if i < j:
                out.append(self.span(layer, r, i, j))
        return out


def _actor_info(corpus) -> dict[str, tuple[str, str, str]]:
    a = corpus.actors
    return {r.actor_id: (r.name, r.type, _text(r.description)) for r in a.itertuples(index=False)}


def _theme_info(corpus) -> dict[str, tuple[str, str]]:
    """Theme labels and descriptions from the corpus's codebook (or the shipped one)."""
    table = None
    cb = getattr(corpus, "codebook", None)
    for name in ("themes", "themes_table"):
        cand = getattr(cb, name, None) if cb is not None else None
        cand = cand() if callable(cand) else cand
        if cand is not None and hasattr(cand, "theme_id"):
            table = cand
            break
    if table is None:
        try:
            from . import codebook

            table = codebook.themes()
        except Exception:  # a codebook without themes: ids serve as labels
            return {}
    return {r.theme_id: (r.label, _text(getattr(r, "description", ""))) for r in table.itertuples(index=False)}


# ------------------------------------------------------------------------------------------- paragraphs


def _footnote_ref(number, k: int) -> str:
    suffix = "" if k == 1 else f"-{k}"
    return (
        f'<sup class="fnref" id="fnref-{number}{suffix}"><a href="#fn-{number}" '
        f'aria-label="footnote {number}">{number}</a></sup>'
    )


def paragraph_html(marks: Marks, p, ref_counts=None) -> Markup:
    """The inner HTML of one paragraph: sentences, marks and footnote references."""
    positions = list(p.offsets)
    spans = [
        Span(i, j, 0, "span", {"class": "s", "id": sent_id}, {"class": "s cont"})
        for sent_id, i, j in marks.sentences.get(p.para_id, ())
    ]
    spans += marks.spans_for(marks.by_para.get(p.para_id, ()), positions)
    inserts = []
    ref_counts = ref_counts if ref_counts is not None else defaultdict(int)
    for number, s, _ in p.refs:
        ref_counts[number] += 1
        inserts.append((bisect_left(positions, s), _footnote_ref(number, ref_counts[number])))
    html = sweep(p.text, spans, inserts)
    source = marks.doc.text
    marker = list_marker(source, *p.spans[0]) if p.spans else range(0)
    if len(marker):  # a list item shows its source marker ('-', '1.'), which is markup, not words of the tables
        html = Markup('<span class="li-marker">{}</span> ').format(source[marker.start : marker.stop].strip()) + html
    return html


def _sections(marks: Marks, para_ids=None) -> list[dict]:
    refs = defaultdict(int)
    out = []
    for s in marks.doc.sections:
        paras = [
            dict(id=p.para_id, html=paragraph_html(marks, p, refs))
            for p in s.paragraphs
            if para_ids is None or p.para_id in para_ids
        ]
        if paras or para_ids is None:
            out.append(
                dict(
                    id=s.section_id,
                    title=s.title or ("Opening" if s.section_id == "S00" else s.section_id),
                    untitled=not s.title,
                    paragraphs=paras,
                )
            )
    return out


def _footnotes(marks: Marks) -> list[dict]:
    table = marks.corpus.footnotes
    rows = {int(r.number): r for r in table[table.doc_id == marks.doc_id].itertuples(index=False) if _present(r.number)}
    out = []
    for number, text, offsets in marks.doc.footnote_texts:
        r = rows.get(number) if number is not None else None
        positions = list(offsets)
        html = sweep(text, marks.spans_for(marks.in_notes.get(number, ()) if number is not None else (), positions))
        out.append(
            dict(
                number=number,
                html=html,
                para_id=_text(r.para_id) if r is not None else "",
                url=_text(r.url) if r is not None else "",
            )
        )
    return out


def _summaries(marks: Marks) -> dict[str, list[dict]]:
    """Per actor, date value, theme and action: what it is and the paragraphs where it is marked."""

    def places(rows):
        seen = []
        for r in rows:
            pid = _text(r.para_id)
            if pid and pid not in seen:
                seen.append(pid)
        return seen

    out: dict[str, list[dict]] = {}
    if "actors" in marks.rows:
        groups = defaultdict(list)
        for r in marks.rows["actors"]:
            groups[r.actor_id].append(r)
        items = []
        for actor_id, rows in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            name, kind, desc = marks.actor_info.get(actor_id, (actor_id, "", ""))
            forms = sorted({r.form for r in rows})
            items.append(
                dict(
                    anchor=f"actor-{slug(actor_id)}",
                    key=actor_id,
                    label=name,
                    kind=kind,
                    note=desc,
                    count=len(rows),
                    detail="forms: " + ", ".join(forms),
                    places=places(rows),
                )
            )
        out["actors"] = items
    if "dates" in marks.rows:
        groups = defaultdict(list)
        for r in marks.rows["dates"]:
            groups[r.value].append(r)
        items = []
        for value, rows in sorted(groups.items(), key=lambda kv: min(r.start for r in kv[1])):
            surfaces = sorted({" ".join(r.surface.split()) for r in rows})
            notes = [f"note {int(r.footnote)}" for r in rows if not _present(r.para_id) and _present(r.footnote)]
            items.append(
                dict(
                    anchor=f"date-{slug(value)}",
                    key=value,
                    label=value,
                    kind=rows[0].kind,
                    note="as written: " + "; ".join(f"“{s}”" for s in surfaces),
                    count=len(rows),
                    detail=", ".join(notes),
                    places=places(rows),
                )
            )
        out["dates"] = items
    if "themes" in marks.rows:
        groups = defaultdict(list)
        for r in marks.rows["themes"]:
            groups[r.theme_id].append(r)
        items = []
        for theme_id, rows in sorted(groups.items(), key=lambda kv: (-sum(r.weight for r in kv[1]), kv[0])):
            label, desc = marks.theme_info.get(theme_id, (theme_id, ""))
            terms = defaultdict(int)
            for r in rows:
                terms[r.term] += 1
            detail = "terms: " + ", ".join(f"{t} ×{n}" for t, n in sorted(terms.items(), key=lambda kv: -kv[1]))
            items.append(
                dict(
                    anchor=f"theme-{slug(theme_id)}",
                    key=theme_id,
                    label=label,
                    kind="",
                    note=desc,
                    count=len(rows),
                    detail=detail,
                    places=places(rows),
                )
            )
        out["themes"] = items
    if "actions" in marks.rows:
        items = []
        for r in marks.rows["actions"]:
            agents = marks.names(getattr(r, "agents", ""))
            targets = marks.names(getattr(r, "targets", ""))
            label = f"{agents or '?'} → {_text(getattr(r, 'predicate', ''))}" + (f" → {targets}" if targets else "")
            items.append(
                dict(
                    anchor=f"action-{slug(r.action_id)}",
                    key=r.action_id,
                    label=label,
                    kind=_text(getattr(r, "quad_class", "")),
                    note=_text(getattr(r, "date_value", "")),
                    count=1,
                    detail="",
                    places=places([r]),
                )
            )
        out["actions"] = items
    return out


# -------------------------------------------------------------------------------------------- rendering


@cache
def _environment():
    """One Jinja2 environment (templates compiled once), autoescaping everything it renders."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("kzlib", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _context(corpus, doc_id: str, layers, para_ids=None) -> dict:
    if doc_id not in corpus.docs:
        from .errors import InputError

        raise InputError(f"{doc_id}: no such document (have: {', '.join(corpus.docs)})")
    marks = Marks(corpus, doc_id, layers)
    themes = list(marks.theme_info) or sorted({r.theme_id for r in marks.rows.get("themes", [])})
    doc = marks.doc
    return dict(
        doc_id=doc_id,
        title=doc.title or doc_id,
        layers=[la for la in marks.layers if la in marks.rows],
        layer_labels=LAYER_LABELS,
        sections=_sections(marks, para_ids),
        theme_colors={t: THEME_COLORS[k % len(THEME_COLORS)] for k, t in enumerate(themes)},
        theme_labels={t: marks.theme_info.get(t, (t, ""))[0] for t in themes},
        counts={la: len(marks.rows[la]) for la in marks.rows},
        marks=marks,
    )


def page(corpus, doc_id: str, layers=LAYERS, index_href: str | None = "../index.html") -> str:
    """The full reading page of one document (a standalone HTML file: inline CSS and JS, nothing loaded)."""
    ctx = _context(corpus, doc_id, layers)
    ctx.update(
        footnotes=_footnotes(ctx["marks"]),
        summaries=_summaries(ctx["marks"]),
        index_href=index_href,
        sha256=corpus.docs[doc_id].source.sha256,
    )
    return _environment().get_template("reading.html.j2").render(**ctx)


def fragment(corpus, doc_id: str, para_id=None, layers=LAYERS) -> str:
    """The marked-up paragraphs (all, or the ``para_id`` given, or a list of them) as an HTML fragment."""
    ids = None
    if para_id is not None:
        ids = {para_id} if isinstance(para_id, str) else set(para_id)
        known = {p.para_id for p in corpus.docs[doc_id].paragraphs} if doc_id in corpus.docs else set()
        missing = sorted(ids - known)
        if doc_id in corpus.docs and missing:
            from .errors import InputError

            raise InputError(f"{doc_id}: no paragraph {missing[0]}")
    ctx = _context(corpus, doc_id, layers, ids)
    return _environment().get_template("fragment.html.j2").render(**ctx)


def write_pages(corpus, outdir, layers=LAYERS, index_href: str | None = "../index.html") -> list:
    """Write ``outdir/<doc_id>.html`` for every document of the corpus."""
    from pathlib import Path

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for doc_id in corpus.docs:
        path = outdir / f"{doc_id}.html"
        path.write_text(page(corpus, doc_id, layers, index_href), encoding="utf-8")
        written.append(path)
    return written


class Reading:
    """What :meth:`Corpus.show` returns: renders as the marked-up text in Jupyter, like ``displacy.render``."""

    def __init__(self, html: str):
        self.html = html

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<Reading: {len(self.html)} characters of HTML>"


def show(corpus, doc_id: str, para_id=None, layers=LAYERS) -> Reading:
    """The marked-up text of a document, or of one paragraph, for inline display."""
    return Reading(fragment(corpus, doc_id, para_id, layers))
