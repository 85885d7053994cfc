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

# --- Vietnamese endings -----------------------------------------------------------------
# Every target ends with one Vietnamese line: "✓ make X: ..." on success, and on failure
# "✗ make X: ... — sửa theo các dòng trên rồi chạy lại" as the LAST line the editor sees.
# GNU make always prints its own English "make: *** [Makefile:NN: X] Error 1" after a
# failed recipe line, and nothing in make switches that off (`-s` and .SILENT only hide the
# commands). So a failed step prints the Vietnamese line, then interrupts make (SIGINT: make
# waits for the step, which exits 0 a second later, once make is surely handling the signal,
# so there is no error line; shells do not announce an interrupted command) and make stops
# with status 130, non-zero for CI as any failure. Note: like Ctrl-C, this also ends an
# interactive command list (`make check; make build` stops after the failed check).
# Where the parent is not make (no /proc, `make -n | sh`), the step exits 1 instead.
# Usage in a recipe:  $(call run,COMMAND,FAILED,DONE)  (FAILED/DONE: variables, commas allowed).
halt = if [ "$$(cat /proc/$$PPID/comm 2>/dev/null)" = make ]; then kill -INT $$PPID; sleep 1; exit 0; fi; exit 1
step = $(if $(filter $(STAMP),$@),setup,$@)
fail = { echo "✗ make $(step): $(1) — sửa theo các dòng trên rồi chạy lại" >&2; $(halt); }
run = @$(1) || $(call fail,$(2)); $(if $(3),echo "✓ make $(step): $(3)")
# A target with no work of its own says it is ready only when it is the goal (make's own
# "Nothing to be done for ..." would be English).
ready = @$(if $(filter $@,$(or $(MAKECMDGOALS),setup)),echo "✓ make $@: $(1)",:)
FAIL_SETUP := không cài được các gói Python (xem thông báo của pip ở trên)
FAIL_APT := không cài được gói hệ thống (cần quyền sudo và mạng)
FAIL_LINT := mã chưa đạt quy tắc viết mã (ruff, eslint)
FAIL_TEST := có phép thử không đạt
FAIL_BUILD := không dựng được trang; site/ cũ được giữ nguyên
FAIL_NEW := chưa tạo được tệp nghị quyết mới
FAIL_STEP := bước này không chạy xong
DONE_LINT := mã đạt quy tắc viết mã
DONE_TEST := mọi phép thử đều đạt
DONE_BUILD := đã dựng xong trang vào site/
DONE_SCHEMA := đã ghi lại data/schema/
DONE_PAGES := đã dựng xong bản xuất bản trong site/
DONE_PDF := đã in các trang học tập vào site/pdf/
DONE_BUNDLE := đã tạo gói ngoại tuyến trong dist/
DONE_SLIDES := đã tạo bản trình chiếu trong dist/slides/
DONE_KIT := đã in bộ tài liệu tuyên truyền trong dist/kit/
DONE_BENCH := đã đo xong; kết quả ở trên
# make check PROJECT=path: check another project folder (tests replay an editor's edit).
PROJECT ?=
MAKEFLAGS += --no-print-directory

.DEFAULT_GOAL := setup
.PHONY: setup serve test lint check build new schema browser firefox clean pages pdf bundle node java bench office slides kit

# The pinned packages, then the project's own package (hooks/nqhandbook, pyproject.toml) in
# editable mode: hooks/main.py, scripts/ and tests/ import it like any installed package.
$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	@echo "Đang cài các gói Python vào $(VENV) (lần đầu mất vài phút)"
	$(call run,(test -x $(PY) || $(PYTHON) -m venv $(VENV)) \
	  && $(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt \
	  && $(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e . \
	  && rm -f $(VENV)/.installed-* && touch $@,$(FAIL_SETUP))

setup: $(STAMP)
	$(call ready,các gói Python đã sẵn sàng trong $(VENV))

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Đang cài chromium (Debian) cho các phép thử trên trình duyệt"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null || $(call fail,$(FAIL_APT)); }
	@fc-list 2>/dev/null | grep -q 'DejaVu Sans' || { \
	  echo "Đang cài phông DejaVu (đủ chữ tiếng Việt) cho bản in và PDF"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq fonts-dejavu-core >/dev/null || $(call fail,$(FAIL_APT)); }

# Firefox draws the pages in one test only (tests/test_fonts_vietnamese.py: Vietnamese letters
# in the fonts Firefox picks), driven by npm puppeteer-core; any installed Firefox will do.
firefox:
	@command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || { \
	  echo "Đang cài firefox-esr (Debian) cho phép thử phông chữ trên Firefox"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq firefox-esr >/dev/null || $(call fail,$(FAIL_APT)); }

# LibreOffice converts the slides to PDF (make slides) and opens every deck in the tests.
office:
	@command -v soffice >/dev/null 2>&1 || { \
	  echo "Đang cài LibreOffice Impress (Debian) cho bản trình chiếu (PDF, phép thử)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libreoffice-impress >/dev/null || $(call fail,$(FAIL_APT)); }

# Front-end tools and vendored browser files, pinned in package.json / package-lock.json.
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "Đang cài nodejs và npm (Debian) cho công cụ giao diện"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nodejs npm >/dev/null || $(call fail,$(FAIL_APT)); }
	$(call run,npm ci --no-audit --no-fund --loglevel=error && touch $@,$(FAIL_APT))

node: $(NODE_STAMP)
	$(call ready,các gói npm đã sẵn sàng trong node_modules)

# The Nu Html Checker (node_modules/vnu-jar) runs on Java.
java:
	@command -v java >/dev/null 2>&1 || { \
	  echo "Đang cài Java (Debian) cho bộ kiểm tra HTML"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO mkdir -p /usr/share/man/man1; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless >/dev/null || $(call fail,$(FAIL_APT)); }

# Not wrapped: it runs until Ctrl-C, which is not a failure to report.
serve: setup
	SITE_URL=http://127.0.0.1:8000/ $(VENV)/bin/properdocs serve --strict -f mkdocs.yml -a 127.0.0.1:8000

# The service worker is a template: tests/test_js_lint.py renders and lints it.
lint: setup node
	$(call run,$(VENV)/bin/ruff check . && node_modules/.bin/eslint .,$(FAIL_LINT),$(DONE_LINT))

test: lint browser firefox java office
	$(call run,$(PY) -m pytest,$(FAIL_TEST),$(DONE_TEST))

bench: setup browser node office
	$(call run,$(PY) scripts/bench.py $(ARGS),$(FAIL_STEP),$(DONE_BENCH))

# check.py --make prints its own last line ("✓/✗ make check: ..." with the number of
# errors); exit status 1 is "the data has errors", anything else a crash.
check: setup
	@$(PY) scripts/check.py --make $(PROJECT); status=$$?; [ $$status = 0 ] \
	  || { [ $$status = 1 ] || echo "✗ make check: $(FAIL_STEP) — sửa theo các dòng trên rồi chạy lại" >&2; $(halt); }

build: setup
	$(call run,rm -rf .site-tmp && $(VENV)/bin/properdocs build --strict -f mkdocs.yml -d .site-tmp \
	  && rm -rf site && mv .site-tmp site,$(FAIL_BUILD),$(DONE_BUILD))

new: setup
	$(call run,$(PY) scripts/new_resolution.py $(ARGS),$(FAIL_NEW))

schema: setup
	$(call run,$(PY) scripts/export_schema.py,$(FAIL_STEP),$(DONE_SCHEMA))

# The deploy and pull-request workflows and scripts/pages_dry_run.sh all run this target.
# Prerequisites: the offline zip first (the build publishes dist/'s newest zip at
# tai-ve/so-tay-nghi-quyet-offline.zip and the download page shows its size and date), the
# strict build and the print PDFs; then sw.js written again so phones keep the PDFs too.
pages: slides kit bundle build pdf
	$(call run,$(PY) scripts/service_worker.py site,$(FAIL_STEP),$(DONE_PAGES))

# Print PDFs are a post-build step: the build itself never needs a browser.
pdf: build browser
	$(call run,$(PY) -m nqhandbook.outputs.pdfs site,$(FAIL_STEP),$(DONE_PDF))

# The offline bundle prints its own handouts (chromium) and vendors iframe-worker (npm).
bundle: setup browser node slides kit
	$(call run,$(PY) scripts/bundle.py,$(FAIL_STEP),$(DONE_BUNDLE))

# The slides: .pptx (python-pptx) and .pdf (LibreOffice) into dist/slides/; every later
# build publishes them under trinh-chieu/<slug>/ while they match the data.
slides: setup office
	$(call run,$(PY) scripts/make_slides.py,$(FAIL_STEP),$(DONE_SLIDES))

# The propaganda kit (issue 17): printed before the builds, which copy dist/kit/ into the
# site under bo-tai-lieu/ and show each file's size on the kit pages.
kit: setup browser
	$(call run,$(PY) scripts/make_kit.py,$(FAIL_STEP),$(DONE_KIT))

clean:
	rm -rf site .site-tmp dist .pytest_cache .cache/nqhandbook
