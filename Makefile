# Two commands on a fresh machine: `make run` (the app on a demo team) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint bench clean bundle bundle-test

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

# The one-folder application for this platform in dist/ (installer/README.md: Windows, macOS).
BUNDLE_STAMP := $(VENV)/.bundle-stamp
$(BUNDLE_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(PY) installer/build.py

# The bundle's own self-test, offscreen, with fresh config/data/log folders (not the user's).
bundle-test: bundle
	T=$$(mktemp -d) && QT_QPA_PLATFORM=offscreen STAR_DESKTOP_CONFIG_DIR=$$T/config \
	  STAR_DESKTOP_DATA_DIR=$$T/data STAR_DESKTOP_LOG_DIR=$$T/log \
	  dist/star-desktop/star-desktop --self-test; rc=$$?; rm -rf "$$T"; exit $$rc

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
