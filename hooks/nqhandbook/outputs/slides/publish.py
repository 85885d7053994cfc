"""Where the slides live in the site, and which built files may be published.

`make slides` (scripts/make_slides.py) writes dist/slides/<slug>.pptx and .pdf and a
manifest recording, for each deck, the hash of the data file and of this package's code
it was made from. The build publishes a deck's files only when both hashes still match,
so a page never links a deck made from older data; a deck that is missing or stale is
simply not linked (the presentation view, made by the build itself, always is).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ...layout import SLIDES_DIR

FOLDER = SLIDES_DIR
DIST = "dist/slides"
MANIFEST = "slides.json"
CODE_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Download:
    name: str  # file name, e.g. 11-nq-tu.pptx
    size: str  # "85 KB"


@dataclass(frozen=True)
class SlideLinks:
    view: str  # trinh-chieu/<slug>/index.html, relative to the site root
    slides: int
    pptx: Download | None
    pdf: Download | None


def view_uri(slug: str) -> str:
    return f"{FOLDER}/{slug}/index.html"


def code_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted(CODE_DIR.glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def data_hash(root: Path, data_path: str) -> str:
    return hashlib.sha256((root / data_path).read_bytes()).hexdigest()[:16]


def size_label(size: int) -> str:
    """Bytes as readers say it, Vietnamese decimal comma: 85 KB, 1,2 MB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def read_manifest(root: Path) -> dict:
    path = root / DIST / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def slide_links(root: Path, entries, slide_counts: dict[str, int],
                offline: bool = False) -> tuple[dict[str, SlideLinks], dict[str, Path]]:
    """(slug -> links for the pages, site path -> file to publish). The offline zip carries
    the PDFs but not the .pptx files (16 decks, about 1,3 MB, would double the zip past its
    1 MB budget without PDFs); its pages then link no .pptx."""
    manifest, code = read_manifest(root), code_hash()
    links, files = {}, {}
    for entry in entries:
        slug = entry.resolution.slug
        record = manifest.get(slug, {})
        current = record.get("code") == code and record.get("data") == data_hash(root, entry.path)
        found = {}
        for ext in ("pdf",) if offline else ("pptx", "pdf"):
            path = root / DIST / f"{slug}.{ext}"
            if current and path.is_file():
                found[ext] = Download(path.name, size_label(path.stat().st_size))
                files[f"{FOLDER}/{slug}/{path.name}"] = path
        links[slug] = SlideLinks(view_uri(slug), slide_counts[slug], found.get("pptx"), found.get("pdf"))
    return links, files
