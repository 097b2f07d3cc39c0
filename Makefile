# Intake: one Makefile for newcomers, CI and developers.
# `make run` and `make test` each create .venv when it is missing and install what they need.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format bench package clean help

help:
	@echo "make run    set up (first time) and start Intake"
	@echo "make test   set up (first time) and run the whole test suite"
	@echo "make lint   ruff check, ruff format --check and mypy"
	@echo "make bench  run every benchmark and print one table"
	@echo "make translations  update translations/*.ts from the code and compile them"
	@echo "make package  build the one-folder app in dist/intake (PyInstaller)"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Intake needs Python 3.11 or newer.")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python tools/i18n.py compile
	$(BIN)/intake

translations: $(STAMP)
	$(BIN)/python tools/i18n.py update
	$(BIN)/python tools/i18n.py compile
	$(BIN)/python tools/i18n.py check || true

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

package: $(STAMP)
	$(BIN)/python -c 'import PyInstaller' 2>/dev/null || $(BIN)/python -m pip install --quiet 'pyinstaller>=6.10'
	$(BIN)/python -m PyInstaller packaging/intake.spec --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller
	@echo "Built dist/intake. Check it: QT_QPA_PLATFORM=offscreen dist/intake/intake --self-test"

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
