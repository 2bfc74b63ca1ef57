# Two commands do all the set-up: `make run` and `make test`.
# Both create .venv on first use and (re)install when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots icons bundle translations clean

# NetDesk's translations: the .ts files are made from the sources (make translations) and
# committed; their .qm files are compiled next to them, inside the package, on every build.
TRANSLATIONS := resources/translations
TS := $(wildcard $(TRANSLATIONS)/netdesk_*.ts)
QM := $(TS:.ts=.qm)
# Where the texts are: the widgets, and the core's sentences for people (netdesk/core/wording.py).
TEXT_SOURCES := netdesk/ui netdesk/core
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -source-language en

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# English is the source language: its file holds only the plural forms ("1 contact").
translations: $(STAMP)
	$(LUPDATE) -pluralonly -target-language en $(TEXT_SOURCES) -ts $(TRANSLATIONS)/netdesk_en.ts
	for ts in $(filter-out $(TRANSLATIONS)/netdesk_en.ts,$(TS)); do \
		$(LUPDATE) $(TEXT_SOURCES) -ts $$ts || exit 1; done

run: $(STAMP) $(QM)
	$(BIN)/python -m netdesk $(ARGS)

test: $(STAMP) $(QM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

screenshots: $(STAMP) $(QM)
	$(BIN)/python scripts/screenshots.py

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/render_icons.py

# The self-contained one-folder app in dist/netdesk/ (build_spec/netdesk.spec; README: Packaging).
bundle: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build_spec/netdesk.spec
	@du -sh dist/netdesk

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
