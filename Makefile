# The two commands of the quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= hito.db
HOST ?= 127.0.0.1
PORT ?= 8000
SEED := ../shared/corpus/seed

.PHONY: demo test install lint typecheck docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/hito ingest --db $(DB) samples/reports $(wildcard $(SEED)/*.txt)
	$(BIN)/hito events --db $(DB)
	$(BIN)/hito serve --db $(DB) --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

docs: $(VENV)/.installed
	$(BIN)/python scripts/cli_reference.py > docs/cli.md

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm test-artifacts
