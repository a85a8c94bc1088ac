# The two commands a fresh machine needs: `make run` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
DB     ?= var/dashiji.duckdb

.PHONY: run test sample score clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

## run: serve the API on http://127.0.0.1:8000 (builds the sample database first if missing)
run: $(VENV)/.installed
	$(PY) -m api --db $(DB)

## test: the whole test suite (installs the font and Chromium it needs first, when missing)
test: $(VENV)/.installed
	.ci/system-deps
	$(PY) -m pytest

## sample: rebuild the sample database from data/sample
sample: $(VENV)/.installed
	$(PY) -m etl build-sample --db $(DB)

## score: the contract scorer on the seed and dev gold in ../shared
score: $(VENV)/.installed
	../shared/eval/run.sh ../shared/corpus/seed
	../shared/eval/run.sh ../shared/corpus/dev

clean:
	rm -rf $(VENV) var .pytest_cache .hypothesis
