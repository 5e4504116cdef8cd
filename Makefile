# Every target sets itself up: a fresh clone needs only `make run` or `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PORT   ?= 8050

.PHONY: setup run test lint format refresh bench screenshots clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	# The bundled pip mis-installs some extras, and the venv's setuptools (65) cannot build the
	# editable install without isolation (no bdist_wheel, needs >=68): upgrade both first.
	# -qq: errors still print; warnings about this machine's pip index settings and setuptools'
	# notice on editable installs do not, so a successful setup reads as one.
	$(PY) -m pip install -qq --upgrade pip "setuptools>=70.1"
	$(PY) -m pip install -qq -r requirements.lock
	$(PY) -m pip install -qq --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

refresh: setup
	$(VENV)/bin/kpi refresh

run: refresh
	$(VENV)/bin/kpi serve --port $(PORT)

test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -q

lint: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# make bench: under 15 minutes on 2 cores; make bench QUICK=1: under 2 (bench/run.py says what each runs).
bench: setup
	# the serving benchmark opens the pages in Debian's Chromium
	bash scripts/system_packages.sh
	$(PY) bench/run.py $(if $(QUICK),--quick)

screenshots: refresh
	$(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) data/db data/kpi.duckdb data/cache
