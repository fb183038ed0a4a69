# Two set-up-and-go targets for a fresh machine: each creates .venv and installs newsfacts on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## the main job on the shipped samples: facts, then the conflicts report
	$(BIN)/newsfacts extract samples/ --format table
	$(BIN)/newsfacts conflicts samples/ --format table

test: $(STAMP)  ## the whole test suite
	$(BIN)/python -m pytest

bench: $(STAMP)  ## benchmarks over ../shared/ (not part of the test suite)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python tests/benchmarks/peer_tests.py
	$(BIN)/python tests/benchmarks/attribution_dev.py
	$(BIN)/python tests/benchmarks/attribution_agreement.py
	$(BIN)/python tests/benchmarks/throughput.py
	$(BIN)/python tests/benchmarks/report_size.py
	$(BIN)/python tests/benchmarks/seeds_acceptance.py
	$(BIN)/python tests/benchmarks/conflicts_dev.py
	$(BIN)/python tests/benchmarks/conflicts_corpus.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
