"""The browser views (print pages) of the leaflet, the poster and the contest set: one
standalone HTML file each, with its own print CSS, so that the same file is the print
view on the site, in the offline zip and the input of the PDF printer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...data.load import Dataset
from ...pages.qr import qr_code
from ...pages.templating import environment
from .content import KitContent, shorten_title
from .files import ANSWERS_VIEW, CONTEST_SLUG, KIT_DIR, LEAFLET_VIEW, POSTER_VIEW, QUESTIONS_VIEW

CONTEST_TITLE = "Bộ câu hỏi tìm hiểu {count} nghị quyết chuyên đề Tỉnh ủy Lào Cai"  # count: from the data


@lru_cache(maxsize=64)
def _qr_svg(env, url: str) -> str:
    """The QR code of a page address (leaflet and poster share it)."""
    if not url:
        return ""
    return env.get_template("charts/qr.svg.j2").render(qr=qr_code(url), label=f"Mã QR dẫn tới {url}").strip()


def leaflet_html(c: KitContent, offline_date: str = "") -> str:
    env = environment()
    return env.get_template("kit/leaflet.html.j2").render(
        c=c, qr_svg=_qr_svg(env, c.page_url), short=shorten_title, back_href="../index.html",
        offline_date=offline_date,
        meta=_meta(c.site_url, f"Tờ gấp Nghị quyết {c.number}",
                   f"Tờ gấp ba trang khổ A4 để in hai mặt về Nghị quyết {c.number}: {c.res.short_title}."))


def poster_html(c: KitContent, offline_date: str = "") -> str:
    env = environment()
    return env.get_template("kit/poster.html.j2").render(
        c=c, qr_svg=_qr_svg(env, c.page_url), back_href="../index.html", offline_date=offline_date,
        meta=_meta(c.site_url, f"Áp phích số liệu Nghị quyết {c.number}",
                   f"Áp phích khổ A3 các con số chính của Nghị quyết {c.number}: {c.res.short_title}."))


@dataclass(frozen=True)
class ContestQuestion:
    n: int
    question: str
    choices: list[str]
    answer: int
    explain: str
    sources: list  # model.Source


def contest_groups(dataset: Dataset) -> list[dict]:
    """Every quiz question of every resolution, numbered across the set, with its sources."""
    groups, n = [], 0
    for entry in dataset.entries:
        res = entry.resolution
        if not (res.learning and res.learning.quiz):
            continue
        by_id = {s.id: s for s in res.sources}
        questions = []
        for q in res.learning.quiz:
            n += 1
            questions.append(ContestQuestion(n, q.question, list(q.choices), q.answer, q.explain,
                                             [by_id[i] for i in q.sources if i in by_id]))
        groups.append({"number": res.number, "short_title": res.short_title, "questions": questions})
    return groups


def _meta(site_url: str, title: str, description: str) -> dict:
    """Link preview of a print view: the site-wide image (these pages are printed, not shared)."""
    return {"title": title, "description": description,
            "image": f"{site_url}assets/images/chia-se.png" if site_url else ""}


def contest_html(dataset: Dataset, answers: bool, site_url: str = "", offline_date: str = "",
                 groups: list[dict] | None = None) -> str:
    """`groups`: contest_groups(dataset) when the caller has them (the set and its answers)."""
    groups = contest_groups(dataset) if groups is None else groups
    title = CONTEST_TITLE.format(count=len(groups))
    heading = title + (": đáp án" if answers else "")
    intro = ("Đáp án kèm lời giải thích và nguồn của từng câu. Dành cho ban tổ chức; không phát cùng đề."
             if answers else
             "Câu hỏi lấy từ phần tự kiểm tra của Sổ tay nghị quyết, mỗi câu đều có nguồn. Khoanh tròn "
             "một phương án đúng cho mỗi câu. Đáp án in riêng.")
    return environment().get_template("kit/contest.html.j2").render(
        heading=heading, intro=intro, groups=groups, answers=answers,
        back_href="../../index.html", meta=_meta(site_url, heading, f"{heading}: {intro}"),
        offline_date=offline_date)


def view_files(contents: list[KitContent], dataset: Dataset,
               offline_date: str = "") -> Iterator[tuple[str, bytes]]:
    """(site path, HTML) for every print view, one at a time (the build writes each as it
    comes); `offline_date`: the offline bundle's build date, shown on each view as on
    every page of the zip."""
    site = contents[0].site_url if contents else ""
    for c in contents:
        yield f"{KIT_DIR}/{c.slug}/{LEAFLET_VIEW}", leaflet_html(c, offline_date).encode("utf-8")
        if c.has_poster:
            yield f"{KIT_DIR}/{c.slug}/{POSTER_VIEW}", poster_html(c, offline_date).encode("utf-8")
    groups = contest_groups(dataset)
    for view, answers in ((QUESTIONS_VIEW, False), (ANSWERS_VIEW, True)):
        yield f"{KIT_DIR}/{CONTEST_SLUG}/{view}", contest_html(dataset, answers, site, offline_date,
                                                               groups).encode("utf-8")
