"""Regexes compiled once per machine, not once per process: what Python's regex compiler produced, kept on disk.

Python's regex compiler (``re._parser`` and ``re._compiler``) is itself written in Python, and kzlib's largest
patterns (the trie of every actor name, the theme trie, the date forms) cost most of what a fresh process (an
export's worker, a notebook's kernel) spends before its first text (the README's speed section gives the counts).
:func:`compile` keeps the compiler's output (the regex engine's code and the groups) in a file per pattern and,
in later processes, hands it straight to the engine (``_sre.compile``, the last step of ``re.compile`` itself):
the same pattern object (``==`` to ``re.compile``'s), without the parse. As ``.pyc`` files do for code (and, like
them, in ``marshal`` format: read in microseconds).

The files live in ``$KZLIB_CACHE`` (empty: no cache), else ``$XDG_CACHE_HOME/kzlib`` or ``~/.cache/kzlib``, in a
folder per Python build (its regex engine's code differs between versions); each file holds its pattern and flags
and is used only for them. Any of them can be deleted at any time. A file is written whole under a temporary name
and renamed into place, so processes compiling at once never read half of one; it opens with the SHA-256 of the
rest, so a damaged file is compiled afresh. Whatever is unexpected (no writable folder, no home folder, an
unreadable, damaged or foreign file, an engine that refuses the code, a Python other than CPython) falls back to
``re.compile``. Like ``__pycache__``, the folder is trusted: it is the user's own, and its files are not checked
against a forgery. What else is worked out once per pattern (:mod:`kzlib.lead`'s classes) is kept the same way
(:func:`file_for`, :func:`read`, :func:`save`), and so is any value worked out from known inputs by known code
(:func:`kept`: :mod:`kzlib.phrases`' trie regexes).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile

try:  # the regex compiler's modules (renamed in Python 3.11)
    from re import _compiler, _parser
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

import _sre

MIN_LENGTH = 24  # a shorter pattern compiles in about the time reading its file takes


def folder() -> str | None:
    """The cache folder of this Python build, or ``None`` when caching is off (``KZLIB_CACHE`` set empty, no home
    folder, or not CPython)."""
    if sys.implementation.name != "cpython":
        return None
    root = os.environ.get("KZLIB_CACHE")
    if root is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        root = os.path.join(base, "kzlib") if os.path.isabs(base) else ""  # no home folder: no cache
    return os.path.join(root, f"regex-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}") if root else None


def file_for(where: str, pattern: str, flags: int, suffix: str = ".marshal") -> str:
    """The file in ``where`` that keeps what was worked out for ``pattern`` and ``flags`` (one kind a ``suffix``)."""
    key = hashlib.sha256(f"{flags}\n{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    return os.path.join(where, f"{key[:40]}{suffix}")


def read(path: str) -> dict | None:
    """The record :func:`save` kept in ``path``, or ``None`` when it is missing, unreadable or damaged."""
    try:
        with open(path, "rb") as f:
            data = f.read()  # one read: marshal.load reads a file piece by piece
        if hashlib.sha256(data[32:]).digest() != data[:32]:  # damaged
            return None
        saved = marshal.loads(data[32:])
        return saved if isinstance(saved, dict) else None
    except Exception:
        return None


def _load(path: str, pattern: str, flags: int) -> re.Pattern | None:
    saved = read(path)
    if saved is None or saved.get("pattern") != pattern or saved.get("flags") != flags:
        return None
    try:
        groupindex = {str(k): int(v) for k, v in saved["groupindex"].items()}
        indexgroup = tuple(None if g is None else str(g) for g in saved["indexgroup"])
        return _sre.compile(
            pattern, int(saved["final_flags"]), saved["code"], int(saved["groups"]), groupindex, indexgroup
        )
    except Exception:  # missing, unreadable, foreign or refused by the engine: compiled afresh
        return None


def save(path: str, record: dict) -> None:
    """Keep ``record`` (of values ``marshal`` writes) in ``path``: written whole under a temporary name and renamed
    into place, after the SHA-256 of the rest; nothing when the folder cannot be written."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".", suffix=".tmp")
        try:
            payload = marshal.dumps(record)
            with os.fdopen(fd, "wb") as f:
                f.write(hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:  # no writable folder: the next process compiles again
        pass


def source_digest(module_file: str) -> str | None:
    """The SHA-256 of a module's source (``None`` when it cannot be read: nothing is kept for that module); read once,
    as the module is imported (see :func:`kept`)."""
    try:
        with open(module_file, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None


def kept(suffix: str, inputs: str, code: str | None, make):
    """``make()`` (values ``marshal`` writes), kept in a file of the cache folder ending in ``suffix`` and read back
    by later processes instead of made again, for the very same ``inputs`` (text that spells out everything the
    value is made from) and the very same ``code`` (the :func:`source_digest` of the module that makes it, taken as
    it is imported, so that a source changed on disk later is not taken for the code that runs): a changed input or
    changed code never reads an older value. Made afresh when caching is off, ``code`` is ``None`` (the source was
    unreadable), or the file is missing, damaged or another's."""
    where = folder()
    if where is None or code is None:
        return make()
    key = hashlib.sha256(f"{code}\n{inputs}".encode("utf-8", "surrogatepass")).hexdigest()
    path = os.path.join(where, f"{key[:40]}{suffix}")
    record = read(path)
    if record is not None and record.get("key") == key and "value" in record:
        return record["value"]
    value = make()
    save(path, {"key": key, "value": value})
    return value


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, read from the cache when this pattern was compiled before (see the module's
    note); a pattern shorter than :data:`MIN_LENGTH`, or a bytes pattern, goes to ``re.compile``."""
    flags = int(flags)
    where = folder()
    if where is None or not isinstance(pattern, str) or len(pattern) < MIN_LENGTH or flags & re.DEBUG:
        return re.compile(pattern, flags)
    file = file_for(where, pattern, flags)
    rx = _load(file, pattern, flags)
    if rx is not None:
        return rx
    try:  # re._compiler.compile's own steps, so that what is kept is what it hands the engine
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        record = dict(
            pattern=pattern,
            flags=flags,
            final_flags=int(flags | parsed.state.flags),
            code=list(map(int, code)),  # opcodes are int subclasses, which marshal does not write
            groups=parsed.state.groups - 1,
            groupindex=groupindex,
            indexgroup=indexgroup,
        )
        rx = _sre.compile(pattern, record["final_flags"], code, record["groups"], groupindex, tuple(indexgroup))
    except re.error:  # a wrong pattern: the error re.compile gives
        raise
    except Exception:  # a Python whose private compiler steps differ: no cache, the plain compile
        return re.compile(pattern, flags)
    save(file, record)
    return rx
