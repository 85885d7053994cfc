"""Where every kit file lives: in dist/kit/ after `make kit`, and at the same relative
path under bo-tai-lieu/ in the site."""

from __future__ import annotations

from pathlib import Path

from ...layout import KIT_DIR

DIST_KIT = Path("dist") / "kit"  # relative to the repository root; made by `make kit`
CONTEST_SLUG = "cuoc-thi"

LEAFLET_VIEW = "to-gap/index.html"  # browser print view, written by the build
LEAFLET_PDF = "to-gap.pdf"
POSTER_VIEW = "ap-phich/index.html"
POSTER_PDF = "ap-phich.pdf"
POSTER_PNG = "ap-phich.png"
SHARE_PNG = "chia-se.png"  # the resolution page's link preview
LEARNING_SHARE_PNG = "chia-se-hoc-tap.png"  # the learning page's link preview
POST_TXT = "bai-dang.txt"
QUESTIONS_VIEW = "cau-hoi/index.html"
QUESTIONS_PDF = "cau-hoi.pdf"
ANSWERS_VIEW = "dap-an/index.html"
ANSWERS_PDF = "dap-an.pdf"

HEAVY = (".pdf", ".png")  # downloaded on demand, never precached by the service worker


def kit_folder(slug: str) -> str:
    return f"{KIT_DIR}/{slug}"


def kit_page_uri(slug: str) -> str:
    return f"{KIT_DIR}/{slug}/index.md"


def built_files(root: Path) -> dict[str, Path]:
    """Site path -> file for everything `make kit` wrote (empty before the first run)."""
    base = root / DIST_KIT
    if not base.is_dir():
        return {}
    return {f"{KIT_DIR}/{p.relative_to(base).as_posix()}": p for p in sorted(base.rglob("*")) if p.is_file()}
