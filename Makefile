# One command each, on a fresh machine: `make brief` builds the brief for 2024-01-19
# from seeds/, `make test` runs the tests. Both create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DATE ?= 2024-01-19

.PHONY: brief test lint bench accuracy clean fuzz

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

brief: $(VENV)/.installed
	$(VENV)/bin/briefing build --date $(DATE)

# (-n auto: one worker a core, as the suite's servers and runs each take their own ports
# and folders)
test: $(VENV)/.installed
	$(PY) -m pytest -n auto

lint: $(VENV)/.installed
	$(PY) -m pip install --quiet ruff mypy types-PyYAML
	$(PY) -m ruff check briefing tests
	$(PY) -m mypy briefing

# Benchmark every stage at 100, 1,000 and 10,000 articles from ../shared/corpus (by hand,
# not in CI; about six minutes): prints a table, writes benchmarks/results/<name>.json.
bench: $(VENV)/.installed
	$(PY) -m benchmarks.run

# Fuzz every parser for FUZZ_SECONDS each (atheris; outside CI). Findings: output/fuzz/.
FUZZ_SECONDS ?= 60
fuzz: $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check atheris
	$(PY) fuzz/run.py --seconds $(FUZZ_SECONDS)

clean:
	rm -rf $(VENV) output/*/
