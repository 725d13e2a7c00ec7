# kzlib — run `make` to list the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.setup-done
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
REPORT := build/report
# Kernels get CurveZMQ keys from jupyter_client (KernelManager.transport_encryption; ipykernel's kernelspec declares
# "curve"), so ipykernel does not warn "Kernel is running over TCP without encryption" for every notebook
# (kzlib.runbook.TRANSPORT_ENCRYPTION sets the same for its own runs).
EXECUTE := $(PY) -m jupyter nbconvert --to notebook --execute --log-level WARN --KernelManager.transport_encryption=auto
export PYTHONHASHSEED := 0
export MPLBACKEND := module://matplotlib_inline.backend_inline
export PYDEVD_DISABLE_FILE_VALIDATION := 1
# Byte code is cached in .venv and __pycache__/ (git-ignored) even where the shell asks for none: without it every
# test worker, kernel and CLI run compiles again what pytest rewrites (hypothesis alone: 2 s of CPU per process).
export PYTHONDONTWRITEBYTECODE :=

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

setup: $(STAMP) ## create .venv from requirements.lock (idempotent)

# The lock is complete (a pip freeze), so it installs with --no-deps: nothing unpinned comes in. It leaves out
# rfc3987-syntax (and lark, its only user), an optional IRI checker that jsonschema imports whenever it is
# present, building a grammar at import: 2-3 s of CPU for every process that imports nbformat.
UNLOCKED := rfc3987-syntax|lark

$(STAMP): requirements.lock pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

LINTED := kzlib tests benchmarks notebooks
JOBS ?= 2

# Two workers, each taking whole files (a notebook's cells share one kernel and run in order), in the order of
# collection (--no-loadscope-reorder): tests/conftest.py puts the longest files first (LONG_FIRST), so that the
# short files even out the two workers at the end.
# Lint runs beside the tests (its 0.4 s overlaps their start-up); either failing fails the target.
test: setup ## lint, and strict nbval on notebooks/ and pytest on tests/ (JOBS=2 workers, whole files)
	$(MAKE) --no-print-directory lint & lint=$$!; \
	$(PY) -m pytest -n $(JOBS) --dist loadfile --no-loadscope-reorder $(NOTEBOOKS) tests --nbval --nbval-sanitize-with .ci/nbval-sanitize.cfg -q; \
	tests=$$?; wait $$lint && exit $$tests

lint: setup ## ruff check and ruff format --check on code, tests, benchmarks and notebooks
	$(PY) -m ruff check $(LINTED)
	$(PY) -m ruff format --check $(LINTED)

lab: setup ## open the notebooks in JupyterLab from the project's venv
	$(PY) -m jupyter lab --ServerApp.root_dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

report: setup ## execute every notebook fresh into build/report/; SOURCE=text.txt: the notebooks on that text, in build/report-<doc_id>/
ifdef SOURCE
	$(PY) -m kzlib.runbook "$(SOURCE)"
else
	rm -rf build/executed && mkdir -p build/executed
	$(EXECUTE) --output-dir build/executed $(NOTEBOOKS)
	$(PY) -m kzlib report $(REPORT) --notebooks build/executed --screenshots
endif

notebooks: setup ## re-execute the notebooks in place to refresh their stored outputs
	$(EXECUTE) --inplace $(NOTEBOOKS)

export: setup ## write every table as CSV to build/tables/
	$(PY) -m kzlib export build/tables

bench: setup ## time import, each stage, a 1/8/64-chapter corpus and a spaCy baseline (installs spaCy)
	$(PY) -m pip install --quiet --disable-pip-version-check -r benchmarks/requirements.txt
	$(PY) benchmarks/bench.py

lock: ## re-pin requirements.lock from pyproject.toml in a scratch venv
	rm -rf build/lockenv && python3 -m venv build/lockenv
	build/lockenv/bin/pip install --quiet -e '.[dev,notebooks,lab]'
	{ head -2 requirements.lock; build/lockenv/bin/pip freeze --all --exclude-editable | grep -v -E '^(-e|(pip|$(UNLOCKED))==)'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf build/lockenv

clean: ## remove build/ and caches (keeps .venv)
	rm -rf build .pytest_cache .hypothesis
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +

distclean: clean ## also remove .venv
	rm -rf $(VENV)

.PHONY: help setup test lint lab report notebooks export bench lock clean distclean
