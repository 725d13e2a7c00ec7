"""Data flows one way: base -> parse -> annotate -> tables -> summaries -> figures -> report. A module imports (at the
top or inside a function) only from its own layer or the layers before it, so no module reaches back into a later
one; every module is in a layer."""

import ast

import pytest

from kzlib import paths

# helpers every layer may use, which import only one another
BASE = {
    "lead",
    "errors",
    "codebook",
    "ranking",
    "options",
    "paths",
    "collector",
    "display",
    "browser",
    "rxcache",
    "frames",
}
PARSE = {"source", "markup", "structure", "sentences", "spans", "phrases", "words", "lexicon", "document"}
ANNOTATE = {"actors", "timex", "chronology", "themes", "actions", "candidates", "dyads", "network"}
LATER_THAN_ANNOTATE = {
    "corpus",
    "batch",
    "export",
    "describe",
    "presence",
    "synthesis",
    "topics",
    "findings",
    "labels",
    "sensitivity",
    "evaluate",
    "heldout",
    "record",
    "association",
    "kwic",
    "reading",
    "plots",
    "report",
    "runbook",
    "qdpx",
    "cli",
    "__init__",  # the package's entry points
    "__main__",
}
FIGURES_USERS = {"report"}  # besides kzlib/plots itself


def imports(module_path):
    """The kzlib modules a file imports, by their first name under kzlib (``plots`` for ``..plots._style``)."""
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            inside_plots = module_path.parent.name == "plots"
            names = [node.module] if node.module else [a.name for a in node.names]
            for name in names:
                first = name.split(".")[0]
                found.add("plots" if inside_plots and node.level == 1 else first)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kzlib."):
            found.add(node.module.split(".")[1])
    return found


MODULES = sorted(p for p in (paths.PACKAGE).rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[p.relative_to(paths.PACKAGE).as_posix() for p in MODULES])
def test_no_module_reaches_into_a_later_layer(path):
    name = path.stem
    used = imports(path)
    if name in BASE and path.parent == paths.PACKAGE:
        assert used <= BASE, f"{name} (base) imports {used - BASE}"
    if name in PARSE | ANNOTATE and path.parent == paths.PACKAGE:
        assert not used & LATER_THAN_ANNOTATE, f"{name} (parse/annotate) imports {used & LATER_THAN_ANNOTATE}"
    if name in PARSE and name != "document" and path.parent == paths.PACKAGE:
        assert not used & ANNOTATE, f"{name} (parse) imports {used & ANNOTATE}"
    if path.parent == paths.PACKAGE and name not in FIGURES_USERS:
        assert "plots" not in used, f"{name} imports the figures (kzlib.plots)"


def test_every_module_is_in_a_layer():
    """Every module of kzlib (besides the actions stage's action_* parts and the figures, kzlib/plots) is in a
    layer, so the check above covers it."""
    names = {p.stem for p in MODULES if p.parent == paths.PACKAGE and not p.stem.startswith("action_")}
    assert names - (BASE | PARSE | ANNOTATE | LATER_THAN_ANNOTATE) == set()
    assert not BASE & (PARSE | ANNOTATE | LATER_THAN_ANNOTATE)


def test_the_check_sees_a_backward_import(tmp_path):
    bad = tmp_path / "findings.py"
    bad.write_text("def f():\n    from .plots.chronology import timeline\n", encoding="utf-8")
    assert "plots" in imports(bad)
