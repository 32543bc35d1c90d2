# The README's commands. `make run` and `make test` work on a fresh machine: they create .venv and install.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///warledger.db
PORT ?= 8000

.PHONY: install run test lint eval bench browser clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	$(BIN)/python -m warledger.extract.gazetteer
	touch $@

run: install
	$(BIN)/warledger ingest examples/ --db $(DB)
	$(BIN)/warledger report --db $(DB)
	$(BIN)/warledger serve --db $(DB) --port $(PORT)

browser:
	@test -x /usr/bin/chromium -a -x /usr/bin/chromedriver || sh scripts/install-browser.sh

test: install browser
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

eval: install
	$(BIN)/python scripts/update_readme_eval.py

bench: install
	$(BIN)/warledger bench --docs 300

clean:
	rm -rf $(VENV) warledger.db warledger.db-wal warledger.db-shm .pytest_cache .mypy_cache
