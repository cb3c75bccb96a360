# budget-warehouse: `make build` (warehouse from the bundled samples) and `make test` (whole suite).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPARK_STAMP := $(VENV)/.installed-spark
INPUT ?= data/samples
DB ?= warehouse/budget.duckdb
N ?= 1000

.PHONY: test-fast install install-spark install-superset build spark test bench docs clean help

help:
	@echo "make build   install (if needed), ingest $(INPUT), dbt build, data checks -> $(DB)"
	@echo "make test    install (if needed) and run the whole test suite (pytest + dbt tests, Spark included)"
	@echo "make spark   make build, then the same models on a local Spark (warehouse/spark; needs Java 17+)"
	@echo "make docs    the dbt docs as one page that opens from disk (warehouse/docs/index.html)"
	@echo "make bench   scale benchmark on N synthetic reports (default 1000; make bench N=100000)"
	@echo "make clean   remove the warehouse and dbt artefacts (keeps the virtual env)"

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (Python 3.11 is required)"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

# pyspark (~450 MB) only for the Spark target and the suite; `make build` does without it.
$(SPARK_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test,spark]'
	@touch $(SPARK_STAMP)

install-spark: $(SPARK_STAMP)

# Superset (~900 MB, its own SQLAlchemy 1.4) in a virtual env of its own, beside the project's,
# for tests/test_superset.py; the DuckDB packages at the project's pins (requirements.lock).
SUPERSET_VENV := .venv-superset
SUPERSET_STAMP := $(SUPERSET_VENV)/.installed
SUPERSET_VERSION := 6.1.0
$(SUPERSET_STAMP): pyproject.toml requirements.lock
	@test -x $(SUPERSET_VENV)/bin/python || $(PYTHON) -m venv $(SUPERSET_VENV)
	$(SUPERSET_VENV)/bin/python -m pip install --quiet --disable-pip-version-check apache-superset==$(SUPERSET_VERSION) \
		$$(grep -E '^(duckdb|duckdb_engine)==' requirements.lock)
	$(SUPERSET_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(SUPERSET_STAMP)

install-superset: $(SUPERSET_STAMP)

build: install
	BUDGET_DB_PATH=$(DB) $(BIN)/budgetwh build --input $(INPUT) --db $(DB)
	$(BIN)/budgetwh site --out warehouse/site --db $(DB)

spark: build install-spark
	$(BIN)/python -m budgetwh.spark_target --db $(DB)

test: install-spark install-superset
	$(BIN)/python -m pytest

# the tests that build no whole warehouse through the CLI: parsing, formats, real documents, SQL
test-fast: install
	$(BIN)/python -m pytest -m "not slow"

bench: install
	$(BIN)/python bench/run.py --n $(N)

docs: install
	$(BIN)/budgetwh docs --out warehouse/docs

clean:
	rm -rf warehouse target logs
