"""The service worker, written after the build (and again once the print PDFs are in): the
files a first visit keeps for offline use, each with a revision, and a cache version that
is a hash of them all; the heavy files a reader may save on request, with their size; and
the page shown offline for anything not saved. Which file is which: site/precache.py.

A new deployment changes sw.js byte for byte, so browsers install it on the next online
visit; unchanged files are not downloaded again.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

from ..layout import SERVICE_WORKER, folder_url
from ..pages.templating import environment
from .precache import Plan, plan, sent_bytes

TEMPLATE = "pwa/sw.js.j2"
OFFLINE_TEMPLATE = "pwa/offline.html.j2"
SAVE_LABEL = "Lưu bản in để dùng khi không có mạng"  # the button beside a print PDF (handbook.js)
OFFLINE_TITLES = {"page": "Trang này chưa được lưu trên máy này", "file": "Tệp này chưa được lưu trên máy này"}
DEFAULT_SITE_NAME = "Sổ tay nghị quyết"
SITE_NAME = re.compile(r'<meta property="og:site_name" content="([^"]+)"')


def precache_entries(site_dir: Path) -> list[tuple[str, str]]:
    """(URL relative to the site root, revision) for every file kept on the first visit;
    pages by folder URL."""
    return _entries(plan(site_dir))


def on_request_entries(site_dir: Path) -> dict[str, list]:
    """URL -> [revision, bytes] of every file a reader may save on request."""
    return _files(site_dir, plan(site_dir))


def _entries(found: Plan) -> list[tuple[str, str]]:
    return [(_url(rel), found.digests[rel][:16]) for rel in found.automatic]  # the plan read each one


def _files(site_dir: Path, found: Plan) -> dict[str, list]:
    return {_url(rel): [_revision(site_dir / rel), (site_dir / rel).stat().st_size] for rel in found.on_request}


def offline_pages(site_dir: Path) -> dict[str, str]:
    """The page the worker shows offline for a page ("page") or a file ("file") not saved."""
    home = site_dir / "index.html"
    found = SITE_NAME.search(home.read_text(encoding="utf-8")) if home.is_file() else None
    site_name = html.unescape(found.group(1)) if found else DEFAULT_SITE_NAME
    template = environment().get_template(OFFLINE_TEMPLATE)
    return {kind: template.render(kind=kind, title=title, site_name=site_name, save_label=SAVE_LABEL)
            for kind, title in OFFLINE_TITLES.items()}


def write_service_worker(site_dir: Path) -> Path:
    found = plan(site_dir)
    entries, files = _entries(found), _files(site_dir, found)
    offline = offline_pages(site_dir)
    version = _digest(json.dumps([entries, files, offline]).encode("utf-8"))[:16]
    text = environment().get_template(TEMPLATE).render(
        version=version, entries=entries, entries_bytes=found.automatic_gzip_bytes, files=files, offline=offline)
    target = site_dir / SERVICE_WORKER
    target.write_text(text, encoding="utf-8")
    return target


def precache_stats(site_dir: Path) -> dict[str, int]:
    """What a phone downloads in the background on its first visit, in bytes: `bytes` as
    stored, `gzip_bytes` as sent by a server that compresses text; the pages left to be
    kept once opened, and the files saved only on request."""
    found = plan(site_dir)
    on_request = [site_dir / rel for rel in found.on_request]
    return {"files": len(found.automatic), "bytes": found.automatic_bytes, "gzip_bytes": found.automatic_gzip_bytes,
            "pdf_bytes": sum((site_dir / rel).stat().st_size for rel in found.automatic if rel.endswith(".pdf")),
            "pages_left_to_visit": len(found.left_to_visit),
            "on_request_files": len(on_request), "on_request_bytes": sum(p.stat().st_size for p in on_request),
            "on_request_gzip_bytes": sum(sent_bytes(p) for p in on_request)}


def _url(rel: str) -> str:
    return folder_url(rel) or "./"


def _revision(path: Path) -> str:
    return _digest(path.read_bytes())[:16]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
