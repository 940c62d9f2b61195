# CSIAP Planner — developer commands. A fresh Debian 12 machine needs only:
#   make demo    the main job on the bundled sample, into ./demo/
#   make test    the test suite
# Both install what they need (Debian's QGIS, Xvfb, PostgreSQL/PostGIS, a venv for the test tools).

SHELL := /bin/bash
PYTHON := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
BUILD := build
PLUGIN_NAME := csiap_planner
PLUGIN_LINK := $(BUILD)/plugins/$(PLUGIN_NAME)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := qgis python3-qgis qgis-providers xvfb xauth poppler-utils python3-venv \
	qttools5-dev-tools pyqt5-dev-tools python3-geopandas python3-shapely python3-pyproj \
	python3-fiona python3-rtree openbox postgresql postgresql-postgis python3-psycopg2
PIP_PACKAGES := pytest pytest-qgis==5.0.2 hypothesis ruff bandit PyQt6 openpyxl pyxform
TS := i18n/csiap_planner_id.ts
QM := $(TS:.ts=.qm)
SOURCES := $(shell find . -name '*.py' -not -path './$(BUILD)/*' -not -path './$(VENV)/*' \
	-not -path './tests/*' -not -path './bench/*' -not -path './scripts/*' -not -path './demo/*' | sort)

.PHONY: deps test test-qgis apt-packages demo package translations lint bench clean

deps: $(VENV)/.deps $(PLUGIN_LINK)

# Redone when the Makefile changes (a package added to the lists reaches existing venvs).
$(VENV)/.deps: Makefile
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $(APT_PACKAGES); \
	fi
	$(PYTHON) -m venv --system-site-packages $(VENV)
	# pip's numpy 2 would break the system GDAL and matplotlib: keep the system's numpy.
	echo "numpy==$$($(PYTHON) -c 'import numpy; print(numpy.__version__)')" > $(VENV)/constraints.txt
	$(VPY) -m pip install -q -c $(VENV)/constraints.txt $(PIP_PACKAGES)
	touch $@

# Tests and scripts import the plugin under its install name through this link,
# never with the repository root on sys.path (QGIS has its own `processing`).
$(PLUGIN_LINK):
	mkdir -p $(BUILD)/plugins
	ln -sfn "$(CURDIR)" $@

$(QM): $(TS)
	lrelease -silent $(TS) -qm $(QM)

translations: deps
	pylupdate5 -noobsolete $(SOURCES) -ts $(TS)
	lrelease $(TS) -qm $(QM)

# With a throw-away PostgreSQL/PostGIS cluster on a local port, stopped at the end (issue 18).
test: deps $(QM)
	QT_QPA_PLATFORM=offscreen scripts/with_postgres.sh $(VENV)/bin/pytest $(PYTEST_ARGS)

# The suite on another QGIS, in a Debian chroot: QGIS=3.22 (Debian 12), 3.40 (Debian 13)
# or 3.44 (Debian 13 backports). Needs root (sudo) and about 3 GB per version.
test-qgis:
	@if [ -z "$(QGIS)" ]; then echo "usage: make test-qgis QGIS=3.22|3.40|3.44" >&2; exit 2; fi
	scripts/chroot_test.sh test $(QGIS)

# What `make deps` installs from apt, for the chroots of test-qgis.
apt-packages:
	@echo $(APT_PACKAGES)

demo: deps $(QM)
	QT_QPA_PLATFORM=offscreen $(VPY) scripts/demo.py demo

package: deps $(QM)
	$(VPY) scripts/package.py $(BUILD)/$(PLUGIN_NAME).zip

lint: deps
	$(VENV)/bin/ruff check .

bench: deps $(QM)
	QT_QPA_PLATFORM=offscreen $(VPY) bench/bench_create_workspace.py
	QT_QPA_PLATFORM=offscreen $(VPY) bench/bench_import_survey.py
	QT_QPA_PLATFORM=offscreen scripts/with_postgres.sh $(VPY) bench/bench_area_indicators.py
	QT_QPA_PLATFORM=offscreen $(VPY) bench/bench_scoring.py
	QT_QPA_PLATFORM=offscreen $(VPY) bench/bench_annex.py

clean:
	rm -rf $(BUILD) demo $(QM)
	find . -name __pycache__ -prune -exec rm -rf {} +
