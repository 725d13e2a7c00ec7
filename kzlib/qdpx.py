"""REFI-QDA export and import: kzlib's coding as a ``.qdpx`` project for ATLAS.ti, MAXQDA, NVivo or QualCoder.

A ``.qdpx`` file is a zip holding ``project.qde`` (QDA-XML, namespace ``urn:QDA-XML:project:1.0``, schema
``kzlib/standards/Project-mrt2019.xsd``) and every source as plain UTF-8 text (``sources/<guid>.txt``).

The codebook has four branches of codes, folders not codable themselves:

- **Actors**: one code per codebook actor, grouped under its type (state, person, ...), described by the
  codebook; every row of ``mentions`` is a selection coded with its actor.
- **Themes**: one code per codebook theme; every row of ``theme_evidence`` is a selection.
- **Actions** (when the corpus has an ``actions`` table): one code per CAMEO quad class, plus one for actions
  no class fits; every action's clause is a selection.
- **Dates**: one code per precision of a dated expression (day, month, ..., duration, set); every row of
  ``timexes`` is a selection.

Selections count Unicode code points from 0 with the end exclusive, as Python slices do, so
``source[startPosition:endPosition]`` is the selection's text. Document metadata (title, date, words, sha256)
become variables of each source. The archive is deterministic: GUIDs are uuid5 of kzlib ids, timestamps and
zip entry dates fixed, entries in a fixed order, so two exports of the same corpus are byte-identical.

:func:`read` reads any ``.qdpx`` with text sources back into tables, and :func:`compare` lists where a
reviewer's coding (exported from a QDA tool) differs from kzlib's.
"""

from __future__ import annotations

import os
import tempfile
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .chronology import time_of_writing
from .errors import InputError

NS = "urn:QDA-XML:project:1.0"
SCHEMA = Path(__file__).parent / "standards" / "Project-mrt2019.xsd"
GUID_NAMESPACE = uuid.UUID("6f1c1e52-3b0e-5a8f-9d7e-6b7a1c0e2d41")  # fixed: kzlib's GUIDs never change
TIMESTAMP = "2000-01-01T00:00:00Z"  # every creation time: the archive does not depend on when it was made
ZIP_DATE = (2000, 1, 1, 0, 0, 0)
SELECTION_COLUMNS = ["doc_id", "layer", "code", "group", "start", "end", "text", "ref"]

QUAD_CLASSES = {
    "verbal cooperation": "CAMEO roots 01-05: public statements, appeals, intent to cooperate, consultation, "
    "diplomatic cooperation.",
    "material cooperation": "CAMEO roots 06-08: economic, military and humanitarian cooperation, aid, yielding.",
    "verbal conflict": "CAMEO roots 09-13: demands, disapproval, rejection, threats.",
    "material conflict": "CAMEO roots 14-20: protest, reduced relations, coercion, assault, fighting.",
    "no quad class": "An action that no CAMEO quad class fits, such as a domestic step.",
}
PRECISIONS = {
    "day": "A calendar date to the day (TIMEX3 YYYY-MM-DD).",
    "week": "A calendar week (ISO week, YYYY-Www).",
    "month": "A month of a year (YYYY-MM).",
    "season": "A season of a year (YYYY-SP, -SU, -FA, -WI).",
    "half": "A half year (YYYY-H1, -H2).",
    "quarter": "A quarter (YYYY-Q1 ... -Q4).",
    "year": "A year, or a range of years.",
    "decade": "A decade or a part of one (201X).",
    "duration": "A length of time (P3D, PXM).",
    "set": "A recurring time (P1Y: every year).",
}
ACTOR_TYPES = ["state", "person", "organization", "region", "format", "initiative"]  # the codebook's order
BRANCHES = {
    "Actors": "Who is named: one code per codebook actor, grouped by the actor's type.",
    "Themes": "What the text is about: one code per codebook theme; each selection is a matched theme term.",
    "Actions": "What is done: one code per CAMEO quad class; each selection is an action's clause.",
    "Dates": "When: one code per precision of a dated expression (TIMEX3).",
}


def guid(*parts) -> str:
    """A stable GUID for a kzlib id (uuid5 of its parts)."""
    return str(uuid.uuid5(GUID_NAMESPACE, "/".join(str(p) for p in parts)))


# ---------------------------------------------------------------------------------------------- the coding


def _codebook(corpus):
    """(actors, themes) codebook tables: the corpus's own codebook when it carries one."""
    cb = getattr(corpus, "codebook", None)
    if cb is not None and hasattr(cb, "actors") and hasattr(cb, "themes"):
        actors, themes = cb.actors, cb.themes
        actors = actors() if callable(actors) else actors
        themes = themes() if callable(themes) else themes
        return actors, themes
    from . import codebook

    return codebook.actors(), codebook.themes()


def codes(corpus) -> pd.DataFrame:
    """The codebook as written: one row per code (folders included), parents before children.

    Columns: ``code`` (name), ``group`` (the parent's name, empty at the top), ``codable``, ``description``
    and ``key`` (the kzlib id the code stands for: an actor_id, theme_id, quad class or precision).
    """
    actors, themes = _codebook(corpus)
    rows = []

    def add(name, group, codable, description, key=""):
        description = description if isinstance(description, str) else ""
        rows.append(dict(code=name, group=group, codable=codable, description=description, key=key))

    add("Actors", "", False, BRANCHES["Actors"])
    kinds = sorted(actors.type.unique(), key=lambda k: (ACTOR_TYPES.index(k) if k in ACTOR_TYPES else 99, k))
    for kind in kinds:
        members = actors[actors.type == kind].sort_values("name")
        add(kind, "Actors", False, f"Actors of type {kind}.")
        for r in members.itertuples():
            add(r.name, kind, True, r.description, r.actor_id)
    add("Themes", "", False, BRANCHES["Themes"])
    for r in themes.itertuples():
        add(r.label, "Themes", True, r.description, r.theme_id)
    if _actions(corpus) is not None:
        add("Actions", "", False, BRANCHES["Actions"])
        for name, description in QUAD_CLASSES.items():
            add(name, "Actions", True, description, name)
    add("Dates", "", False, BRANCHES["Dates"])
    for name, description in PRECISIONS.items():
        add(name, "Dates", True, description, name)
    df = pd.DataFrame(rows, columns=["code", "group", "codable", "description", "key"])
    dupes = df.code[df.code.duplicated()].tolist()
    if dupes:
        raise InputError(f"codebook: the code name {dupes[0]!r} is used twice; names must be unique in QDA software")
    return df


def _actions(corpus):
    """The ``actions`` table when this version of kzlib has one, else None."""
    return corpus.actions if hasattr(type(corpus), "actions") else None


def selections(corpus) -> pd.DataFrame:
    """Every coded selection kzlib writes, in the shape :func:`read` returns: the table to compare with.

    Columns: ``doc_id``, ``layer`` (mentions, theme_evidence, actions, timexes), ``code``, ``group`` (its
    parent code), ``start``, ``end`` (code points, end exclusive), ``text`` (``source[start:end]``) and ``ref``
    (the row's kzlib id).
    """
    actors, themes = _codebook(corpus)
    actor_code = dict(zip(actors.actor_id, actors.name))
    actor_group = dict(zip(actors.actor_id, actors.type))
    theme_code = dict(zip(themes.theme_id, themes.label))
    rows = []

    def add(doc_id, layer, code, group, start, end, ref):
        start, end = int(start), int(end)
        rows.append((doc_id, layer, code, group, start, end, corpus.span(doc_id, start, end), ref))

    for r in corpus.mentions.itertuples():
        add(r.doc_id, "mentions", actor_code[r.actor_id], actor_group[r.actor_id], r.start, r.end, r.sent_id)
    for r in corpus.theme_evidence.itertuples():
        add(r.doc_id, "theme_evidence", theme_code[r.theme_id], "Themes", r.start, r.end, r.para_id)
    actions = _actions(corpus)
    if actions is not None:
        for r in actions.itertuples():
            quad = r.quad_class if isinstance(r.quad_class, str) and r.quad_class else "no quad class"
            add(r.doc_id, "actions", quad, "Actions", r.start, r.end, r.action_id)
    for r in corpus.timexes.itertuples():
        precision = r.precision if isinstance(r.precision, str) and r.precision in PRECISIONS else None
        if precision is None:  # a grammar newer than this table of precisions: fall back on the kind
            precision = r.kind if r.kind in PRECISIONS else "year"
        add(r.doc_id, "timexes", precision, "Dates", r.start, r.end, r.timex_id)
    df = pd.DataFrame(rows, columns=SELECTION_COLUMNS)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    return df.sort_values(["doc_id", "start", "end", "layer", "code"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------- writing


def _el(parent, tag, **attrs):
    return ET.SubElement(parent, f"{{{NS}}}{tag}", {k: str(v) for k, v in attrs.items()})


def _text_el(parent, tag, text):
    el = _el(parent, tag)
    el.text = text
    return el


def project_xml(corpus, name: str = "kzlib coding") -> tuple[bytes, dict[str, str]]:
    """``project.qde`` as bytes, and the source files to go with it (``sources/<guid>.txt`` -> text)."""
    code_table = codes(corpus)
    sel = selections(corpus)
    user = guid("user", "kzlib")
    ET.register_namespace("", NS)
    root = ET.Element(
        f"{{{NS}}}Project", {"name": name, "origin": "kzlib", "creatingUserGUID": user, "creationDateTime": TIMESTAMP}
    )
    users = _el(root, "Users")
    _el(users, "User", guid=user, name="kzlib", id="kzlib")

    code_guid = {r.code: guid("code", r.group, r.code) for r in code_table.itertuples()}
    book = _el(_el(root, "CodeBook"), "Codes")
    elements = {"": book}
    for r in code_table.itertuples():
        el = _el(
            elements[r.group], "Code", guid=code_guid[r.code], name=r.code, isCodable="true" if r.codable else "false"
        )
        if r.description:
            _text_el(el, "Description", r.description)
        elements[r.code] = el

    variables = _el(root, "Variables")
    var_defs = [
        ("title", "Text", "The document's title (its first line when that reads as one)."),
        (
            "date",
            "Text",
            "The document's time of writing as a TIMEX3 value, the day or year 'today' names in it: its own "
            "date line or dateline (documents.date; a dateline without a year takes the year the text gives), "
            "else the latest date the text gives (kzlib.chronology.time_of_writing).",
        ),
        ("doc_id", "Text", "kzlib's id of the document (from its file name)."),
        ("words", "Integer", "Number of words."),
        ("sha256", "Text", "SHA-256 of the source file, to cite the exact text."),
    ]
    var_guid = {}
    for vname, vtype, description in var_defs:
        var_guid[vname] = guid("variable", vname)
        _text_el(
            _el(variables, "Variable", guid=var_guid[vname], name=vname, typeOfVariable=vtype),
            "Description",
            description,
        )

    sources_el = _el(root, "Sources")
    files = {}
    by_doc = dict(tuple(sel.groupby("doc_id", sort=False)))
    for d in corpus.documents.itertuples():
        source_guid = guid("source", d.doc_id)
        filename = f"{source_guid}.txt"
        files[f"sources/{filename}"] = corpus.source(d.doc_id)
        src = _el(
            sources_el,
            "TextSource",
            guid=source_guid,
            name=d.doc_id,
            plainTextPath=f"internal://{filename}",
            creatingUser=user,
            creationDateTime=TIMESTAMP,
        )
        _text_el(src, "Description", f"{d.title} ({d.path})" if d.path else str(d.title))
        for s in by_doc.get(d.doc_id, sel.iloc[:0]).itertuples():
            ids = (d.doc_id, s.layer, s.ref, s.code, s.start, s.end)
            ps = _el(
                src,
                "PlainTextSelection",
                guid=guid("selection", *ids),
                name=s.text[:80],
                startPosition=s.start,
                endPosition=s.end,
                creatingUser=user,
                creationDateTime=TIMESTAMP,
            )
            _text_el(ps, "Description", f"kzlib {s.layer} {s.ref}")
            coding = _el(ps, "Coding", guid=guid("coding", *ids), creatingUser=user, creationDateTime=TIMESTAMP)
            _el(coding, "CodeRef", targetGUID=code_guid[s.code])
        values = {
            "title": str(d.title),
            "date": time_of_writing(corpus.docs[d.doc_id]),
            "doc_id": d.doc_id,
            "words": int(d.n_words),
            "sha256": d.sha256,
        }
        for vname, vtype, _ in var_defs:
            vv = _el(src, "VariableValue")
            _el(vv, "VariableRef", targetGUID=var_guid[vname])
            _text_el(vv, "IntegerValue" if vtype == "Integer" else "TextValue", str(values[vname]))
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n", files


def write(corpus, path, name: str = "kzlib coding") -> Path:
    """Write the corpus's coding as a REFI-QDA project ``path`` (.qdpx); all or nothing, byte-identical runs."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a file name such as coding.qdpx")
    if path.suffix.lower() != ".qdpx":  # a forgotten output name must never overwrite a source text
        raise InputError(f"{path}: the output must end in .qdpx (REFI-QDA project), e.g. coding.qdpx")
    if path.exists() and not zipfile.is_zipfile(path):
        raise InputError(f"{path}: exists and is not a REFI-QDA project; not overwritten")
    xml, files = project_xml(corpus, name)
    from .export import make_parent, output_error

    parent = make_parent(path, "the project")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{path.name}-")
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w") as z:
            for entry, data in [("project.qde", xml)] + [(k, v.encode("utf-8")) for k, v in files.items()]:
                info = zipfile.ZipInfo(entry, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # unix, whatever the platform: the same bytes everywhere
                info.external_attr = 0o644 << 16
                z.writestr(info, data)
        from .export import current_umask

        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes it private; the project is for sharing
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:  # never the temporary file's name: the user's path and the cause
        raise output_error(path, exc, "the project") from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return path


# ---------------------------------------------------------------------------------------------- reading


@dataclass
class Project:
    """A REFI-QDA project read back as tables."""

    sources: pd.DataFrame  # doc_id (the source's name), guid, text
    codes: pd.DataFrame  # code, group, codable, description, guid
    selections: pd.DataFrame  # doc_id, code, group, start, end, text, guid, description
    variables: pd.DataFrame  # doc_id, variable, value


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _norm_guid(g: str) -> str:
    return g.strip("{}").lower()


def read(path) -> Project:
    """Read a ``.qdpx`` (or a bare ``project.qde`` with inline text) back into tables.

    Selections are one row per coding (a selection coded twice gives two rows; one never coded gives a row
    with an empty ``code``); ``text`` is ``source[start:end]``.
    """
    path = Path(path)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as z:
                names = {n.lower(): n for n in z.namelist()}
                qde = next((n for low, n in names.items() if low.endswith(".qde")), None)
                if qde is None:
                    raise InputError(f"{path}: no project.qde inside; not a REFI-QDA project")
                xml = z.read(qde)
                blobs = {low.rsplit("/", 1)[-1]: z.read(n) for low, n in names.items() if low.startswith("sources/")}
        else:
            xml, blobs = path.read_bytes(), {}
        root = ET.fromstring(xml)
    except (zipfile.BadZipFile, ET.ParseError) as exc:
        raise InputError(f"{path}: not a readable REFI-QDA project ({exc})") from None
    if _local(root.tag) != "Project":
        raise InputError(f"{path}: the root element is {_local(root.tag)!r}, not a QDA-XML Project")

    code_rows, code_by_guid = [], {}

    def walk(el, group):
        for c in el:
            if _local(c.tag) != "Code":
                continue
            desc = next((d.text or "" for d in c if _local(d.tag) == "Description"), "")
            row = dict(
                code=c.get("name"),
                group=group,
                codable=c.get("isCodable") == "true",
                description=desc,
                guid=_norm_guid(c.get("guid")),
            )
            code_rows.append(row)
            code_by_guid[row["guid"]] = row
            walk(c, c.get("name"))

    for book in root.iter(f"{{{NS}}}Codes"):
        walk(book, "")
    var_names = {_norm_guid(v.get("guid")): v.get("name") for v in root.iter(f"{{{NS}}}Variable")}

    src_rows, sel_rows, var_rows = [], [], []
    for src in root.iter(f"{{{NS}}}TextSource"):
        name = src.get("name") or src.get("guid")
        text = None
        for child in src:
            if _local(child.tag) == "PlainTextContent":
                text = child.text or ""
        plain = src.get("plainTextPath") or ""
        if text is None and plain.startswith("internal://"):
            blob = blobs.get(plain[len("internal://") :].lower())
            if blob is None:
                raise InputError(f"{path}: source {name!r} names {plain}, which is not in the archive")
            text = blob.decode("utf-8-sig")
        if text is None:
            raise InputError(f"{path}: source {name!r} has no plain text inside the project ({plain or 'no path'})")
        src_rows.append(dict(doc_id=name, guid=_norm_guid(src.get("guid")), text=text))
        for child in src:
            tag = _local(child.tag)
            if tag == "PlainTextSelection":
                start, end = int(child.get("startPosition")), int(child.get("endPosition"))
                desc = next((d.text or "" for d in child if _local(d.tag) == "Description"), "")
                refs = [
                    _norm_guid(cr.get("targetGUID"))
                    for cd in child
                    if _local(cd.tag) == "Coding"
                    for cr in cd
                    if _local(cr.tag) == "CodeRef"
                ]
                for ref in refs or [None]:
                    code = code_by_guid.get(ref, {})
                    sel_rows.append(
                        dict(
                            doc_id=name,
                            code=code.get("code", ""),
                            group=code.get("group", ""),
                            start=start,
                            end=end,
                            text=text[start:end],
                            guid=_norm_guid(child.get("guid")),
                            description=desc,
                        )
                    )
            elif tag == "VariableValue":
                var = next((_norm_guid(v.get("targetGUID")) for v in child if _local(v.tag) == "VariableRef"), None)
                value = next((v.text or "" for v in child if _local(v.tag) != "VariableRef"), "")
                var_rows.append(dict(doc_id=name, variable=var_names.get(var, var), value=value))
    selections_df = pd.DataFrame(
        sel_rows, columns=["doc_id", "code", "group", "start", "end", "text", "guid", "description"]
    )
    selections_df[["start", "end"]] = selections_df[["start", "end"]].astype("int64")
    return Project(
        sources=pd.DataFrame(src_rows, columns=["doc_id", "guid", "text"]),
        codes=pd.DataFrame(code_rows, columns=["code", "group", "codable", "description", "guid"]),
        selections=selections_df.sort_values(["doc_id", "start", "end", "code"], kind="stable").reset_index(drop=True),
        variables=pd.DataFrame(var_rows, columns=["doc_id", "variable", "value"]),
    )


def compare(ours: pd.DataFrame, theirs: pd.DataFrame) -> pd.DataFrame:
    """Where two codings differ: one row per (doc_id, code, start, end) that only one side has.

    ``ours`` and ``theirs`` are selection tables (from :func:`selections` or :func:`read`); ``change`` says
    ``removed`` (in ours only: the reviewer took it out) or ``added`` (in theirs only).
    """
    keys = ["doc_id", "code", "group", "start", "end"]
    a = ours[keys + ["text"]].drop_duplicates(keys)
    b = theirs[keys + ["text"]].drop_duplicates(keys)
    merged = a.merge(b, on=keys, how="outer", suffixes=("", "_theirs"), indicator=True)
    merged = merged[merged._merge != "both"].copy()
    merged["change"] = merged._merge.map({"left_only": "removed", "right_only": "added"}).astype(str)
    merged["text"] = merged.text.where(merged.text.notna(), merged.text_theirs)
    cols = ["change", *keys, "text"]
    return merged[cols].sort_values(["doc_id", "start", "end", "change"], kind="stable").reset_index(drop=True)


def validate(path) -> list[str]:
    """Schema errors of a ``.qdpx``'s ``project.qde`` against the vendored REFI-QDA schema (empty: valid).

    Needs ``lxml`` (in the ``dev`` extra).
    """
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("project.qde"))
    if schema.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]
