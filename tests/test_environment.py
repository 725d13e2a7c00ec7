"""pyproject.toml, requirements.lock and environment.yml name the same packages at the same versions."""

import re

import tomllib

from kzlib import paths


def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def declared():
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]
    reqs = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    return {norm(re.match(r"[A-Za-z0-9_.-]+", r).group(0)) for r in reqs}


def locked():
    pins = {}
    for line in (paths.ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[norm(name)] = version
    return pins


def conda():
    text = (paths.ROOT / "environment.yml").read_text()
    pins = dict(re.findall(r"^\s+- ([A-Za-z0-9_.-]+)==?([\w.]+)\s*$", text, re.M))
    return {norm(k): v for k, v in pins.items() if k != "python"}, text


def test_environment_yml_lists_the_declared_packages():
    pins, _ = conda()
    assert set(pins) == declared()


def test_environment_yml_pins_match_the_lock():
    pins, _ = conda()
    lock = locked()
    assert {k: lock[k] for k in pins} == pins


def test_lock_pins_every_declared_package_exactly():
    assert declared() <= set(locked())


def test_environment_yml_is_conda_forge_and_ends_with_editable_install():
    _, text = conda()
    assert "conda-forge" in text
    assert text.rstrip().splitlines()[-1].strip() == "- -e ."


def test_the_lock_is_complete_so_it_installs_without_dependency_resolution():
    """`make setup` installs the lock with --no-deps: every requirement of a locked package must be locked."""
    from importlib import metadata

    from packaging.requirements import Requirement

    lock = locked()
    missing = set()
    for name in lock:
        for spec in metadata.distribution(name).requires or []:
            req = Requirement(spec)
            applies = req.marker is None or req.marker.evaluate({"extra": ""})
            if applies and norm(req.name) not in lock:
                missing.add(f"{name} needs {req.name}")
    assert not missing, sorted(missing)


def test_nbformat_imports_without_the_slow_iri_grammar():
    """rfc3987-syntax stays out of the lock: jsonschema would build its grammar on every nbformat import."""
    import importlib.util

    assert "rfc3987-syntax" not in locked() and importlib.util.find_spec("rfc3987_syntax") is None
