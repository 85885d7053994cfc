# The one entry point for people. Every target sets up what it needs first.
#   make serve   - set up and serve the site on http://127.0.0.1:8000 (reloads on data edits)
#   make test    - set up (Python packages, Debian chromium) and run all tests
#   make check   - editors' validator: every data problem as file:line:col: field: message
#   make build   - strict build into site/ (replaced only when the build succeeds)
#   make new     - create a new resolution file (see scripts/new_resolution.py --help)
#   make schema  - regenerate data/schema/*.json from the model
#   make pages   - the site exactly as GitHub Pages publishes it (the workflows run this)
#   make pdf     - build, then print the learning pages into site/pdf/ (headless chromium)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt constraints.txt | cksum | cut -d' ' -f1)
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve test check build new schema browser clean pages pdf

$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	rm -f $(VENV)/.installed-* && touch $@

setup: $(STAMP)

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@fc-list 2>/dev/null | grep -q 'DejaVu Sans' || { \
	  echo "Installing DejaVu fonts (every Vietnamese glyph) for print and PDFs"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq fonts-dejavu-core >/dev/null; }

serve: setup
	SITE_URL=http://127.0.0.1:8000/ $(VENV)/bin/mkdocs serve --strict -a 127.0.0.1:8000

test: setup browser
	$(PY) -m pytest

check: setup
	$(PY) scripts/check.py

build: setup
	rm -rf .site-tmp
	$(VENV)/bin/mkdocs build --strict -d .site-tmp
	rm -rf site && mv .site-tmp site

new: setup
	$(PY) scripts/new_resolution.py $(ARGS)

schema: setup
	$(PY) scripts/export_schema.py

# The deploy and pull-request workflows and scripts/pages_dry_run.sh all run this target.
# Prerequisites: the strict build (and the offline zip and print PDFs once their targets
# exist: add them here), then the downloads copied to stable addresses under site/.
pages: build pdf
	$(PY) scripts/stage_downloads.py

# Print PDFs are a post-build step: `mkdocs build` itself never needs a browser.
pdf: build browser
	$(PY) scripts/make_pdfs.py site

clean:
	rm -rf site .site-tmp dist .pytest_cache
