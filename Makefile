# Two commands on a fresh machine: `make run` (the app on a demo team) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m star_desktop.i18n compile
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/star-desktop --demo

test: $(STAMP)
	$(VENV)/bin/ruff check star_desktop tests bench
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check star_desktop tests bench

bench: $(STAMP)
	$(PY) bench/bench_open.py
	$(PY) bench/bench_cases.py
	$(PY) bench/bench_case_view.py
	$(PY) bench/bench_import.py
	$(PY) bench/bench_meeting_pdfs.py
	$(PY) bench/bench_report.py
	$(PY) bench/bench_fourr.py
	$(PY) bench/bench_federation.py
	$(PY) bench/bench_backup.py
	$(PY) bench/bench_retention.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
