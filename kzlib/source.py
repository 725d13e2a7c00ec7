"""Reading a source file: bytes to decoded text, with clear errors for bad input.

Only regular files are read (a FIFO, a device or a socket is refused before it is opened for
reading, so nothing blocks), and only up to a size limit: :data:`MAX_BYTES` (64 MiB by default;
set the environment variable ``KZLIB_MAX_BYTES``, assign ``kzlib.source.MAX_BYTES`` or pass
``max_bytes``; ``0`` means no limit). Every refusal is one :class:`InputError` line that names the
user's path and the cause.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .markup import is_blank
from .structure import MD_HEADING

_BOMS = {b"\xff\xfe\x00\x00": "UTF-32", b"\x00\x00\xfe\xff": "UTF-32", b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16"}
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_BYTES = int(os.environ.get("KZLIB_MAX_BYTES", DEFAULT_MAX_BYTES) or 0)
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


@dataclass(frozen=True)
class Source:
    """One decoded text. Offsets in every table index into ``text``."""

    doc_id: str
    path: str
    text: str
    sha256: str


def shown(path) -> str:
    """A path as text that can always be printed and written as UTF-8 (undecodable bytes become U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


def doc_id_for(path: Path) -> str:
    """A stable id from the file name: lower case ASCII, accents dropped, other runs of characters as ``-``.

    When letters or digits of the name cannot be written in ASCII (``доклад.txt``, ``报告.txt``), a short hash of
    the name is added, so such names stay distinct and stable (``doc-1a2b3c4d``, ``report-2020-1a2b3c4d``).
    """
    stem = shown(Path(path).stem)
    ascii_stem = "".join(ch for ch in unicodedata.normalize("NFKD", stem) if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-")
    lost = any((ch.isalnum() or ch == "\ufffd") and not ch.isascii() for ch in ascii_stem)
    if not lost and slug:
        return slug
    digest = hashlib.sha1(os.fsencode(Path(path).stem)).hexdigest()[:8]
    return f"{slug or 'doc'}-{digest}"


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped); anything else is refused with a one-line reason."""
    if not data.strip():
        raise InputError(f"{name}: file is empty or blank")
    for bom, enc in _BOMS.items():
        if data.startswith(bom):
            raise InputError(f"{name}: text is {enc}; save it as UTF-8")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
    if all(is_blank(ch) for ch in text):  # white space, zero-width and direction marks only
        raise InputError(f"{name}: file is empty or blank (only white space or invisible characters)")
    return text


def os_cause(exc: OSError) -> str:
    """The cause of an OS error in words: 'permission denied', 'too many levels of symbolic links (a loop?)'."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.ENOSPC:
        return "no space left on device (disk full)"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is not a folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return (exc.strerror or type(exc).__name__).lower()


def read_source(path, doc_id: str | None = None, max_bytes: int | None = None) -> Source:
    """Read one regular file as a :class:`Source`; raise :class:`InputError` for bad input."""
    path = Path(path)
    name = shown(path)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    try:
        st = os.stat(path)  # follows symbolic links; a loop, a missing file or a closed folder fails here
    except OSError as exc:
        raise InputError(f"{name}: {os_cause(exc)}") from None
    for test, kind in _KINDS:
        if test(st.st_mode):
            raise InputError(f"{name}: is {kind}, not a text file")
    if limit and st.st_size > limit:
        raise InputError(
            f"{name}: file is {st.st_size:,} bytes, above the limit of {limit:,} "
            "(raise it with KZLIB_MAX_BYTES or --max-bytes)"
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({os_cause(exc)})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
            raise InputError(f"{name}: is not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1) if limit else fh.read()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({os_cause(exc)})") from None
    finally:
        os.close(fd)
    if limit and len(data) > limit:
        raise InputError(
            f"{name}: file is above the limit of {limit:,} bytes (raise it with KZLIB_MAX_BYTES or --max-bytes)"
        )
    return from_text(decode(data, name), doc_id or doc_id_for(path), path=name, data=data)


def headings_only(text: str) -> str:
    """The first heading of a text whose every line is a markdown heading ("# Joint Statement"), quoted, else "":
    such a text has a title and nothing under it, and is refused like a blank one."""
    if not text.lstrip().startswith("#"):
        return ""
    lines = [line.strip() for line in text.splitlines() if not all(is_blank(ch) for ch in line)]
    if not all(MD_HEADING.match(line) for line in lines):
        return ""
    return repr(lines[0]) + (f" and {len(lines) - 1} more" if len(lines) > 1 else "")


def from_text(text: str, doc_id: str = "doc", path: str = "", data: bytes | None = None) -> Source:
    """A :class:`Source` from text in memory (for tests and notebooks); a blank text is refused like a blank
    file, with one line naming its ``path`` or ``doc_id``."""
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError(f"{path or repr(doc_id)}: a document id must be a non-empty string, not {doc_id!r}")
    if not isinstance(text, str):
        raise InputError(f"{path or doc_id}: the text must be a str, not {type(text).__name__} (decode bytes first)")
    if all(is_blank(ch) for ch in text):
        raise InputError(f"{path or doc_id}: text is empty or blank (only white space or invisible characters)")
    headings = headings_only(text)
    if headings:
        raise InputError(f"{path or doc_id}: only markdown headings ({headings}), no text to read under them")
    try:
        digest = hashlib.sha256(data if data is not None else text.encode("utf-8")).hexdigest()
    except UnicodeEncodeError as exc:
        raise InputError(f"{path or doc_id}: not valid Unicode (lone surrogate at {exc.start})") from None
    return Source(doc_id=doc_id, path=path, text=text, sha256=digest)
