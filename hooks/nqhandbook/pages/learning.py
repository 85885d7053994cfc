"""Learning material for grassroots sessions, computed from a resolution's `learning:` data.

One short page per resolution (hoc-tap/<slug>/), its loudspeaker script as a UTF-8 text
file beside it, and an index page. Values only: the pages are written by
templates/pages/learning*.md.j2 and the QR code by templates/charts/qr.svg.j2.

Learning pages live at hoc-tap/<slug>/index.md so that they sit one folder deep whether
or not MkDocs uses directory URLs; the print PDFs (made after the build by
nqhandbook.outputs.pdfs, see README) are then always at ../../pdf/<slug>.pdf from the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..data.learning_fit import fact_words, fit, fixed_words, words
from ..data.model import Broadcast, Fact, Learning, RelatedDoc, Resolution, Result, Source, Target
from ..data.own import Ownership, ownership
from ..layout import BOOKLET_PDF, LEARNING_DIR, PDF_DIR, RESOLUTIONS_DIR, learning_page
from .qr import QrCode, qr_code
from .views import ResolutionView, resolution_view

if TYPE_CHECKING:
    import jinja2

    from ..data.types import Dataset, Entry

QUESTIONS_SHOWN = 3
HANDOUT_RESULTS = 2  # dated results on the printed handout, where it has room
# Estimated words (learning_fit's count) that fit the one A4 handout with the QR code, and
# the words a short source ("[3] Báo Lào Cai, 12/05/2023;") costs. Calibrated on the data of
# 12/2026 by scripts/make_pdfs.py; tests/test_learning_browser.py checks the real pages.
PRINT_WORDS = 655
SOURCE_WORDS = 6
WORDS_PER_MINUTE = 130  # a calm loudspeaker pace


@dataclass(frozen=True)
class KeyNumber:
    target: Target
    doc: RelatedDoc | None  # the related document named by `of` (owner or possible owner)
    owner: str  # own.Ownership value: own, document, uncertain or context


@dataclass(frozen=True)
class LearningView:
    res: Resolution
    learning: Learning
    v: ResolutionView
    key_points: list[Fact]
    more_points: int  # key points left for the full page
    key_numbers: list[KeyNumber]
    more_targets: int  # targets left for the full page
    page_url: str  # public address of this page ("" when the site has no URL)
    full_url: str  # public address of the full resolution page
    qr: QrCode | None
    broadcast: list[str]  # opening, paragraphs, closing
    broadcast_words: int
    broadcast_minutes: int
    description: str
    data_as_of: str | None  # date of the newest result in the resolution's data
    handout_results: list[Result]  # up to two, the resolution's own first, newest first
    handout_sources: list[tuple[int, Source]]  # the sources behind the printed markers

    @property
    def broadcast_file(self) -> str:
        return broadcast_name(self.res)

    @property
    def questions(self) -> list[str]:
        return self.learning.questions[:QUESTIONS_SHOWN]


def learning_uri(res: Resolution) -> str:
    return learning_page(res.slug)


def broadcast_name(res: Resolution) -> str:
    return f"{res.slug}-phat-thanh.txt"


def pdf_name(res: Resolution) -> str:
    return f"{res.slug}.pdf"


def broadcast_lines(broadcast: Broadcast | None) -> list[str]:
    if broadcast is None:
        return []
    return [broadcast.opening, *broadcast.paragraphs, broadcast.closing]


def broadcast_text(broadcast: Broadcast) -> str:
    """The script as a plain text file: one paragraph a line, a blank line between."""
    return "\r\n\r\n".join(" ".join(line.split()) for line in broadcast_lines(broadcast)) + "\r\n"


def learning_files(dataset: Dataset) -> dict[str, bytes]:
    """Site path -> content: the loudspeaker scripts. A byte order mark makes browsers and
    Windows Notepad read the file as UTF-8 even when the server names no charset."""
    return {
        f"{LEARNING_DIR}/{res.slug}/{broadcast_name(res)}":
            ("\ufeff" + broadcast_text(res.learning.broadcast)).encode("utf-8")
        for res in dataset.resolutions
        if res.learning and res.learning.broadcast
    }


def learning_view(entry: Entry, dataset: Dataset, site_url: str = "") -> LearningView:
    res = entry.resolution
    learning = res.learning
    if learning is None:
        raise ValueError(f"{res.number} has no learning material")
    v = resolution_view(entry, dataset)
    targets = {t.id: t for t in res.targets.items}
    base = site_url.rstrip("/") + "/" if site_url else ""
    full_url = f"{base}{RESOLUTIONS_DIR}/{res.slug}/" if base else ""
    lines = broadcast_lines(learning.broadcast)
    words = sum(len(line.split()) for line in lines)
    key_targets = [targets[i] for i in learning.key_targets]
    shown, key_points = fit(res, key_targets, learning.questions[:QUESTIONS_SHOWN])
    cited = {*learning.why.sources, *(i for f in [*key_points, *learning.local] for i in f.sources),
             *(i for t in shown for i in t.sources)}
    printed = (fixed_words(res, shown, learning.questions[:QUESTIONS_SHOWN])
               + sum(fact_words(f, res) for f in key_points) + SOURCE_WORDS * len(cited))
    results = handout_results(res, PRINT_WORDS - printed, cited)
    cited |= {i for r in results for i in r.sources}
    return LearningView(
        res=res, learning=learning, v=v,
        key_points=key_points, more_points=len(res.key_points.items) - len(key_points),
        key_numbers=[KeyNumber(t, v.docs.get(t.of), ownership(t).value) for t in shown],
        more_targets=len(res.targets.items) - len(shown) if shown else 0,
        page_url=f"{base}{LEARNING_DIR}/{res.slug}/" if base else "",
        full_url=full_url,
        qr=qr_code(full_url) if full_url else None,
        broadcast=lines,
        broadcast_words=words,
        broadcast_minutes=max(1, round(words / WORDS_PER_MINUTE)),
        description=_description(res, learning),
        data_as_of=max([r.as_of for r in res.results.items]
                       + [r.as_of for t in res.targets.items for r in t.results], default=None),
        handout_results=results,
        handout_sources=v.cite_sources(sorted(cited)),
    )


def handout_results(res: Resolution, room: int, cited: set[str]) -> list[Result]:
    """The dated results a printed handout has room for (`room` estimated words): the
    resolution's own before those of a related document or of uncertain owner (each
    labelled on the page), newest first; one too long for the room is passed over. Context
    figures never, as a handout would read them as the resolution's results."""
    rank = [Ownership.own, Ownership.document, Ownership.uncertain]
    candidates = [r for r in res.results.items if ownership(r) in rank]
    candidates.sort(key=lambda r: r.as_of, reverse=True)
    candidates.sort(key=lambda r: rank.index(ownership(r)))
    chosen, seen = [], set(cited)
    for result in candidates:
        cost = words(result.text) + words(result.period) + 4 + SOURCE_WORDS * len(set(result.sources) - seen)
        if cost <= room and len(chosen) < HANDOUT_RESULTS:
            chosen.append(result)
            room -= cost
            seen |= set(result.sources)
    return chosen


def render_learning(env: jinja2.Environment, dataset: Dataset, common: dict,
                    site_url: str = "") -> Iterator[tuple[str, str, str]]:
    """(src_uri, Markdown, data file) for the index, then every learning page, one at a time."""
    page = env.get_template("pages/learning.md.j2")
    entries = [entry for entry in dataset.entries if entry.resolution.learning is not None]
    yield f"{LEARNING_DIR}/index.md", env.get_template("pages/learning_index.md.j2").render(
        **common, ready=[entry.resolution.number for entry in entries], pdf_dir=PDF_DIR, booklet=BOOKLET_PDF,
        pdf_name=pdf_name, broadcast_name=broadcast_name), "data/resolutions"
    for entry in entries:
        lv = learning_view(entry, dataset, site_url)
        qr_svg = env.get_template("charts/qr.svg.j2").render(
            qr=lv.qr, label=f"Mã QR dẫn tới {lv.full_url}").strip() if lv.qr else ""
        yield (learning_uri(lv.res), page.render(**common, lv=lv, res=lv.res, v=lv.v, qr_svg=qr_svg,
                                                 pdf_href=f"../../{PDF_DIR}/{pdf_name(lv.res)}"),
               entry.path)


def _description(res: Resolution, learning: Learning) -> str:
    why = " ".join(learning.why.text.replace("*", "").split())
    text = f"Tài liệu học tập ngắn về Nghị quyết {res.number} ({res.short_title}): {why}"
    return text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + "…"
