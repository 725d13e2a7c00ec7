"""A parsed source with stable ids: sections, paragraphs (clean text + offset map), footnotes."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from . import sentences as segmenter
from .actors import choose
from .codebook import Codebook
from .markup import OffsetMap, list_marker, reading_text
from .source import Source
from .structure import URL, Spanned, Unit, parse, plain


@dataclass
class Paragraph(Spanned):
    """A body paragraph: ``text`` is reading text, ``offsets[i]`` the source position of ``text[i]``."""

    para_id: str
    section_id: str
    order: int
    spans: list[tuple[int, int]]
    text: str
    offsets: OffsetMap
    refs: list[tuple[int, int, int]] = field(default_factory=list)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Source ``(start, end)`` of ``text[i:j]``."""
        return self.offsets.span(i, j)

    @cached_property
    def n_words(self) -> int:
        """Words (runs of non-blank characters) of the text: counted once for the documents and paragraphs tables."""
        return len(self.text.split())


@dataclass
class Section:
    section_id: str
    order: int
    title: str
    heading: tuple[int, int] | None
    start: int
    end: int
    paragraphs: list[Paragraph] = field(default_factory=list)


def _ids(prefix: str, n: int) -> list[str]:
    width = max(3 if prefix == "P" else 2, len(str(n)))
    return [f"{prefix}{k:0{width}d}" for k in range(1, n + 1)]


class Document:
    """One source, parsed. Build it with :func:`kzlib.load` or ``Document(source)``."""

    def __init__(self, source: Source, codebook: Codebook | None = None):
        self.source = source
        # the source's id and text as attributes, not properties: read for every row of every table
        self.doc_id: str = source.doc_id
        self.text: str = source.text
        self.codebook = codebook if codebook is not None else Codebook.load()
        self.units: list[Unit] = parse(source.text)

    def clean(self, unit: Unit) -> tuple[str, OffsetMap]:
        """Reading text of a unit without markup and reference marks."""
        drop = {p for _, s, e in unit.refs for p in range(s, e)}
        if unit.kind == "paragraph":  # a list item's marker ("- ", "1. ") is markup, not words
            drop.update(list_marker(self.text, *unit.spans[0]))
        return reading_text(self.text, unit.spans, drop)

    @cached_property
    def title(self) -> str:
        for u in self.units:
            if u.kind == "title":
                return self.clean(u)[0]
        return ""

    @cached_property
    def sections(self) -> list[Section]:
        bodies = [u for u in self.units if u.kind == "paragraph"]
        para_ids = iter(_ids("P", len(bodies)))
        n_headings = sum(u.kind == "heading" for u in self.units)
        heading_ids = iter(_ids("S", n_headings))
        sections: list[Section] = []
        current: Section | None = None
        order = 0
        for u in self.units:
            if u.kind == "heading":
                title = self.clean(u)[0].rstrip(":.").strip()
                current = Section(next(heading_ids), len(sections), title, (u.start, u.end), u.start, u.end)
                sections.append(current)
            elif u.kind in ("paragraph", "footnote", "unassigned") and (current or u.kind == "paragraph"):
                if current is None:
                    current = Section("S00", 0, "", None, u.start, u.end)
                    sections.append(current)
                current.end = max(current.end, u.end)
                if u.kind == "paragraph":
                    text, offsets = self.clean(u)
                    current.paragraphs.append(
                        Paragraph(next(para_ids), current.section_id, order, list(u.spans), text, offsets, u.refs)
                    )
                    order += 1
        return sections

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]

    @cached_property
    def sentences(self) -> list[tuple[Paragraph, str, int, int]]:
        """``(paragraph, sent_id, i, j)`` for every sentence; ``i:j`` indexes the paragraph's text."""
        return [
            (p, f"{p.para_id}.{k:02d}", i, j)
            for p in self.paragraphs
            for k, (i, j) in enumerate(segmenter.split(p.text, keep=[c[:2] for c in self.names[p.para_id]]), 1)
        ]

    @cached_property
    def names(self) -> dict[str, list]:
        """Codebook names found in each paragraph (see :func:`kzlib.actors.choose`), by para_id."""
        return {p.para_id: choose(p.text, self.codebook) for p in self.paragraphs}

    @cached_property
    def _sentence_starts(self) -> dict[str, tuple[list[int], list[str]]]:
        out: dict[str, tuple[list[int], list[str]]] = {}
        for p, sent_id, i, _ in self.sentences:
            starts, ids = out.setdefault(p.para_id, ([], []))
            starts.append(i)
            ids.append(sent_id)
        return out

    def sentence_at(self, para: Paragraph, i: int) -> str | None:
        """The sent_id of the sentence holding clean character ``i`` of ``para``."""
        starts, ids = self._sentence_starts.get(para.para_id, ([], []))
        k = bisect_right(starts, i) - 1
        return ids[k] if k >= 0 else None

    def paragraph(self, para_id: str) -> Paragraph:
        """The paragraph with this id."""
        return self._by_id[para_id]

    @cached_property
    def _by_id(self) -> dict[str, Paragraph]:
        return {p.para_id: p for p in self.paragraphs}

    def paragraph_at(self, pos: int) -> Paragraph | None:
        """The paragraph whose own spans hold source position ``pos`` (spans never overlap: found by bisection)."""
        starts, spans = self._spans
        k = bisect_right(starts, pos) - 1
        return spans[k][1] if k >= 0 and pos < spans[k][0] else None

    @cached_property
    def _spans(self) -> tuple[list[int], list[tuple[int, Paragraph]]]:
        """Every paragraph span's start, in source order, and its ``(end, paragraph)``."""
        spans = sorted(((s, e, p) for p in self.paragraphs for s, e in p.spans), key=lambda x: x[0])
        return [s for s, _, _ in spans], [(e, p) for _, e, p in spans]

    @cached_property
    def footnote_texts(self) -> list[tuple[int | None, str, OffsetMap]]:
        """``(number, clean text, offsets)`` of each footnote's citation (marker and URL line left out)."""
        out = []
        for u in self.units:
            if u.kind != "footnote":
                continue
            s, e = u.spans[0]
            marker = re.match(r"\S+?(?=[\s.)]|$)[.)]?\s*", self.text[s:e]) if u.number is not None else None
            text, offsets = reading_text(self.text, [(s + (marker.end() if marker else 0), e)])
            out.append((u.number, text, offsets))
        return out

    @cached_property
    def footnotes(self) -> list[dict]:
        refs = {}
        for p in self.paragraphs:
            for number, s, e in p.refs:
                refs.setdefault(number, (p.para_id, s, e))
        rows = []
        notes = [u for u in self.units if u.kind == "footnote"]
        for u, (_, text, _) in zip(notes, self.footnote_texts):
            url_src = self.text[u.url_span[0] : u.url_span[1]] if u.url_span else text
            # a markdown link's address is not in the reading text: then look in the note's source
            url = URL.search(plain(url_src)) or URL.search(plain(self.text[u.spans[0][0] : u.spans[0][1]]))
            para_id, ref_start, ref_end = refs.get(u.number, (None, None, None))
            rows.append(
                dict(
                    number=u.number,
                    text=text,
                    url=url.group(0) if url else "",
                    para_id=para_id,
                    ref_start=ref_start,
                    ref_end=ref_end,
                    start=u.start,
                    end=u.end,
                )
            )
        return rows

    def n_words(self) -> int:
        """Words (runs of non-blank characters) in the paragraphs."""
        return sum(p.n_words for p in self.paragraphs)
