"""The README lists what there is: every module of kzlib/, every notebook, every column of every table."""

import re

from kzlib import corpus as corpus_module
from kzlib.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    return README[start : README.index("\n## ", start + 1)]


def test_every_module_has_its_line_and_every_line_a_module():
    table = _section("The modules")
    named = set(re.findall(r"^\| `(kzlib/[\w/]+\.py)`(?:, `(kzlib/[\w/]+\.py)`)?", table, re.M))
    named = {m for pair in named for m in pair if m}
    on_disk = {p.relative_to(ROOT).as_posix() for p in (ROOT / "kzlib").glob("*.py")}
    assert on_disk - named == set(), "modules the README's module table leaves out"
    assert named - on_disk == set(), "README module lines naming no module"
    assert "| `kzlib/plots/` |" in table


def test_every_notebook_has_its_line():
    listed = set(re.findall(r"^\| `(\d\d-[\w-]+\.ipynb)` \|", README, re.M))
    assert listed == {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}


def test_every_column_of_every_table_is_listed(corpus):
    rows = dict(re.findall(r"^\| `(\w+)` \| [^|]+ \| ([^|]+) \|$", _section("The tables"), re.M))
    assert set(rows) == set(corpus_module.COLUMNS), "tables the README lists against the corpus's tables"
    for table, cell in rows.items():
        words = set(re.findall(r"\w+", cell))
        missing = [c for c in getattr(corpus, table).columns if c not in words]
        assert missing == [], f"README's row of `{table}` leaves out {missing}"
