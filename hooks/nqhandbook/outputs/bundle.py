"""The offline bundle: the site built for the file system, slimmed, zipped reproducibly.

Steps: build with mkdocs.offline.yml (no directory URLs, the vendored Web Worker shim as
a polyfill) into a temporary folder; do what Material's offline plugin would (the search
index as a script, because file:// pages cannot fetch); copy iframe-worker and its licence
from node_modules; drop what no page loads; add the read-me-first; zip with fixed order and
times. The build date is layout.build_date's (SOURCE_DATE_EPOCH, else the last commit), so
two builds of one commit give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from ..layout import (BUNDLE_METADATA, DOWNLOADS_DIR, NOT_FOUND_PAGE, OPEN_DATA_DIR, SEARCH_INDEX,
                      SEARCH_INDEX_SCRIPT, SERVICE_WORKER, UTC_OFFSET_HOURS, ZIP_PATTERN, dated_zip, epoch_date,
                      source_epoch)
from ..site.bundle_info import Bundle
from ..site.site_files import loaded_files, site_files
from .handouts import HandoutError, normalise_pdfs, print_handouts
from .offline_links import link_online
from .readme import write_readme
from .repro_zip import entry_order, entry_time, write_zip

CONFIG = "mkdocs.offline.yml"
SHIM_SOURCE = Path("node_modules/iframe-worker")
SHIM_TARGET = "assets/vendor/iframe-worker"  # mkdocs.offline.yml lists shim.js from here
FIRST_ENTRIES = ("DOC-TRUOC.html", "DOC-TRUOC.txt", "index.html")
# Besides what no page loads (site_files.NEVER_LOADED): the index as JSON (file:// pages
# read search_index.js), an unreachable 404 page, and the progressive web app.
LEFT_OUT = (SEARCH_INDEX, NOT_FOUND_PAGE, SERVICE_WORKER, "manifest.webmanifest", "assets/pwa/*",
            f"{DOWNLOADS_DIR}/*.zip")
# Left out to keep the zip small, linked on the online site instead: the JSON open data
# (for programmers; 40% of the zip). The CSV tables stay, they open in a spreadsheet.
ONLINE_ONLY = (f"{OPEN_DATA_DIR}/*.json",)


class BundleError(Exception):
    """A step of the bundle failed; the message says which and why."""


def bundle_epoch(root: Path, environ: dict) -> int:
    """The build's time (layout.source_epoch); a bundle cannot be dated without one."""
    epoch = source_epoch(root, environ)
    if epoch is None:
        raise BundleError("no build date: not a git checkout; set SOURCE_DATE_EPOCH")
    return epoch


def build_site(root: Path, site_dir: Path, epoch: int, environ: dict) -> None:
    """The offline build; its pages show the date of `epoch` (layout.build_date)."""
    env = {**environ, "SOURCE_DATE_EPOCH": str(epoch), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-q", "-f", CONFIG, "-d", str(site_dir)],
        cwd=root, capture_output=True, text=True, encoding="utf-8", env=env, timeout=600)
    if result.returncode != 0:
        raise BundleError(f"properdocs build -f {CONFIG} failed:\n{result.stderr}")


def vendor_shim(root: Path, site_dir: Path) -> None:
    source = root / SHIM_SOURCE
    if not (source / "shim" / "index.js").is_file():
        raise BundleError(f"{SHIM_SOURCE} is missing: run `npm ci` (make bundle does)")
    target = site_dir / SHIM_TARGET
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / "shim" / "index.js", target / "shim.js")
    shutil.copyfile(source / "LICENSE", target / "LICENSE")


def inline_search_index(site_dir: Path) -> None:
    """search/search_index.js, the form Material reads from file:// (as its offline plugin)."""
    data = (site_dir / SEARCH_INDEX).read_text(encoding="utf-8")
    (site_dir / SEARCH_INDEX_SCRIPT).write_text(f"var __index = {data}", encoding="utf-8")


def slim(site_dir: Path, site_url: str) -> list[str]:
    """Delete every file no page loads and the ONLINE_ONLY ones; return the files kept."""
    keep = loaded_files(site_dir, LEFT_OUT + ONLINE_ONLY)
    online_only = set(loaded_files(site_dir, LEFT_OUT)) - set(keep)
    for rel in set(site_files(site_dir)) - set(keep):
        (site_dir / rel).unlink()
    link_online(site_dir, online_only, site_url)
    return keep


def make_bundle(root: Path, out_dir: Path, site_url: str, environ: dict | None = None,
                handouts: bool = True) -> Bundle:
    """Build the zip into `out_dir` (older bundles there are removed) with its metadata;
    `handouts`: print the learning pages' PDFs into it (when the site has learning pages)."""
    environ = dict(os.environ if environ is None else environ)
    epoch = bundle_epoch(root, environ)
    date = epoch_date(epoch)
    with tempfile.TemporaryDirectory(prefix="nq-bundle-") as tmp:
        site_dir = Path(tmp) / "site"
        build_site(root, site_dir, epoch, environ)
        try:
            if handouts and print_handouts(root, site_dir, date):
                normalise_pdfs(site_dir, site_url, epoch)
        except HandoutError as err:
            raise BundleError(str(err)) from None
        vendor_shim(root, site_dir)
        inline_search_index(site_dir)
        names = slim(site_dir, site_url) + write_readme(site_dir, date, site_url)
        for old in out_dir.glob(ZIP_PATTERN):
            old.unlink()
        zip_path = out_dir / dated_zip(date)
        write_zip(zip_path, site_dir, entry_order(names, FIRST_ENTRIES),
                  entry_time(epoch, UTC_OFFSET_HOURS))
    data = zip_path.read_bytes()
    bundle = Bundle(zip_path.name, len(data), hashlib.sha256(data).hexdigest(), date)
    (out_dir / BUNDLE_METADATA).write_text(json.dumps(asdict(bundle), indent=2) + "\n", encoding="utf-8")
    return bundle
