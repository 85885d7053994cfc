"""The page types of a built site, discovered from its files so new kinds of page join in.

A page type is a URL pattern: resolution slugs (`11-nq-tu`) become `*`, so all resolution
pages are the type `nghi-quyet/*/` and all learning pages `hoc-tap/*/`. Each type is
represented by one page (the largest, most content to check); resolution pages by two,
the one with the most "not yet updated" gaps and the richest.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

SLUG = re.compile(r"^\d+-nq-tu$")
GAP_MARK = 'class="admonition gap"'
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


def site_url(site_dir: Path) -> str:
    """The address the site is published at (the home page's canonical link), or ""."""
    match = CANONICAL.search((site_dir / "index.html").read_text(encoding="utf-8"))
    return match.group(1) if match else ""


def site_prefix(site_dir: Path) -> str:
    """The path the site is published under, e.g. "/so-tay/"."""
    return urlparse(site_url(site_dir)).path or "/"


def html_pages(site_dir: Path) -> dict[str, Path]:
    """URL path relative to the site root ("" for home, "ke-hoach/", "404.html") -> file."""
    pages = {}
    for file in sorted(site_dir.rglob("*.html")):
        relative = file.relative_to(site_dir).as_posix()
        pages[relative[: -len("index.html")] if file.name == "index.html" else relative] = file
    return pages


def page_type(path: str) -> str:
    return "/".join("*" if SLUG.match(part) else part for part in path.split("/"))


def representative_pages(site_dir: Path) -> dict[str, str]:
    """Page type name -> URL path of the page that represents it."""
    families: dict[str, list[tuple[str, Path]]] = {}
    for path, file in html_pages(site_dir).items():
        families.setdefault(page_type(path), []).append((path, file))
    chosen: dict[str, str] = {}
    for kind, members in sorted(families.items()):
        name = kind or "home"
        if kind == "nghi-quyet/*/":
            by_gaps = sorted(members, key=lambda m: (_gaps(m[1]), -m[1].stat().st_size, m[0]))
            chosen["nghi-quyet/* (most gaps)"] = by_gaps[-1][0]
            chosen["nghi-quyet/* (richest)"] = by_gaps[0][0] if len(by_gaps) > 1 else by_gaps[-1][0]
        else:
            chosen[name] = max(members, key=lambda m: (m[1].stat().st_size, m[0]))[0]
    return chosen


def richest(site_dir: Path, kind: str) -> str | None:
    """The largest page of a type (e.g. "nghi-quyet/*/"), or None if the site has none."""
    members = [(f.stat().st_size, p) for p, f in html_pages(site_dir).items() if page_type(p) == kind]
    return max(members)[1] if members else None


def _gaps(file: Path) -> int:
    return file.read_text(encoding="utf-8").count(GAP_MARK)
