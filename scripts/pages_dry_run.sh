#!/bin/sh
# Local dry run of the GitHub Pages deployment (.github/workflows/pages.yml): the same
# `make pages` the workflow runs, giving the same site/ (with site/tai-ve/ and site/pdf/)
# and dist/ that the workflow uploads. SITE_URL and EDIT_BASE pass through when set;
# otherwise mkdocs.yml's defaults apply. Serve the result with:
#   python3 -m http.server -d site 8000
set -eu
cd "$(dirname "$0")/.."
make pages
echo "Pages dry run done: $(find site -type f | wc -l) files in site/"
find site/tai-ve site/pdf -type f 2>/dev/null | sort || true
