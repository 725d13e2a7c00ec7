"""kzlib.frames, the cheap table builder, against plain pandas construction on generated columns."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest
from test_shortcuts import same_frame

from kzlib import frames

NAN = float("nan")
# the kinds of values a column may mix: every type the table builders hand over, and some they do not
KINDS = {
    "str": lambda rng: rng.choice(["", "a", "a,b", 'say "no"', "Kazakh", "P001", "ü\nx"]),
    "none": lambda rng: None,
    "nan": lambda rng: NAN,
    "int": lambda rng: rng.choice([0, -7, 3, 2**40]),
    "float": lambda rng: rng.choice([0.0, -0.0, 2.5, 1e-9, 12.125]),
    "bool": lambda rng: rng.choice([True, False]),
    "np.int64": lambda rng: np.int64(rng.randint(-3, 3)),
    "huge": lambda rng: 2**63 + rng.randint(0, 5),
    "tuple": lambda rng: (1, "a"),
}
MIXES = [
    ["str"],
    ["str", "none"],
    ["str", "nan"],
    ["str", "none", "nan"],
    ["int"],
    ["int", "none"],
    ["int", "float"],
    ["float"],
    ["float", "nan"],
    ["nan"],
    ["none"],
    ["bool"],
    ["bool", "none"],
    ["bool", "int"],
    ["str", "int"],
    ["np.int64"],
    ["huge"],
    ["tuple", "str"],
]
INT_MIXES = [["int"], ["int", "none"], ["int", "nan"], ["none"], ["nan", "none"], ["np.int64", "none"]]


def plain(data: dict[str, list], ints) -> pd.DataFrame:
    """What pandas builds: a frame of the lists, nullable integers through ``pd.array``; without rows, the frame
    ``pd.DataFrame([], columns=...)`` gives (object columns)."""
    if not next(iter(data.values())):
        return pd.DataFrame([], columns=list(data)).astype({c: "Int64" for c in data if c in ints})
    return pd.DataFrame({c: pd.array(v, dtype="Int64") if c in ints else v for c, v in data.items()})


def test_frame_is_what_pandas_builds_from_lists():
    """Columns of every mix of str, None, NaN, int, float, bool and other values, 0 to 6 rows: the same cells,
    dtypes, labels (not shared between frames) and CSV text. Fails when a type is given the wrong array."""
    rng = random.Random(20)
    for trial in range(400):
        n = rng.choice([0, 1, 2, 3, 6])
        names = [f"c{k}" for k in range(rng.randint(1, 7))]
        ints = {c for c in names if rng.random() < 0.3}
        data = {}
        for c in names:
            mix = rng.choice(INT_MIXES if c in ints else MIXES)
            data[c] = [KINDS[rng.choice(mix)](rng) for _ in range(n)]
        want = plain(data, ints)
        got = frames.frame({c: list(v) for c, v in data.items()}, ints)
        assert same_frame(got, want), (trial, data, got.dtypes.tolist(), want.dtypes.tolist())
        assert got.to_csv() == want.to_csv(), (trial, data)
        got.columns.name = "renamed"  # in place: the labels of the next frame of these columns keep no name
        assert frames.frame(data, ints).columns.name is None


def test_from_rows_takes_a_missing_key_as_nan():
    rows = [dict(a="x", b=1), dict(a="y")]
    want = pd.DataFrame({"a": ["x", "y"], "b": pd.array([1, None], dtype="Int64"), "c": [NAN, NAN]})
    assert same_frame(frames.from_rows(rows, ["a", "b", "c"], {"b"}), want)
    assert same_frame(frames.from_rows(rows[:1], ["a", "b"], {"b"}), plain(dict(a=["x"], b=[1]), {"b"}))


def test_nullable_ints_are_what_pandas_builds():
    for values in ([1, 2, 3], [None, 5, NAN], [NAN], [], [0, -7, 2**40], [np.int64(3), None], [pd.NA, 1], [3.0, NAN]):
        fast = frames.nullable_ints(values)
        assert fast.dtype == "Int64" and fast.equals(pd.array(values, dtype="Int64")), values
    with pytest.raises(TypeError):
        frames.nullable_ints([1, 2.5])  # pandas refuses a fraction, and so does the shortcut (it hands it to pandas)


def test_the_actions_and_theme_tables_are_the_plain_builds(corpus):
    """actions.frame (negated as bool, offsets Int64) and an empty themes.scores against their plain builds."""
    from kzlib import actions, themes

    rows = [a for rs in corpus._action_rows.values() for a in rs]
    for some in (rows, rows[:1], []):
        want = pd.DataFrame([{c: r.get(c, NAN) for c in actions.COLUMNS} for r in some], columns=actions.COLUMNS)
        want = want.astype(dict.fromkeys(actions.INT_COLUMNS, "Int64") | {"negated": bool})
        assert same_frame(actions.frame(some), want)
    want = pd.DataFrame({c: [] for c in themes.SCORE_COLUMNS})
    assert same_frame(themes.scores(corpus.paragraphs.iloc[:0], corpus.theme_evidence, ["t"]), want)


def test_id_columns_are_text_whatever_the_ids_are():
    """``cooccurrence`` and ``themes.scores`` give their id columns the text dtype even when a caller's ids are
    numbers (as pandas does with ``dtype=TEXT``), not the int64 that inferring them would give."""
    from kzlib import network

    mentions = pd.DataFrame(dict(doc_id=[1, 1], sent_id=[7, 7], para_id=[3, 3], actor_id=["kaz", "usa"]))
    got = network.cooccurrence(mentions)
    assert got.dtypes.tolist() == [frames.TEXT] * 3 + [np.dtype("int64")] * 2
    assert got.iloc[0].tolist() == ["1", "kaz", "usa", 1, 1]


def test_tuples_to_columns_keeps_every_column_or_fails():
    """Row tuples become one list per column; a row of another length than the columns is an error, never a column
    silently dropped."""
    assert frames.tuples_to_columns([("a", 1), ("b", 2)], ["x", "y"]) == {"x": ["a", "b"], "y": [1, 2]}
    assert frames.tuples_to_columns([], ["x", "y"]) == {"x": [], "y": []}
    with pytest.raises(ValueError):
        frames.tuples_to_columns([("a", 1), ("b",)], ["x", "y"])
    with pytest.raises(ValueError):
        frames.tuples_to_columns([("a", 1, 0)], ["x", "y"])
