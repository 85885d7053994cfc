"""Two built sites compared file by file.

Two builds of one commit with one SOURCE_DATE_EPOCH are byte-identical except for the
generator meta tag (the engine's version) and the sitemap's <lastmod> dates; only those are
ignored. sitemap.xml.gz is compared unzipped. Builds made on different dates differ on
every page (the build date, target statuses as of that date): compare builds of one date.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def normalised(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.suffix in (".html", ".xml", ".gz"):
        data = LASTMOD.sub(b"<lastmod/>", GENERATOR.sub(b"<meta generator>", data))
    return data


@dataclass(frozen=True)
class SiteDiff:
    """Files (paths relative to the site, sorted) only in BEFORE, only in AFTER, or in both
    with different contents."""

    removed: tuple[str, ...]
    added: tuple[str, ...]
    changed: tuple[str, ...]

    def lines(self) -> list[str]:
        return ([f"only in BEFORE: {name}" for name in self.removed]
                + [f"only in AFTER: {name}" for name in self.added]
                + [f"differs: {name}" for name in self.changed])


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def compare_sites(before: Path, after: Path) -> SiteDiff:
    left, right = files(before), files(after)
    changed = [name for name in sorted(left & right) if normalised(before / name) != normalised(after / name)]
    return SiteDiff(tuple(sorted(left - right)), tuple(sorted(right - left)), tuple(changed))
