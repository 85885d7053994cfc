"""What the build adds for the slides: links for the pages, the presentation views, and
the .pptx/.pdf files `make slides` left in dist/slides (when they match the data)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .deck import Deck, build_deck
from .present import render_views
from .publish import SlideLinks, slide_links


@dataclass
class SlidesBuild:
    decks: list[Deck]
    links: dict[str, SlideLinks]  # slug -> links, for the page templates
    views: Iterator[tuple[str, str]]  # (site path, HTML), made as they are read, once
    files: dict[str, Path]  # site path -> built file to publish


def build_slides(root: Path, dataset, site_url: str, directory_urls: bool = True,
                 offline: bool = False, site_name: str = "", offline_date: str = "") -> SlidesBuild:
    decks = [build_deck(entry.resolution, site_url) for entry in dataset.entries]
    links, files = slide_links(root, dataset.entries, {d.slug: len(d.slides) for d in decks}, offline)
    views = render_views(decks, links, directory_urls, site_url, site_name, offline_date)
    return SlidesBuild(decks, links, views, files)
