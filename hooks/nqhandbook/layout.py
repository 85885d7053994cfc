"""The site's layout, owned here only: URL folders, file names, the search index path, the
stable download names, the slug rule and the build date.

Every layer imports this module (it imports nothing of the package); the Jinja templates get
the folders as the `folders` global (pages.templating). The build date is one function used by
the pages (hooks/main.py), the print PDFs, the offline bundle and its read-me; the Makefile
exports SOURCE_DATE_EPOCH from the same last commit.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from types import MappingProxyType

# URL folders of the site (and the Markdown paths MkDocs is given for them).
RESOLUTIONS_DIR = "nghi-quyet"  # one page per resolution: nghi-quyet/<slug>/
LEARNING_DIR = "hoc-tap"  # learning pages: hoc-tap/<slug>/
DOWNLOADS_DIR = "tai-ve"  # the download page and the published offline zip
OPEN_DATA_DIR = "du-lieu"  # JSON and CSV open data
PDF_DIR = "pdf"  # print PDFs, written after the build (nqhandbook.outputs.pdfs)
KIT_DIR = "bo-tai-lieu"  # the propaganda kit: bo-tai-lieu/<slug>/ (nqhandbook.outputs.kit)
SLIDES_DIR = "trinh-chieu"  # conference slides in the browser: trinh-chieu/<slug>/
TARGETS_PAGE = "chi-tieu"  # the targets overview: chi-tieu/
PLAN_PAGE = "ke-hoach"  # the propaganda plan: ke-hoach/

# Files of the built site.
SEARCH_INDEX = "search/search_index.json"  # written by Material's search plugin
SEARCH_INDEX_SCRIPT = "search/search_index.js"  # the same index as a script (offline bundle)
SERVICE_WORKER = "sw.js"
NOT_FOUND_PAGE = "404.html"
BOOKLET_PDF = "so-tay-nghi-quyet.pdf"  # every handout in one file, under PDF_DIR

# Downloads: the dated zip `make bundle` writes to dist/, its metadata beside it, and the
# stable name the online site publishes it under (DOWNLOADS_DIR/STABLE_ZIP).
ZIP_PATTERN = "so-tay-nghi-quyet-*-offline.zip"
BUNDLE_METADATA = "bundle.json"
STABLE_ZIP = "so-tay-nghi-quyet-offline.zip"

# The folders as the templates see them: {{ folders.resolutions }} and so on.
FOLDERS = MappingProxyType({
    "resolutions": RESOLUTIONS_DIR, "learning": LEARNING_DIR, "downloads": DOWNLOADS_DIR,
    "open_data": OPEN_DATA_DIR, "pdf": PDF_DIR,
})

UTC_OFFSET_HOURS = 7  # Vietnam, no daylight saving: build dates are dates in Hà Nội


def slug(number: str) -> str:
    """'11-NQ/TU' -> '11-nq-tu': the resolution's file stem, page folder and file names."""
    return number.lower().replace("/", "-")


def resolution_page(slug_: str) -> str:
    return f"{RESOLUTIONS_DIR}/{slug_}.md"


def learning_page(slug_: str) -> str:
    return f"{LEARNING_DIR}/{slug_}/index.md"


def dated_zip(date: str) -> str:
    """'2026-12-04' -> 'so-tay-nghi-quyet-20261204-offline.zip'."""
    return ZIP_PATTERN.replace("*", date.replace("-", ""))


def folder_url(path: str) -> str:
    """A built file's URL as a folder: 'a/index.html' -> 'a/', 'index.html' -> '' (others as is)."""
    if path == "index.html" or path.endswith("/index.html"):
        return path[: -len("index.html")]
    return path


def source_epoch(root: Path, environ: dict | None = None) -> int | None:
    """SOURCE_DATE_EPOCH if set (and not empty), else the last commit's time; None without git."""
    environ = os.environ if environ is None else environ
    if environ.get("SOURCE_DATE_EPOCH"):
        return int(environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True,
                             text=True, timeout=30, check=True).stdout.strip()
        return int(out)
    except (OSError, subprocess.SubprocessError, ValueError):
        return None


def epoch_date(epoch: int) -> str:
    """The date (YYYY-MM-DD) in Vietnam of a Unix time."""
    moment = dt.datetime.fromtimestamp(epoch, dt.timezone(dt.timedelta(hours=UTC_OFFSET_HOURS)))
    return moment.date().isoformat()


def build_date(root: Path, environ: dict | None = None) -> str:
    """The one build date: of SOURCE_DATE_EPOCH, else of the last commit, in Vietnam; "" when
    neither exists (a source archive without git)."""
    epoch = source_epoch(root, environ)
    return epoch_date(epoch) if epoch is not None else ""
