"""Reading a source file: bytes to decoded text, with clear errors for bad input."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

_BOMS = {b"\xff\xfe\x00\x00": "UTF-32", b"\x00\x00\xfe\xff": "UTF-32", b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16"}


@dataclass(frozen=True)
class Source:
    """One decoded text. Offsets in every table index into ``text``."""

    doc_id: str
    path: str
    text: str
    sha256: str


def doc_id_for(path: Path) -> str:
    """A stable id from the file name: lower case, runs of other characters as ``-``."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return slug or "doc"


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped); anything else is refused with a one-line reason."""
    if not data.strip():
        raise InputError(f"{name}: file is empty or blank")
    for bom, enc in _BOMS.items():
        if data.startswith(bom):
            raise InputError(f"{name}: text is {enc}; save it as UTF-8")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
    if not text.strip():
        raise InputError(f"{name}: file is empty or blank")
    return text


def read_source(path, doc_id: str | None = None) -> Source:
    """Read one file as a :class:`Source`; raise :class:`InputError` for bad input."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return from_text(decode(data, str(path)), doc_id or doc_id_for(path), path=str(path), data=data)


def from_text(text: str, doc_id: str = "doc", path: str = "", data: bytes | None = None) -> Source:
    """A :class:`Source` from text in memory (for tests and notebooks)."""
    try:
        digest = hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest()
    except UnicodeEncodeError as exc:
        raise InputError(f"{path or doc_id}: not valid Unicode (lone surrogate at {exc.start})") from None
    return Source(doc_id=doc_id, path=path, text=text, sha256=digest)
