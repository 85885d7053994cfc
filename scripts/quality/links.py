"""Internal link and anchor check over a whole built site.

Every href/src/srcset in every HTML page, every url() in our CSS, every location in the
search index and every <loc> of the sitemap that points into the site must name a file
that exists, and its #fragment must be an id (or <a name>) in that page. Absolute
addresses under the site's own URL (canonical links, 404.html, sitemap) count as internal;
other hosts are not fetched (no network) and are not checked here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .site_pages import site_url as published_url

HOST = "http://site.invalid"
URL_ATTRS = {"href", "src", "action", "data", "poster", "xlink:href"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")
SITEMAP_LOC = re.compile(r"<loc>([^<]+)</loc>")
SKIPPED_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "blob:", "sms:")


@dataclass(frozen=True)
class Broken:
    source: str  # the file that holds the link, relative to the site root
    link: str  # the link as written
    reason: str


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (name == "name" and tag == "a"):
                self.ids.add(value)
            elif name in URL_ATTRS and not (tag == "form" and not value):
                self.links.append(value)
            elif name == "srcset":
                self.links += [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]
            elif name == "content" and value.startswith(("http://", "https://")):
                self.links.append(value)  # og:image, twitter:image, og:url


class SiteLinks:
    def __init__(self, site_dir: Path, site_url: str = "", made_later: frozenset[str] = frozenset()):
        self.site_dir = site_dir
        self.made_later = made_later
        self.site_url = site_url if site_url.endswith("/") or not site_url else site_url + "/"
        self.root = HOST + (urlsplit(self.site_url).path or "/")  # where the site is mounted
        self.pages: dict[str, _PageParser] = {}
        for file in sorted(site_dir.rglob("*.html")):
            parser = _PageParser()
            parser.feed(file.read_text(encoding="utf-8"))
            self.pages[file.relative_to(site_dir).as_posix()] = parser

    def check(self) -> list[Broken]:
        broken: list[Broken] = []
        for relative, parser in self.pages.items():
            broken += self._check_all(relative, parser.links)
        for css in sorted(self.site_dir.rglob("*.css")):
            relative = css.relative_to(self.site_dir).as_posix()
            broken += self._check_all(relative, CSS_URL.findall(css.read_text(encoding="utf-8")))
        index = self.site_dir / "search" / "search_index.json"
        if index.is_file():
            docs = json.loads(index.read_text(encoding="utf-8")).get("docs", [])
            broken += self._check_all("index.html", [d["location"] or "./" for d in docs],
                                      source="search/search_index.json")
        sitemap = self.site_dir / "sitemap.xml"
        if sitemap.is_file():
            locs = SITEMAP_LOC.findall(sitemap.read_text(encoding="utf-8"))
            broken += self._check_all("index.html", locs, source="sitemap.xml")
        return broken

    def _check_all(self, relative: str, links: list[str], source: str | None = None) -> list[Broken]:
        base = self.root + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)
        found = []
        for link in links:
            reason = self._problem(base, link.strip())
            if reason:
                found.append(Broken(source or relative, link, reason))
        return found

    def _problem(self, base: str, link: str) -> str | None:
        if not link or link.lower().startswith(SKIPPED_SCHEMES):
            return None
        if self.site_url and link.startswith(self.site_url):
            link = self.root + link[len(self.site_url):]
        url = urlsplit(urljoin(base, link))
        if f"{url.scheme}://{url.netloc}" != HOST:
            return None  # another host: not ours to check offline
        if not (url.path + "/").startswith(self.root[len(HOST):]):
            return "outside the site's path"
        target = unquote(url.path)[len(self.root) - len(HOST):]
        file = self.site_dir / target
        if file.is_dir():
            target = (target.rstrip("/") + "/index.html").lstrip("/")
            file = self.site_dir / target
        if not file.is_file() and target not in self.made_later:
            return "no such file"
        fragment = unquote(url.fragment)
        if fragment and target in self.pages and fragment not in self.pages[target].ids:
            return f'no id "{fragment}" in {target}'
        return None


def broken_links(site_dir: Path, site_url: str | None = None, made_later=()) -> list[Broken]:
    """Every broken internal link; `site_url` defaults to the home page's canonical link.
    `made_later`: paths (relative to the site root) that a step after `mkdocs build` writes."""
    url = published_url(site_dir) if site_url is None else site_url
    return SiteLinks(site_dir, url, frozenset(made_later)).check()
