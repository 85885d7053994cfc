"""The download page (tai-ve/): the latest offline bundle with its size and date, and how to
keep the handbook on a phone.

The bundle is whatever `make bundle` left in dist/ (dist/bundle.json and its zip); the
online build publishes that zip beside the page at a stable address (layout.STABLE_ZIP),
saved under its dated name; nothing else copies it. Without a bundle the page says so, and the
build still passes. Inside the bundle the same page tells its reader which copy they hold
and where a newer one is.
"""

from __future__ import annotations

from pathlib import Path

from ..layout import DOWNLOADS_DIR, STABLE_ZIP
from ..pages.render import Page
from ..pages.templating import environment
from .bundle_info import Bundle, latest_bundle

PAGE_URI = f"{DOWNLOADS_DIR}/index.md"
TEMPLATE = "pages/download.md.j2"


def download_page(dist_dir: Path, offline: bool, site_url: str) -> Page:
    """The page for the online site (`offline` False) or for the bundle itself."""
    bundle = None if offline else latest_bundle(dist_dir)
    content = environment().get_template(TEMPLATE).render(
        bundle=bundle, size=_size(bundle), offline=offline, site_url=site_url,
        stable_zip=STABLE_ZIP)
    return Page(PAGE_URI, content, "hooks/nqhandbook/templates/" + TEMPLATE)


def download_files(dist_dir: Path, offline: bool) -> dict[str, Path]:
    """Site path -> file to publish with the online site: the latest zip, if any."""
    bundle = None if offline else latest_bundle(dist_dir)
    return {f"{DOWNLOADS_DIR}/{STABLE_ZIP}": dist_dir / bundle.file} if bundle else {}


def _size(bundle: Bundle | None) -> tuple[float, str]:
    """(number, unit) to show: KB below 1 MB, else MB with one decimal."""
    if bundle is None:
        return 0, ""
    if bundle.bytes < 1024 * 1024:
        return round(bundle.bytes / 1024), "KB"
    return round(bundle.bytes / 1024 / 1024, 1), "MB"
