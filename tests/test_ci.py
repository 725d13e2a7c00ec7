"""The GitHub Actions workflow a fork runs: valid YAML that runs exactly `make test` on the lock's Python,
caches pip on the lock file and uploads the report."""

import re

import yaml

from kzlib import paths

WORKFLOW = paths.ROOT / ".github" / "workflows" / "test.yml"


def workflow():
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps():
    return [step for job in workflow()["jobs"].values() for step in job["steps"]]


def test_workflow_runs_on_pushes_and_pull_requests():
    assert {"push", "pull_request"} <= set(workflow()["on"])


def test_a_step_runs_exactly_make_test():
    runs = [step.get("run", "").strip() for step in steps()]
    assert "make test" in runs
    assert runs.index("make report") > runs.index("make test")


def test_python_is_the_locks_and_pip_is_cached_on_the_lock():
    header = (paths.ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()[0]
    locked = re.search(r"CPython (\d+\.\d+)", header).group(1)
    setup = next(s for s in steps() if s.get("uses", "").startswith("actions/setup-python@"))
    assert str(setup["with"]["python-version"]) == locked
    assert setup["with"]["cache"] == "pip" and setup["with"]["cache-dependency-path"] == "requirements.lock"


def test_the_report_is_uploaded_as_an_artifact():
    upload = next(s for s in steps() if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "build/report" and upload["if"] == "always()"


def test_every_action_is_pinned_to_a_version():
    assert all(re.search(r"@v\d+", s["uses"]) for s in steps() if "uses" in s)


def test_make_test_hands_out_existing_long_files_first():
    """`make test` keeps the order of collection (--no-loadscope-reorder), which tests/conftest.py starts with the
    longest files: each name there is a file that exists, so a renamed file cannot drop out of the order silently
    (nor out of the files that share a worker)."""
    from conftest import LONG_FIRST, SHARE_A_WORKER

    makefile = (paths.ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--dist loadfile --no-loadscope-reorder" in makefile
    assert len(set(LONG_FIRST)) == len(LONG_FIRST)
    named = LONG_FIRST + list(SHARE_A_WORKER)  # and the files that share a worker
    assert all((paths.ROOT / name).is_file() for name in named), [n for n in named if not (paths.ROOT / n).is_file()]


def test_the_test_runs_kernel_falls_back_to_the_usual_one_without_its_server(tmp_path):
    """The `python3` kernelspec of the test run (.ci/kernels/, first on JUPYTER_PATH under pytest) asks the fork
    server for a kernel; with no server at its socket it becomes the usual `python -m ipykernel_launcher`, with
    the same arguments and environment (here a stand-in ipykernel_launcher on PYTHONPATH says what it got)."""
    import json
    import os
    import subprocess
    import sys

    spec = json.loads((paths.ROOT / ".ci" / "kernels" / "python3" / "kernel.json").read_text(encoding="utf-8"))
    launch = [a.replace("{resource_dir}", str(paths.ROOT / ".ci" / "kernels" / "python3")) for a in spec["argv"]]
    assert launch[0] == "python" and launch[-2:] == ["-f", "{connection_file}"]
    (tmp_path / "ipykernel_launcher.py").write_text("import os, sys; print(sys.argv[1:], os.environ['MARK'])\n")
    env = dict(os.environ, KZLIB_KERNEL_SERVER=str(tmp_path / "no-server"), PYTHONPATH=str(tmp_path), MARK="kept")
    argv = [sys.executable, *launch[1:-1], str(tmp_path / "kernel.json")]
    r = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0 and r.stdout == f"['-f', '{tmp_path / 'kernel.json'}'] kept\n", r.stderr
