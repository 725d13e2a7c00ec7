"""Writing tables as CSV: all or nothing, byte-identical across runs.

The new tables are written whole into a staging folder beside ``OUTDIR``, then swapped in with one
rename (an atomic exchange where the system offers one): a reader or a failure halfway sees either the
old folder or the new one, never a mix. Writers of the same folder take turns under a lock on the parent
folder, so two exports at once leave the tables of one of them. ``OUTDIR`` is kzlib's to replace: a folder
holding anything but table CSVs (another file, a folder named ``mentions.csv``) is refused, not emptied.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import errno
import io
import os
import re
import shutil
import tempfile
from pathlib import Path

from .errors import InputError
from .source import os_cause, shown

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); ``False`` where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: the file system cannot exchange
        return False
    raise OSError(err, os.strerror(err), str(b))


@contextlib.contextmanager
def _locked(folder: Path):
    """An exclusive lock on ``folder`` (a directory), held while the tables are swapped in."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, the rename alone
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _check_outdir(outdir: Path, names: set[str]) -> None:
    """Refuse an ``outdir`` that is not a folder, or holds anything kzlib did not write."""
    if outdir.is_symlink() or (outdir.exists() and not outdir.is_dir()):
        raise InputError(f"{shown(outdir)}: exists and is not a directory")
    if not outdir.is_dir():
        return
    for entry in sorted(os.scandir(outdir), key=lambda e: e.name):
        if entry.name not in names or not entry.is_file(follow_symlinks=False):
            what = "a directory" if entry.is_dir(follow_symlinks=False) else "not a table kzlib wrote"
            raise InputError(
                f"{shown(outdir)}: holds {shown(entry.name)} ({what}); export replaces the whole "
                "folder, so choose an empty folder or a previous export"
            )


def _blocker(target: Path) -> Path | None:
    """The nearest existing folder above ``target`` in the user's own spelling, when it is not a folder."""
    for p in Path(target).parents:
        if p.is_symlink() or p.exists():
            return None if p.is_dir() else p
    return None


def output_error(target, exc: OSError, what: str) -> InputError:
    """One line for a failed write of ``target``: the user's path and the cause, never a staging name.

    A file where a folder should be reads "afile is not a folder"; a folder that takes no new entries
    (``/proc``) reads "cannot create files in /proc"; otherwise the system's cause.
    """
    target = Path(target)
    blocker = _blocker(target)
    parent = target.absolute().parent
    if blocker is not None:
        cause = f"{shown(blocker)} is not a folder"
    elif exc.errno == errno.ENOTDIR:
        cause = "not a folder"
    elif exc.errno == errno.ENOENT and parent.is_dir():
        cause = f"cannot create files in {shown(parent)}"
    else:
        cause = os_cause(exc)
    return InputError(f"{shown(target)}: cannot write {what} ({cause})")


def make_parent(target, what: str) -> Path:
    """Create the folder that will hold ``target`` (an output); its absolute path, or an :class:`InputError`."""
    parent = Path(target).absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(target, exc, what) from None
    return parent


def _quoted_by_csv() -> str:
    """The characters that make Python's csv writer quote a field (``QUOTE_MINIMAL``, ``\\n`` line ends), asked of
    the running Python itself: ``,``, ``"`` and ``\\n`` (``\\r`` too in some versions)."""
    out = ""
    for c in ',"\n\r':
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([c, ""])
        out += c if buf.getvalue() != c + ",\n" else ""
    return out


_QUOTED = _quoted_by_csv()
_NEEDS_QUOTES = re.compile("[" + re.escape(_QUOTED) + "]")


def _csv_field(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if _NEEDS_QUOTES.search(value) else value


def _quoted(cells: list[str]) -> list[str]:
    """:func:`_csv_field` of every cell, the characters looked for one by one (``in``: a scan of memory) instead of
    a regex search per cell (``\\r`` only where this Python's csv writer quotes it)."""
    if not set(',"\n') <= set(_QUOTED) <= set(',"\n\r'):
        return list(map(_csv_field, cells))
    cr = "\r" in _QUOTED
    return [
        '"' + v.replace('"', '""') + '"' if "," in v or '"' in v or "\n" in v or (cr and "\r" in v) else v
        for v in cells
    ]


_INT_TEXT: dict[int, str] = {}  # str() of the integers written so far in this process (offsets, counts and years
_INT_TEXT_MAX = 1 << 16  # recur from table to table and document to document), up to about this many


def _int_cells(values: list[int]) -> list[str]:
    """``str()`` of each ``int``, read from :data:`_INT_TEXT` (a lookup costs a tenth of writing an int's digits)."""
    with contextlib.suppress(KeyError):
        return list(map(_INT_TEXT.__getitem__, values))
    if len(_INT_TEXT) >= _INT_TEXT_MAX:
        return list(map(str, values))
    for x in values:
        if x not in _INT_TEXT:
            _INT_TEXT[x] = str(x)
    return list(map(_INT_TEXT.__getitem__, values))


def _cells(arr) -> tuple[list[str], bool] | None:
    """The CSV cells (``str``) of one column as pandas' CSV step formats them, for the kinds of column kzlib's
    tables hold, without that step's frame of objects per table, and whether they are text (only text may need
    quotes): text (``str``) and nullable integers (``Int64``) with missing values empty, integers and booleans as
    ``str()`` writes them, floats as numpy's ``astype(str)`` (what pandas calls; the shortest repr, as ``str()``
    of a Python float, in half the time) with NaN empty. ``None`` for any other kind (left to pandas). Text and
    nullable integers are read from the arrays pandas keeps (its conversion to objects tests every cell for a missing
    value), integers through :func:`_int_cells`, and a float that recurs in its column is written once."""
    import numpy as np
    import pandas as pd

    dtype = arr.dtype
    if isinstance(arr, np.ndarray):
        if dtype.kind == "i":
            return _int_cells(arr.tolist()), False
        if dtype.kind == "b":  # (not through _INT_TEXT: True == 1)
            return list(map(str, arr.tolist())), False
        if dtype == np.float64:
            values = arr.tolist()
            if np.signbit(arr).any():  # a -0.0 equals 0.0 but is written "-0.0": each value written on its own
                return ["" if x != x else str(x) for x in values], False  # x != x: NaN
            # equal floats are written alike (no -0.0 here), and most recur (a score of 0.0): each written once
            written: dict[float, str] = {}
            return ["" if x != x else written.get(x) or written.setdefault(x, str(x)) for x in values], False
        return None
    if dtype.name == "str":
        if type(arr) is pd.arrays.StringArray:  # its values as stored: str, or the missing value (isna's pass spared)
            values = arr._ndarray.tolist()
            with contextlib.suppress(TypeError):  # (the join fails on a missing value, then pandas fills them)
                "".join(values)
                return values, True
        return arr.to_numpy(dtype=object, na_value="").tolist(), True
    if dtype.name == "Int64":
        if type(arr) is pd.arrays.IntegerArray:  # its data and mask as stored: no column of objects made first
            cells, missing = _int_cells(arr._data.tolist()), arr._mask
            if not missing.any():
                return cells, False
            return ["" if m else c for c, m in zip(cells, missing.tolist())], False
        return list(map(str, arr.to_numpy(dtype=object, na_value="").tolist())), False
    return None


def csv_text(df) -> str:
    """``df.to_csv(index=False, lineterminator="\\n")``, the same text in a fraction of the time: the cells of each
    column formatted as pandas' own CSV step formats them (:func:`_cells`; a column of another kind goes through
    that step, ``_get_values_for_csv``: missing values empty, floats as pandas writes them), then joined column by
    column, quoting (as the csv writer does) only the cells of the text columns that hold a character needing it.
    A one-column table goes to pandas (the csv writer quotes a lone empty cell)."""
    if df.shape[1] < 2 or not len(df):
        return df.to_csv(index=False, lineterminator="\n")
    found = [_cells(arr) for arr in df._iter_column_arrays()]
    columns = [f[0] if f is not None else None for f in found]
    text = [f is None or f[1] for f in found]
    if None in found:
        rest = [i for i, f in enumerate(found) if f is None]
        values = df.iloc[:, rest]._get_values_for_csv(
            na_rep="", float_format=None, date_format=None, quoting=0, decimal="."
        )
        for i, arr in zip(rest, values._iter_column_arrays()):
            columns[i] = list(map(str, arr.tolist()))  # the csv writer writes str() of a non-string cell
    header = ",".join(_csv_field(str(c)) for c in df.columns)
    return header + "\n" + _rows(columns, text)


def _rows(columns: list[list[str]], text: list[bool]) -> str:
    """The CSV lines of columns of cells (``str``), quoting (as the csv writer does) only the cells of the ``text``
    columns that hold a character needing it."""
    for i, cells in enumerate(columns):
        if text[i]:
            joined = "".join(cells)
            if any(c in joined for c in _QUOTED):
                columns[i] = _quoted(cells)
    return "\n".join(map(",".join, zip(*columns))) + "\n"


def csv_rows(columns: list[list]) -> str:
    """The lines ``csv.writer(f, lineterminator="\\n").writerows(zip(*columns))`` writes, the same text in a fraction of
    the time for two columns or more each of ``str`` or of ``int`` values (formatted and joined column by column as in
    :func:`csv_text`, not field by field and character by character as the writer does); other values go to the
    writer."""
    cells: list[list[str]] = []
    if len(columns) > 1 and columns[0]:
        for values in columns:
            kinds = set(map(type, values))
            if kinds == {str}:
                cells.append(values)
            elif kinds == {int}:  # (not bool: True is written "True")
                cells.append(_int_cells(values))
            else:
                break
        else:
            return _rows(cells, [type(values[0]) is str for values in columns])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(zip(*columns))
    return buf.getvalue()


def write_csv(df, path) -> None:
    """One table as CSV: UTF-8, header row, ``\\n`` line ends, no index (as ``df.to_csv`` writes it)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(csv_text(df))


def write_tables(tables: dict, outdir) -> list[Path]:
    """Write each table as ``outdir/<name>.csv``: the whole folder replaced at once, or nothing changed."""
    return write_folder(
        outdir,
        lambda staging: [_write_one(df, staging / f"{name}.csv") for name, df in tables.items()],
        {f"{name}.csv" for name in tables},
    )


def _write_one(df, path: Path) -> Path:
    write_csv(df, path)
    return path


def write_folder(outdir, fill, names: set[str]) -> list[Path]:
    """Run ``fill(staging)`` on a fresh folder beside ``outdir``, then swap it in as ``outdir``.

    ``names`` are the file names kzlib may replace in an existing ``outdir``. Any failure leaves ``outdir``
    as it was and no staging folder behind; errors name ``outdir`` and the cause.
    """
    outdir = Path(outdir)
    _check_outdir(outdir, names)
    parent = make_parent(outdir, "the tables")
    staging = None
    try:
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{outdir.name}-new-"))
        written = [Path(p).name for p in fill(staging)]
        os.chmod(staging, 0o777 & ~current_umask())
        with _locked(parent):
            _check_outdir(outdir, names)
            if outdir.is_dir() and _exchange(staging, outdir):
                pass  # staging now holds the old tables
            elif outdir.is_dir():
                old = Path(tempfile.mkdtemp(dir=parent, prefix=f".{outdir.name}-old-"))
                os.rename(outdir, old / "tables")
                try:
                    os.rename(staging, outdir)
                except OSError:
                    os.rename(old / "tables", outdir)
                    raise
                shutil.rmtree(staging, ignore_errors=True)
                staging = old
            else:
                os.rename(staging, outdir)
                staging = None
    except InputError:
        raise
    except OSError as exc:
        raise output_error(outdir, exc, "the tables") from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return [outdir / w for w in written]


def current_umask() -> int:
    """The process's file-creation mask (read without changing it for long)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
