"""Everything the build adds for the kit, in one call from hooks/main.py: the kit pages,
the print views (text, always), the files `make kit` printed (copied from
dist/kit/ when present) and, per page, its own link preview image."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ...pages.learning import learning_uri
from ...data.load import Dataset
from ...pages.render import resolution_uri
from .content import kit_contents
from .files import KIT_DIR, LEARNING_SHARE_PNG, SHARE_PNG, built_files
from .page import kit_pages
from .views import view_files


@dataclass(frozen=True)
class KitSite:
    pages: list[tuple[str, str, str]]  # (src_uri, Markdown, edit path)
    files: Iterator[tuple[str, bytes]]  # print views (site path, HTML), made as they are read, once
    built: dict[str, Path]  # printed files, site path -> dist/kit file
    share_images: dict[str, str]  # page src_uri -> site path of its preview image


def kit_site(dataset: Dataset, root: Path, site_url: str = "", offline_date: str = "") -> KitSite:
    contents = kit_contents(dataset, site_url)
    built = built_files(root)
    files = view_files(contents, dataset, offline_date)
    share = {}
    for c in contents:
        for uri, name in ((resolution_uri(c.res), SHARE_PNG), (learning_uri(c.res), LEARNING_SHARE_PNG)):
            path = f"{KIT_DIR}/{c.slug}/{name}"
            if path in built:
                share[uri] = path
    return KitSite(kit_pages(contents, dataset, built), files, built, share)
