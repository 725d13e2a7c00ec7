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
ANNOTATE = {
    "actors",
    "timex",
    "citations",
    "chronology",
    "themes",
    "actions",
    "candidates",
    "dyads",
    "network",
    "quotes",
}
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
ENTRY_POINTS = {"report", "runbook", "qdpx", "cli", "__init__", "__main__"}  # the last layer: nothing imports them


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


def layer_errors(path) -> list[str]:
    """What a module of kzlib (or of kzlib/plots) imports from a later layer than its own."""
    name, used, top = path.stem, imports(path), path.parent == paths.PACKAGE
    errors = []
    if top and name in BASE and not used <= BASE:
        errors.append(f"{name} (base) imports {used - BASE}")
    if top and name in PARSE | ANNOTATE and used & LATER_THAN_ANNOTATE:
        errors.append(f"{name} (parse/annotate) imports {used & LATER_THAN_ANNOTATE}")
    if top and name in PARSE and name != "document" and used & ANNOTATE:
        errors.append(f"{name} (parse) imports {used & ANNOTATE}")
    if top and name not in FIGURES_USERS and "plots" in used:
        errors.append(f"{name} imports the figures (kzlib.plots)")
    if not top and used & ENTRY_POINTS:
        errors.append(f"plots/{name} (figures) imports {used & ENTRY_POINTS}")
    return errors


@pytest.mark.parametrize("path", MODULES, ids=[p.relative_to(paths.PACKAGE).as_posix() for p in MODULES])
def test_no_module_reaches_into_a_later_layer(path):
    assert layer_errors(path) == []


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


def test_the_check_sees_a_figure_reaching_into_the_report(monkeypatch, tmp_path):
    """A module of kzlib/plots is checked too (its figures come before the report that shows them)."""
    plots = tmp_path / "plots"
    plots.mkdir()
    bad = plots / "chronology.py"
    bad.write_text("from ..report import build\nfrom ..chronology import dated_events\n", encoding="utf-8")
    monkeypatch.setattr(paths, "PACKAGE", tmp_path)
    assert layer_errors(bad) == ["plots/chronology (figures) imports {'report'}"]
    bad.write_text("from ..chronology import dated_events\n", encoding="utf-8")
    assert layer_errors(bad) == []
