# Two commands for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install demo bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Tandem needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/tandem db upgrade
	$(BIN)/tandem demo --load
	$(BIN)/tandem serve

test: install
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

demo: install
	$(BIN)/tandem demo

clean:
	rm -rf $(VENV) var .pytest_cache
