# The one entry point for people. Every target sets up what it needs first.
# The engine is ProperDocs (the maintained MkDocs 1.x; README, "Which engine"); it reads
# mkdocs.yml, named with -f because its own default name is properdocs.yml.
#   make serve   - set up and serve the site on http://127.0.0.1:8000 (reloads on data edits)
#   make test    - set up (Python packages, Debian chromium and firefox-esr), lint, and run all tests
#   make lint    - ruff (ruff.toml) on the Python, eslint (eslint.config.mjs) on the JavaScript
#   make check   - editors' validator: every data problem as file:line:col: field: message
#   make build   - strict build into site/ (replaced only when the build succeeds)
#   make new     - create a new resolution file (see scripts/new_resolution.py --help)
#   make schema  - regenerate data/schema/*.json from the model
#   make pages   - the site exactly as GitHub Pages publishes it (the workflows run this)
#   make pdf     - build, then print the learning pages into site/pdf/ (python -m nqhandbook.outputs.pdfs)
#   make kit     - print the propaganda kit into dist/kit/ (leaflets, posters, share images, contest set)
#   make bundle  - the offline zip: dist/so-tay-nghi-quyet-<YYYYMMDD>-offline.zip
#   make slides  - conference slides: dist/slides/<slug>.pptx and .pdf (LibreOffice), published by the build
#   make bench   - benchmark with budgets (ARGS=--skip-large skips the 2,000-resolution builds;
#                  ARGS=--builds-only measures only build time and memory;
#                  ARGS=--hostile-only times only the validator and patterns on hostile input)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt constraints.txt pyproject.toml | cksum | cut -d' ' -f1)
export NO_MKDOCS_2_WARNING := 1
# Reproducible builds: the dates MkDocs writes (sitemap) are the last commit's, not today's.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || date +%s)

.PHONY: setup serve test lint check build new schema browser firefox clean pages pdf bundle node java bench office slides kit

# The pinned packages, then the project's own package (hooks/nqhandbook, pyproject.toml) in
# editable mode: hooks/main.py, scripts/ and tests/ import it like any installed package.
$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
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

# Firefox draws the pages in one test only (tests/test_fonts_vietnamese.py: Vietnamese letters
# in the fonts Firefox picks), driven by npm puppeteer-core; any installed Firefox will do.
firefox:
	@command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || { \
	  echo "Installing Debian's firefox-esr for the font check in Firefox"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq firefox-esr >/dev/null; }

# LibreOffice converts the slides to PDF (make slides) and opens every deck in the tests.
office:
	@command -v soffice >/dev/null 2>&1 || { \
	  echo "Installing Debian's LibreOffice Impress for the slides (PDF, tests)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libreoffice-impress >/dev/null; }

# Front-end tools and vendored browser files, pinned in package.json / package-lock.json.
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "Installing Debian's nodejs and npm for the front-end tools"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nodejs npm >/dev/null; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node: $(NODE_STAMP)

# The Nu Html Checker (node_modules/vnu-jar) runs on Java.
java:
	@command -v java >/dev/null 2>&1 || { \
	  echo "Installing Debian's Java runtime for the HTML checker"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO mkdir -p /usr/share/man/man1; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless >/dev/null; }

serve: setup
	SITE_URL=http://127.0.0.1:8000/ $(VENV)/bin/properdocs serve --strict -f mkdocs.yml -a 127.0.0.1:8000

# The service worker is a template: tests/test_js_lint.py renders and lints it.
lint: setup node
	$(VENV)/bin/ruff check .
	node_modules/.bin/eslint .

test: lint browser firefox java office
	$(PY) -m pytest

bench: setup browser node office
	$(PY) scripts/bench.py $(ARGS)

check: setup
	$(PY) scripts/check.py

build: setup
	rm -rf .site-tmp
	$(VENV)/bin/properdocs build --strict -f mkdocs.yml -d .site-tmp
	rm -rf site && mv .site-tmp site

new: setup
	$(PY) scripts/new_resolution.py $(ARGS)

schema: setup
	$(PY) scripts/export_schema.py

# The deploy and pull-request workflows and scripts/pages_dry_run.sh all run this target.
# Prerequisites: the offline zip first (the build publishes dist/'s newest zip at
# tai-ve/so-tay-nghi-quyet-offline.zip and the download page shows its size and date), the
# strict build and the print PDFs; then sw.js written again so phones keep the PDFs too.
pages: slides kit bundle build pdf
	$(PY) scripts/service_worker.py site

# Print PDFs are a post-build step: the build itself never needs a browser.
pdf: build browser
	$(PY) -m nqhandbook.outputs.pdfs site

# The offline bundle prints its own handouts (chromium) and vendors iframe-worker (npm).
bundle: setup browser node slides kit
	$(PY) scripts/bundle.py

# The slides: .pptx (python-pptx) and .pdf (LibreOffice) into dist/slides/; every later
# build publishes them under trinh-chieu/<slug>/ while they match the data.
slides: setup office
	$(PY) scripts/make_slides.py

# The propaganda kit (issue 17): printed before the builds, which copy dist/kit/ into the
# site under bo-tai-lieu/ and show each file's size on the kit pages.
kit: setup browser
	$(PY) scripts/make_kit.py

clean:
	rm -rf site .site-tmp dist .pytest_cache
