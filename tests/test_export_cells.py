"""export.csv_text's shortcuts (floats written once per value, ints read from the process's table of written ints,
text and nullable ints read from their stored arrays) write what pandas writes."""

import random

import numpy as np
import pandas as pd
import pytest

from kzlib import export
from kzlib.export import csv_text


def _pandas(df):
    return df.to_csv(index=False, lineterminator="\n")


def test_equal_floats_are_written_alike_and_a_negative_zero_as_itself():
    """A column of recurring floats (a theme score of 0.0) is written once per value, except where a -0.0 is in it:
    it equals 0.0 but is written "-0.0"."""
    for values in ([0.0, 0.5, 0.0, 0.5, float("nan"), 0.0], [0.0, -0.0, 0.0], [-0.0, 0.0], [-1.5, 1.5, float("nan")]):
        df = pd.DataFrame({"a": np.array(values, dtype="float64"), "b": ["x"] * len(values)})
        assert csv_text(df) == _pandas(df), values


def test_ints_from_the_table_of_written_ints(monkeypatch):
    """Plain and nullable ints: written from the table (filled as they come), past its cap written directly;
    booleans never through it (True == 1), missing values empty."""
    monkeypatch.setattr(export, "_INT_TEXT", {})
    monkeypatch.setattr(export, "_INT_TEXT_MAX", 50)
    rng = random.Random(3)
    for _ in range(60):
        n = rng.randint(1, 30)
        ints = [rng.choice([0, 1, -1, rng.randint(-(2**62), 2**62), rng.randint(0, 40)]) for _ in range(n)]
        df = pd.DataFrame(
            {
                "i": np.array(ints, dtype="int64"),
                "b": np.array([rng.random() < 0.5 for _ in range(n)]),
                "n": pd.array([None if rng.random() < 0.3 else x for x in ints], dtype="Int64"),
                "m": pd.array(ints, dtype="Int64"),
            }
        )
        assert csv_text(df) == _pandas(df)
    assert export._INT_TEXT[1] == "1" and 50 <= len(export._INT_TEXT) <= 50 + 30


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA])
def test_text_with_and_without_missing_values(missing):
    for values in (["a", "b,c", 'd"e'], ["a", missing, "c"], [missing, missing]):
        df = pd.DataFrame({"t": pd.array(values, dtype="str"), "i": np.arange(len(values))})
        assert csv_text(df) == _pandas(df), values


def test_csv_rows_are_what_the_csv_writer_writes():
    """export.csv_rows (the co-occurrence rows of an export batch) against ``csv.writer(...).writerows``: columns of
    text with commas, quotes, line breaks, carriage returns and blanks, of ints, and of what goes to the writer
    (booleans, floats, missing values, mixed types), one column, no rows."""
    import csv
    import io

    rng = random.Random(21)
    pieces = ["a", ",", '"', "\n", "\r", " ", "é", "", "’"]
    kinds = {
        "str": lambda: "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))),
        "int": lambda: rng.choice([0, -1, rng.randint(-(2**62), 2**62), rng.randint(0, 70_000)]),
        "bool": lambda: rng.random() < 0.5,
        "float": lambda: rng.choice([0.5, 1.0, float("nan")]),
        "mixed": lambda: rng.choice([None, 1, "x,", 2.5]),
    }
    for _ in range(2000):
        n = rng.choice([0, 1, 2, 5])
        cols = [[kinds[k]() for _ in range(n)] for k in rng.choices(list(kinds), k=rng.randint(1, 5))]
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(zip(*cols))
        assert export.csv_rows(cols) == buf.getvalue(), cols
