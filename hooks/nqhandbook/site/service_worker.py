"""The service worker, written after the build: the list of files a phone keeps for offline
use (every page, asset, the search index and the handouts), each with a revision, and a
cache version that is a hash of them all. A new deployment changes sw.js byte for byte, so
browsers install it on the next online visit; unchanged files are not downloaded again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from ..layout import (BOOKLET_PDF, DOWNLOADS_DIR, NOT_FOUND_PAGE, OPEN_DATA_DIR, PDF_DIR, SEARCH_INDEX_SCRIPT,
                      SERVICE_WORKER, folder_url)
from ..pages.templating import environment
from .site_files import loaded_files

TEMPLATE = "pwa/sw.js.j2"
FALLBACK = NOT_FOUND_PAGE  # shown offline for a page that is not kept
# Not kept: the worker itself, files of the offline bundle, the bundle zip, the JSON open
# data (for programmers, not needed to read the handbook) and the booklet PDF (every
# handout in one file, 2 MB on mobile data; each handout is kept on its own), the conference
# slides (views, .pptx, .pdf: for a laptop at a projector) and the kit's print files, downloaded
# on demand.
NOT_KEPT = (SERVICE_WORKER, SEARCH_INDEX_SCRIPT, "assets/vendor/*", f"{DOWNLOADS_DIR}/*.zip",
            f"{OPEN_DATA_DIR}/*.json", f"{PDF_DIR}/{BOOKLET_PDF}", "trinh-chieu/*",
            "bo-tai-lieu/*.pdf", "bo-tai-lieu/*.png")
GZIPPED_SUFFIXES = (".html", ".css", ".js", ".json", ".svg", ".txt", ".csv", ".webmanifest", ".xml")


def precache_entries(site_dir: Path) -> list[tuple[str, str]]:
    """(URL relative to the site root, revision) for every file kept; pages by folder URL."""
    entries = []
    for rel in loaded_files(site_dir, NOT_KEPT):
        entries.append((folder_url(rel) or "./", _digest((site_dir / rel).read_bytes())[:16]))
    return entries


def write_service_worker(site_dir: Path) -> Path:
    entries = precache_entries(site_dir)
    version = _digest(json.dumps(entries).encode("utf-8"))[:16]
    text = environment().get_template(TEMPLATE).render(version=version, entries=entries, fallback=FALLBACK)
    target = site_dir / SERVICE_WORKER
    target.write_text(text, encoding="utf-8")
    return target


def precache_stats(site_dir: Path) -> dict[str, int]:
    """What a phone downloads in the background on its first visit, in bytes: `bytes` as
    stored, `gzip_bytes` as sent by a server that compresses text (PDFs and images as is)."""
    files = loaded_files(site_dir, NOT_KEPT)
    stats = {"files": len(files), "bytes": 0, "gzip_bytes": 0, "pdf_bytes": 0}
    for rel in files:
        data = (site_dir / rel).read_bytes()
        stats["bytes"] += len(data)
        stats["gzip_bytes"] += len(gzip.compress(data, 6, mtime=0)) if rel.endswith(GZIPPED_SUFFIXES) else len(data)
        stats["pdf_bytes"] += len(data) if rel.endswith(".pdf") else 0
    return stats


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
