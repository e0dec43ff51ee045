# consilience: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip --disable-pip-version-check -q
DEMO_OUT ?= demo-output

.PHONY: setup system-deps demo test test-fast test-slow lint bench screenshots clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade "pip==26.3"
	$(PIP) install --no-deps --ignore-requires-python -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	$(BIN)/consilience doctor
	touch $(STAMP)

setup: $(STAMP)

# Best effort: a PostgreSQL server and Chromium for the store and browser tests.
# Tests that need them skip with a visible reason when they cannot be installed.
system-deps:
	-@bash scripts/system-deps.sh

demo: setup
	$(BIN)/consilience demo --out $(DEMO_OUT)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: setup system-deps lint
	$(BIN)/pytest -n 2 -m "not slow" --timeout 600

# Tests of rules on hand-built docs and fake models only: seconds, for the edit-test loop.
test-fast: setup
	$(BIN)/pytest -n 2 -m "not slow and not models" --timeout 600

test-slow: setup system-deps
	$(BIN)/pytest -m slow --timeout 3600

bench: setup
	$(BIN)/python bench/ingest.py

# Refresh the README's screenshots of the seeds' story page (the browser test takes them).
screenshots: setup system-deps
	CONSILIENCE_SCREENSHOTS=docs/screenshots $(BIN)/pytest tests/web/test_browser.py -k contested --timeout 600

clean:
	rm -rf $(VENV) $(DEMO_OUT) .pytest_cache .mypy_cache .ruff_cache
