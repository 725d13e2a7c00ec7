"""Tables built from columns cheaply: each column turned into its final pandas array at once, from the one type all
its values share, and the frame assembled from those arrays. Small texts make many small tables, and letting
``pd.DataFrame`` infer every list and index its column names costs several times more than the rows themselves.

The result is the frame ``pd.DataFrame(data)`` builds (``Int64`` for the columns asked to be nullable integers,
``object`` for every other column of a table without rows, as ``pd.DataFrame([], columns=...)`` gives), value for
value and dtype for dtype; ``tests/test_frames.py`` checks it on generated columns."""

from __future__ import annotations

import contextlib
import operator
from collections.abc import Collection, Sequence

import numpy as np
import pandas as pd

TEXT = pd.Series(["a"]).dtype  # the dtype pandas gives a column of str (``str`` from pandas 3 on, else ``object``)
NUMBERS = {int: np.int64, float: np.float64, bool: np.bool_}  # a column of one of these types is a numpy array
_NONE = type(None)
_TEXT_ARRAY = TEXT.construct_array_type() if isinstance(TEXT, pd.StringDtype) else None
_LABELS: dict[tuple, pd.Index] = {}  # the column labels of each kind of table, built once (the first few kinds)
_LABELS_KEPT = 64


def text(values: list):
    """A column of ``str`` (and ``None``, missing) as pandas builds it; other values as ``pd.array(values,
    dtype=TEXT)`` makes them (under pandas 3, a number becomes its text)."""
    if _TEXT_ARRAY is not None:
        return _TEXT_ARRAY._from_sequence(values, dtype=TEXT)  # None becomes the dtype's NaN
    return np.array(values, dtype=object)


def nullable_ints(values: list):
    """``pd.array(values, dtype="Int64")``, built directly from its data and mask when every value is an ``int`` or
    missing (``None``, NaN): a tenth of the time. Anything else goes to pandas."""
    if set(map(type, values)) == {int}:  # none missing (the usual case): the mask is all False
        return pd.arrays.IntegerArray(np.array(values, dtype="int64"), np.zeros(len(values), dtype=bool))
    mask = [x is None or (type(x) is float and x != x) for x in values]
    if not all(m or type(x) is int for x, m in zip(values, mask)):
        return pd.array(values, dtype="Int64")
    data = np.array([0 if m else x for x, m in zip(values, mask)], dtype="int64")
    return pd.arrays.IntegerArray(data, np.array(mask, dtype=bool))


def column(values: list):
    """The array ``pd.DataFrame`` makes of a list of values: taken directly when they are all ``str`` (or ``str`` and
    ``None``), all ``int``, all ``float`` or all ``bool``; otherwise (mixed types, other types) inferred by pandas.
    An empty list gives an ``object`` array (pandas would make it ``float64``; see :func:`frame`)."""
    types = set(map(type, values))
    if len(types) == 1:
        kind = types.pop()
        if kind is str:
            return text(values)
        if kind in NUMBERS:
            with contextlib.suppress(OverflowError):  # an int beyond int64 is pandas' to place
                return np.array(values, dtype=NUMBERS[kind])
    elif types == {str, _NONE}:
        return text(values)
    elif not types:  # no rows
        return np.array(values, dtype=object)
    return pd.Series(values).array


def frame(data: dict[str, list], ints: Collection[str] = ()) -> pd.DataFrame:
    """The frame of ``data`` (column name -> list of values, or an array taken as it is), in its order; the columns
    named in ``ints`` as nullable integers (``Int64``). A table without rows has ``object`` columns (and ``Int64``)."""
    labels = tuple(data)
    arrays = [
        (nullable_ints(v) if name in ints else column(v)) if isinstance(v, list) else v for name, v in data.items()
    ]
    index = _LABELS.get(labels)
    if index is None:
        index = pd.Index(list(labels))
        if len(_LABELS) < _LABELS_KEPT:  # kzlib's own tables are a handful of kinds; a caller's may be any number
            _LABELS[labels] = index
    # pandas' own constructor for arrays already in their final form: no inference, and the column labels built once
    # (a view each: a frame may rename its labels in place); the same frame as pd.DataFrame(data) (see the test)
    return pd.DataFrame._from_arrays(
        arrays, index.view(), pd.RangeIndex(len(arrays[0]) if arrays else 0), verify_integrity=False
    )


def rows_to_columns(rows: list[dict], columns: Sequence[str]) -> dict[str, list]:
    """The values of each of ``columns`` in rows (dicts; a missing key is a missing value, NaN), as lists."""
    if rows and len(columns) > 1:  # every row has every key (the usual case): the columns taken by C-level calls
        with contextlib.suppress(KeyError):
            return dict(zip(columns, map(list, zip(*map(operator.itemgetter(*columns), rows)))))
    nan = float("nan")
    return {c: [r.get(c, nan) for r in rows] for c in columns}


def tuples_to_columns(rows: list[tuple], columns: Sequence[str]) -> dict[str, list]:
    """The values of each of ``columns`` in rows (tuples, in the columns' order), as lists; a row of another length
    is an error."""
    if not rows:
        return {c: [] for c in columns}
    return dict(zip(columns, map(list, zip(*rows)), strict=True))


def from_rows(rows: list[dict], columns: Sequence[str], ints: Collection[str] = ()) -> pd.DataFrame:
    """:func:`frame` of rows (dicts; a missing key is a missing value, NaN), with ``columns`` in this order."""
    return frame(rows_to_columns(rows, columns), ints)
