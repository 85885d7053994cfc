"""Which files of a built site a phone keeps for offline use, and when (issue 15).

Automatic, on the first visit (the service worker's install), within PRECACHE_BUDGET bytes
as sent gzip-compressed: the files the pages load (stylesheet, scripts, icons, manifest),
search (index, worker, lunr), then pages by use: the home page and its lists, the overviews,
each resolution's page with its learning page (newest first), then the other pages. Pages go in whole
groups (a resolution's page and learning page together); the first group that no longer
fits ends the list, and the pages after it are kept when the reader opens them.

On request (the button "Lưu bản in để dùng khi không có mạng" beside a print PDF): the
heavy files, listed with their size: PDFs, the offline zip, slides, the open data and the
kit's images. Never downloaded in the background.

Not kept: pages for a printer or a projector (the kit's print views, the slides), unless
opened; files no page loads (Material's separate stylesheets, merged into site.css; the
app icons the browser fetches itself); the worker and the offline bundle's own files.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import zlib
from dataclasses import dataclass, field
from fnmatch import translate
from functools import cache
from pathlib import Path

from .. import build_cache
from ..layout import (KIT_DIR, LEARNING_DIR, NOT_FOUND_PAGE, OPEN_DATA_DIR, PLAN_PAGE, RESOLUTIONS_DIR,
                      SEARCH_INDEX, SEARCH_INDEX_SCRIPT, SERVICE_WORKER, SLIDES_DIR, TARGETS_PAGE)
from .site_files import NEVER_LOADED, lunr_files, search_languages, site_files

KB = 1024
PRECACHE_BUDGET = 600 * KB  # gzip bytes downloaded in the background on a first visit
# Files a reader saves on request, never in the background (fnmatch; `*` crosses folders).
ON_REQUEST = ("*.pdf", "*.zip", "*.pptx", f"{OPEN_DATA_DIR}/*.json", f"{OPEN_DATA_DIR}/*.csv",
              f"{LEARNING_DIR}/*.txt", f"{KIT_DIR}/*.png")
# Pages kept only once opened: print views of the kit and the conference slides.
OPENED_ONLY = (f"{KIT_DIR}/*", f"{SLIDES_DIR}/*", NOT_FOUND_PAGE)
NEVER = (SERVICE_WORKER, SEARCH_INDEX_SCRIPT, "assets/vendor/*", *NEVER_LOADED)
# The pages saved before any resolution: the home page, the lists and the overviews.
FIRST_PAGES = ("index.html", f"{RESOLUTIONS_DIR}/index.html", f"{LEARNING_DIR}/index.html",
               f"{TARGETS_PAGE}/index.html", f"{PLAN_PAGE}/index.html")
GZIPPED_SUFFIXES = (".html", ".css", ".js", ".json", ".svg", ".txt", ".csv", ".webmanifest", ".xml")
REFERENCE = re.compile(r'\s(?:src|href)="([^"#?:]+)[^"]*"')
SEARCH_WORKER = re.compile(r'"search": "([^"]+\.js)"')


@dataclass
class Plan:
    automatic: list[str] = field(default_factory=list)  # in download order
    automatic_gzip_bytes: int = 0
    automatic_bytes: int = 0
    left_to_visit: list[str] = field(default_factory=list)  # pages kept once opened
    on_request: list[str] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict, repr=False)  # sha256 of each file read


def sent_bytes(path: Path, data: bytes | None = None) -> int:
    """Bytes a server that compresses text sends for this file (PDFs and images as they are)."""
    data = path.read_bytes() if data is None else data
    return len(gzip.compress(data, 6, mtime=0)) if path.name.endswith(GZIPPED_SUFFIXES) else len(data)


GZIP_FRAME = 18  # gzip.compress: a 10-byte header and an 8-byte trailer around the deflate data
CHUNK = 1 << 20


def sent_bytes_up_to(path: Path, data: bytes, limit: int) -> int:
    """sent_bytes(path, data), or, once that is sure to pass `limit`, a number above it. The
    deflate data is the same whatever pieces it is fed in, so a file too large for what is left
    of the budget (the search index at 2,000 resolutions: 40 MB) is compressed only until it
    is over: its exact size is never needed."""
    if not path.name.endswith(GZIPPED_SUFFIXES):
        return len(data)
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)  # what gzip.compress(data, 6) uses
    size, view = GZIP_FRAME, memoryview(data)
    for start in range(0, len(data), CHUNK):
        size += len(deflate.compress(view[start:start + CHUNK]))
        if size > limit:
            return size
    return size + len(deflate.flush())


class _SentSizes:
    """sent_bytes_up_to, except for files whose exact size the last build found: those sizes
    are kept by content (build_cache; 0.06 s of CPU at 16 resolutions). A size known to be
    over the limit stops a group as the partial count did."""

    KIND, KEY = "gzip-sizes", build_cache.digest(zlib.ZLIB_RUNTIME_VERSION, "deflate level 6", str(GZIP_FRAME))

    def __init__(self):
        kept = build_cache.load(self.KIND, self.KEY)
        self.known: dict = kept if isinstance(kept, dict) else {}
        self.found: dict[str, int] = {}

    def up_to(self, path: Path, data: bytes, digest: str, limit: int) -> int:
        if not path.name.endswith(GZIPPED_SUFFIXES):
            return len(data)
        size = self.known.get(digest)
        if type(size) is not int:
            size = sent_bytes_up_to(path, data, limit)
            if size > limit:  # counted only until it passed the limit: not the exact size
                return size
        self.found[digest] = size
        return size

    def keep(self) -> None:
        if self.found != self.known:
            build_cache.store(self.KIND, self.KEY, self.found)


def matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """Whether `rel` matches one of the fnmatch patterns (one regular expression for them all:
    fnmatch for each file and pattern cost 0.03 s CPU at 160 resolutions)."""
    return _any_of(patterns).match(rel) is not None


@cache
def _any_of(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(translate(pattern) for pattern in patterns) or "(?!)")  # () matches nothing


def plan(site_dir: Path, budget: int = PRECACHE_BUDGET) -> Plan:
    """What a first visit keeps automatically, what is left for later and what on request."""
    every = site_files(site_dir)
    existing = set(every)
    files = [rel for rel in every if not matches(rel, NEVER)]
    result = Plan(on_request=[rel for rel in files if matches(rel, ON_REQUEST)])
    pages = [rel for rel in files if rel.endswith(".html") and not matches(rel, OPENED_ONLY)]
    taken: set[str] = set()
    sizes = _SentSizes()

    def take(group: list[str]) -> bool:
        """Add the group and the files its pages load, if it all fits the budget."""
        read = {rel: (site_dir / rel).read_bytes() for rel in group}  # once, for links and size
        new = [rel for rel in dict.fromkeys(group + loaded_by(read, existing)) if rel not in taken]
        cost, size = 0, 0
        for rel in new:  # a group that does not fit stops at its first file over the budget
            data = read[rel] if rel in read else (site_dir / rel).read_bytes()
            result.digests[rel] = hashlib.sha256(data).hexdigest()
            cost += sizes.up_to(site_dir / rel, data, result.digests[rel], budget - result.automatic_gzip_bytes - cost)
            size += len(data)
            if result.automatic_gzip_bytes + cost > budget:
                return False
        result.automatic += new
        result.automatic_gzip_bytes += cost
        result.automatic_bytes += size
        taken.update(new)
        return True

    home = [rel for rel in FIRST_PAGES if rel in pages]
    take([*home[:1], *search_files(site_dir, files, home[:1], existing)])
    groups = [[rel] for rel in home[1:]] + resolution_groups(pages)
    grouped = {rel for group in groups for rel in group} | set(home[:1])
    groups += [[rel] for rel in pages if rel not in grouped]
    for index, group in enumerate(groups):
        if not take(group):
            result.left_to_visit = [rel for later in groups[index:] for rel in later if rel not in taken]
            break
    sizes.keep()
    return result


def resolution_groups(pages: list[str]) -> list[list[str]]:
    """Each resolution's page and learning page (and any other page in their folders), the
    highest number (the newest) first."""
    groups: dict[str, list[str]] = {}
    for rel in pages:
        parts = rel.split("/")
        if len(parts) >= 3 and parts[0] in (RESOLUTIONS_DIR, LEARNING_DIR):
            groups.setdefault(parts[1], []).append(rel)
    return [sorted(groups[slug], key=lambda rel: not rel.startswith(RESOLUTIONS_DIR))
            for slug in sorted(groups, reverse=True)]


def search_files(site_dir: Path, files: list[str], home: list[str], existing: set[str]) -> list[str]:
    """The search index, the search worker named in the home page's settings and its lunr files."""
    found = [SEARCH_INDEX] if SEARCH_INDEX in files else []
    for page in home:
        match = SEARCH_WORKER.search((site_dir / page).read_text(encoding="utf-8"))
        worker = match and _inside(existing, page, match.group(1))
        found += [worker] if worker in files else []
    return found + sorted(lunr_files(search_languages(site_dir)) & set(files))


def loaded_by(pages: dict[str, bytes], existing: set[str]) -> list[str]:
    """Files other than pages that these pages (path -> content) load or link to, and that are
    no heavy file: the stylesheet, scripts, icons, the manifest. (`existing`: every file of
    the site.)"""
    found: list[str] = []
    for page, data in pages.items():
        # Links to pages (folder URLs, .html) are never what a page loads; a repeated link
        # adds nothing (the caller keeps each file's first place).
        for target in dict.fromkeys(REFERENCE.findall(data.decode("utf-8"))):
            if target.endswith(("/", ".html")):
                continue
            rel = _inside(existing, page, target)
            if rel and not rel.endswith(".html") and not matches(rel, ON_REQUEST + NEVER):
                found.append(rel)
    return found


def _inside(existing: set[str], page: str, target: str) -> str | None:
    """`target`, linked from `page`, as a path of a file of the site (one of `existing`), else
    None. (Strings and a set, not Path objects and a stat for each of 2,400 links: 0.07 s.)"""
    if target.startswith("/"):
        return None
    parts = page.split("/")[:-1]
    for part in target.split("/"):
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    rel = "/".join(parts)
    return rel if rel in existing else None
