"""The kit pages: one per resolution listing every material by the plan's forms (section
3 of the November 2023 plan, 3.1 - 3.7), with file sizes, and an index page. Heavy files
(PDF, PNG) are listed only once `make kit` has printed them; otherwise the page says so."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...pages.learning import broadcast_name
from ...data.load import Dataset
from ...pages.templating import environment
from .content import KitContent
from .files import (ANSWERS_PDF, ANSWERS_VIEW, CONTEST_SLUG, KIT_DIR, LEAFLET_PDF, LEAFLET_VIEW,
                    LEARNING_SHARE_PNG, POST_TXT, POSTER_PDF, POSTER_PNG, POSTER_VIEW, QUESTIONS_PDF,
                    QUESTIONS_VIEW, SHARE_PNG, kit_page_uri)
from .share import post_text

# Plan form id (data/plan.yml) -> what the kit offers for it; a form not listed here gets
# an honest "nothing yet" line on the kit page.
FORM_KINDS = {
    "hoi-nghi": "conference",
    "bao-chi": "press",
    "an-pham": "print",
    "mang-xa-hoi": "social",
    "loa-luu-dong": "loudspeaker",
    "co-dong-truc-quan": "poster",
    "thi-dua": "contest",
}


@dataclass(frozen=True)
class KitFile:
    href: str  # relative to the kit page
    size: str  # "78 KB"; "" when not printed yet


def file_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, round(n / 1024))} KB"


def _file(built: dict[str, Path], folder: str, name: str, href: str) -> KitFile | None:
    path = built.get(f"{folder}/{name}")
    return KitFile(href, file_size(path.stat().st_size)) if path else None


def kit_page(c: KitContent, dataset: Dataset, built: dict[str, Path]) -> str:
    folder = f"{KIT_DIR}/{c.slug}"
    contest = f"{KIT_DIR}/{CONTEST_SLUG}"
    files = {
        "leaflet_pdf": _file(built, folder, LEAFLET_PDF, LEAFLET_PDF),
        "poster_pdf": _file(built, folder, POSTER_PDF, POSTER_PDF),
        "poster_png": _file(built, folder, POSTER_PNG, POSTER_PNG),
        "share_png": _file(built, folder, SHARE_PNG, SHARE_PNG),
        "learning_share_png": _file(built, folder, LEARNING_SHARE_PNG, LEARNING_SHARE_PNG),
        "post_txt": _file(built, folder, POST_TXT, POST_TXT),
        "questions_pdf": _file(built, contest, QUESTIONS_PDF, f"../{CONTEST_SLUG}/{QUESTIONS_PDF}"),
        "answers_pdf": _file(built, contest, ANSWERS_PDF, f"../{CONTEST_SLUG}/{ANSWERS_PDF}"),
    }
    res = c.res
    return environment().get_template("kit/kit_page.md.j2").render(
        c=c, res=res, plan=dataset.plan, kinds=FORM_KINDS, files=files, post=post_text(c),
        leaflet_view=LEAFLET_VIEW, poster_view=POSTER_VIEW,
        questions_view=f"../{CONTEST_SLUG}/{QUESTIONS_VIEW}", answers_view=f"../{CONTEST_SLUG}/{ANSWERS_VIEW}",
        broadcast=broadcast_name(res) if res.learning and res.learning.broadcast else "",
        quiz_count=len(res.learning.quiz) if res.learning else 0)


def kit_index(contents: list[KitContent], dataset: Dataset, built: dict[str, Path]) -> str:
    contest = f"{KIT_DIR}/{CONTEST_SLUG}"
    questions = sum(len(e.resolution.learning.quiz) for e in dataset.entries if e.resolution.learning)
    return environment().get_template("kit/kit_index.md.j2").render(
        contents=contents, plan=dataset.plan, kinds=FORM_KINDS, questions=questions,
        questions_pdf=_file(built, contest, QUESTIONS_PDF, f"{CONTEST_SLUG}/{QUESTIONS_PDF}"),
        answers_pdf=_file(built, contest, ANSWERS_PDF, f"{CONTEST_SLUG}/{ANSWERS_PDF}"),
        questions_view=f"{CONTEST_SLUG}/{QUESTIONS_VIEW}", answers_view=f"{CONTEST_SLUG}/{ANSWERS_VIEW}")


def kit_pages(contents: list[KitContent], dataset: Dataset, built: dict[str, Path]) -> list[tuple[str, str, str]]:
    """(src_uri, Markdown, data file an editor changes) for the index and every kit page."""
    pages = [(f"{KIT_DIR}/index.md", kit_index(contents, dataset, built), "data/plan.yml")]
    paths = {}  # number -> data file; the first entry wins, as a search from the start would
    for e in dataset.entries:
        paths.setdefault(e.resolution.number, e.path)
    for c in contents:
        pages.append((kit_page_uri(c.slug), kit_page(c, dataset, built), paths[c.number]))
    return pages
