"""The HTML pages among two sites' differences: each with its address and its title.

A page's address is the one a reader types, relative to the site (`nghi-quyet/11-nq-tu/`
for nghi-quyet/11-nq-tu/index.html); its title is the page's <title> without the site's
name. Every other differing file (search index, service worker, open data, sitemap) is
listed apart: it is not a page a reviewer can look at.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import chain, zip_longest
from pathlib import Path

from ...layout import SERVICE_WORKER
from .diff import SiteDiff

TITLE = re.compile(r"<title>(.*?)</title>", re.S)
H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
TAG = re.compile(r"<[^>]+>")
HOME = "index.html"


@dataclass(frozen=True)
class Page:
    file: str  # path of the HTML file, relative to the site
    address: str  # the address relative to the site: "" for the home page
    title: str
    status: str  # "changed", "added" or "removed"


@dataclass(frozen=True)
class PageChanges:
    changed: tuple[Page, ...]
    added: tuple[Page, ...]
    removed: tuple[Page, ...]
    other_files: tuple[str, ...]  # differing files that are not pages

    @property
    def style_files(self) -> tuple[str, ...]:
        """Differing stylesheets and scripts every page loads (not the service worker, which
        changes with any content): every page may look different though its HTML is the same."""
        return tuple(f for f in self.other_files if f.endswith((".css", ".js")) and f != SERVICE_WORKER)

    @property
    def viewable(self) -> tuple[Page, ...]:
        """Changed and added pages, in the order they are screenshotted: one page of each
        folder (home, nghi-quyet/, hoc-tap/, ...) in turn, so a change to every page still
        shows each kind of page first."""
        folders: dict[str, list[Page]] = {}
        for page in sorted(self.changed + self.added, key=lambda p: (p.address != "", p.address)):
            folders.setdefault(page.address.split("/", 1)[0], []).append(page)
        return tuple(p for p in chain.from_iterable(zip_longest(*folders.values())) if p is not None)


def address(file: str) -> str:
    if file == HOME:
        return ""
    return file.removesuffix(HOME) if file.endswith("/" + HOME) else file


def _text(pattern: re.Pattern, source: str) -> str:
    match = pattern.search(source)
    return " ".join(html.unescape(TAG.sub("", match.group(1))).split()) if match else ""


def title(site: Path, file: str, name: str) -> str:
    """The page's <title> without " - <site name>"; a page titled only with the site's
    name (404.html) by its first heading instead."""
    source = (site / file).read_text(encoding="utf-8", errors="replace")
    text = _text(TITLE, source)
    if name and text == name and file != HOME:
        text = _text(H1, source)
    return (text.removesuffix(f" - {name}") if name else text) or address(file)


def site_name(site: Path) -> str:
    """The site's name: the home page's title."""
    home = site / HOME
    return _text(TITLE, home.read_text(encoding="utf-8")) if home.is_file() else ""


def page_changes(diff: SiteDiff, before: Path, after: Path) -> PageChanges:
    def pages(names, site: Path, status: str) -> tuple[Page, ...]:
        name = site_name(site)
        return tuple(Page(f, address(f), title(site, f, name), status) for f in names if f.endswith(".html"))

    others = tuple(f for f in diff.changed + diff.added + diff.removed if not f.endswith(".html"))
    return PageChanges(pages(diff.changed, after, "changed"), pages(diff.added, after, "added"),
                       pages(diff.removed, before, "removed"), tuple(sorted(others)))
