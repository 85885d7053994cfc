"""The propaganda kit (issue 17): contents, numbers, printed pages, share images, kit pages."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest

from nqhandbook.data.load import load_dataset
from nqhandbook.outputs.kit.audit import audit, unknown_numbers, visible_text
from nqhandbook.outputs.kit.content import (LOCAL_BUDGET, POSTER_MIN_OWN, Picked, kit_contents,
                                             pick)
from nqhandbook.outputs.kit.files import KIT_DIR, built_files
from nqhandbook.outputs.kit.page import kit_pages
from nqhandbook.outputs.kit.printer import overflowing, print_pdf, load
from nqhandbook.outputs.kit.share import SIZE, post_text, share_image
from nqhandbook.outputs.kit.views import contest_groups, contest_html, leaflet_html, poster_html
from nqhandbook.data.own import Ownership, own_content, ownership

ROOT = Path(__file__).resolve().parents[1]
SITE = "https://laocai-nghiquyet.github.io/so-tay/"
PRINTED = ("11-NQ/TU", "20-NQ/TU", "42-NQ/TU")  # 42: the longest title
A4_LANDSCAPE, A3_PORTRAIT = (842, 595), (842, 1191)  # points, rounded


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT)


@pytest.fixture(scope="module")
def contents(dataset):
    return {c.number: c for c in kit_contents(dataset, SITE, year=2026)}


@pytest.fixture(scope="module")
def kit_page(browser):
    page = browser.new_page(locale="vi-VN")
    yield page
    page.close()


# --- Content: ownership, budgets, numbers ------------------------------------------------------

def test_own_numbers_are_what_own_py_calls_the_resolutions_own(dataset, contents):
    for entry in dataset.entries:
        res, c = entry.resolution, contents[entry.resolution.number]
        own = own_content(res)
        assert [n.indicator for n in c.own_numbers] == (
            [t.indicator for t in own.targets] + [t.indicator for t, _ in own.target_results])
        assert all(n.owner is Ownership.own for n in c.own_numbers)
        assert c.has_poster == (len(c.own_numbers) >= POSTER_MIN_OWN)
        for n, target in zip(c.numbers, [t for t in res.targets.items if t.indicator in
                                          {x.indicator for x in c.numbers}], strict=False):
            if ownership(target) is Ownership.document:
                assert n.owner_label.startswith("Chỉ tiêu của ") and "chính nghị quyết" not in n.owner_label


def test_targets_are_labelled_as_targets_with_years(contents):
    for c in contents.values():
        for n in [*c.numbers, *c.own_numbers]:
            for line in n.lines:
                assert line.label.startswith(("Mục tiêu", "Kết quả")), line.label
                if line.label.startswith("Mục tiêu đến năm"):
                    assert str(line.year) in line.label


def test_old_targets_give_way_to_those_still_ahead(contents):
    c = contents["11-NQ/TU"]
    years = [line.year for n in c.own_numbers for line in n.lines]
    assert years and min(years) >= 2026  # the 2025 milestones are past in December 2026


def test_no_poster_where_the_resolution_has_fewer_than_two_own_numbers(contents):
    assert contents["11-NQ/TU"].has_poster
    c = contents["20-NQ/TU"]
    assert not c.has_poster
    assert "văn bản khác" in c.no_poster_reason
    assert "Chưa tìm thấy nguồn công khai" in contents["12-NQ/TU"].no_poster_reason


def test_pick_keeps_whole_items_in_budget_and_says_when_some_are_left():
    items = [("a" * 300, ["S1"]), ("b" * 300, ["S2"]), ("c" * 300, ["S3"])]
    picked = pick(items, 700)
    assert picked.items == ["a" * 300, "b" * 300] and picked.more and picked.sources == ["S1", "S2"]
    assert pick(items[:1], 10).items == ["a" * 300]  # the first item is always kept
    assert not pick(items, 900).more


def test_every_number_in_every_kit_text_is_in_the_data(dataset, contents):
    assert audit(dataset, ROOT, contents.values()) == []
    # the contest set: every question's numbers are in its own resolution's data
    for group in contest_groups(dataset):
        entry = next(e for e in dataset.entries if e.resolution.number == group["number"])
        data = (ROOT / entry.path).read_text(encoding="utf-8")
        for q in group["questions"]:
            assert unknown_numbers(" ".join([q.question, *q.choices, q.explain]), data) == [], q.question


def test_the_number_check_catches_an_invented_number(dataset, contents):
    c = contents["11-NQ/TU"]
    bad = dataclasses.replace(c, why=Picked(["Phấn đấu đạt 987.654 lượt khách.", *c.why.items], [], False))
    problems = audit(dataset, ROOT, [bad])
    assert len(problems) == 2  # the leaflet and the post both carry it
    assert all("987.654" in p and "data/resolutions/11-nq-tu.yml" in p for p in problems)


def test_post_has_the_page_link_and_no_hashtag_but_the_number(contents):
    for c in contents.values():
        text = post_text(c)
        assert (c.learning_url or c.page_url) in text
        tags = [w for w in text.split() if w.startswith("#")]
        assert tags == ["#" + "".join(ch for ch in c.number if ch.isalnum())]
        assert len(text.split("\n\n")) <= 5
    assert "chưa được xác nhận" in post_text(contents["18-NQ/TU"])


def test_contest_set_has_every_sourced_quiz_question_and_the_key_every_source(dataset):
    total = sum(len(e.resolution.learning.quiz) for e in dataset.entries if e.resolution.learning)
    groups = contest_groups(dataset)
    assert sum(len(g["questions"]) for g in groups) == total
    assert all(q.sources for g in groups for q in g["questions"])
    sheet, key = visible_text(contest_html(dataset, False)), visible_text(contest_html(dataset, True))
    answer = re.compile(r"Đáp án [A-E]:")
    assert not answer.search(sheet) and len(answer.findall(key)) == total and key.count("Nguồn:") == total


# --- Kit pages --------------------------------------------------------------------------------

def test_kit_page_lists_every_plan_form_and_sizes_only_for_printed_files(dataset, contents, tmp_path):
    (tmp_path / "dist" / "kit" / "11-nq-tu").mkdir(parents=True)
    (tmp_path / "dist" / "kit" / "11-nq-tu" / "to-gap.pdf").write_bytes(b"x" * 2048)
    built = built_files(tmp_path)
    pages = {uri: md for uri, md, _ in kit_pages(list(contents.values()), dataset, built)}
    page = pages[f"{KIT_DIR}/11-nq-tu/index.md"]
    for n, form in enumerate(dataset.plan.forms, 1):
        assert f"## 3.{n}. {form.name}" in page
    assert 'href="to-gap.pdf" download>tải PDF</a> (2 KB)' in page
    assert "Sao chép bài đăng" in page
    assert "tải ảnh PNG" in page and "chưa in" in page  # poster PNG not printed in this tree
    assert "Không có áp phích số liệu" in pages[f"{KIT_DIR}/20-nq-tu/index.md"]


# --- Printed pages (browser) -----------------------------------------------------------------

def _pdf_pages(data: bytes) -> list[tuple[int, int]]:
    from pypdf import PdfReader

    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(io.BytesIO(data)).pages]


def test_no_leaflet_panel_overflows(kit_page, contents):
    for c in contents.values():
        load(kit_page, leaflet_html(c))
        assert overflowing(kit_page) == [], c.number
        assert kit_page.locator("[data-panel]").count() == 6


def test_overflow_is_measured(kit_page, contents):
    c = contents["11-NQ/TU"]
    crowded = dataclasses.replace(c, local=Picked([c.local.items[0]] * (3 * LOCAL_BUDGET // 100), [], False))
    load(kit_page, leaflet_html(crowded))
    assert [p[0] for p in overflowing(kit_page)] == ["local"]


@pytest.mark.parametrize("number", PRINTED)
def test_leaflet_pdf_is_two_a4_landscape_pages(kit_page, contents, number):
    pdf = print_pdf(kit_page, leaflet_html(contents[number]), number)
    assert _pdf_pages(pdf) == [A4_LANDSCAPE, A4_LANDSCAPE]
    assert len(pdf) <= 150 * 1024


def test_poster_pdf_is_one_a3_page(kit_page, contents):
    c = contents["11-NQ/TU"]
    pdf = print_pdf(kit_page, poster_html(c), c.number)
    assert _pdf_pages(pdf) == [A3_PORTRAIT]
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Mục tiêu đến năm 2030" in text and "chỉ tiêu của chính nghị quyết" in text


# --- Share images ----------------------------------------------------------------------------

@pytest.mark.parametrize("number", PRINTED)
def test_share_images_are_1200x630_and_under_budget(contents, number):
    from PIL import Image

    for learning in (False, True):
        data = share_image(contents[number], learning=learning)
        assert Image.open(io.BytesIO(data)).size == SIZE == (1200, 630)
        assert len(data) <= 80 * 1024


def test_pages_get_their_own_share_image_only_once_it_is_drawn(dataset, tmp_path):
    from nqhandbook.outputs.kit.site import kit_site

    assert kit_site(dataset, tmp_path, SITE).share_images == {}
    folder = tmp_path / "dist" / "kit" / "11-nq-tu"
    folder.mkdir(parents=True)
    (folder / "chia-se.png").write_bytes(b"png")
    (folder / "chia-se-hoc-tap.png").write_bytes(b"png")
    site = kit_site(dataset, tmp_path, SITE)
    assert site.share_images == {"nghi-quyet/11-nq-tu.md": "bo-tai-lieu/11-nq-tu/chia-se.png",
                                 "hoc-tap/11-nq-tu/index.md": "bo-tai-lieu/11-nq-tu/chia-se-hoc-tap.png"}
    assert set(site.built) == {"bo-tai-lieu/11-nq-tu/chia-se.png", "bo-tai-lieu/11-nq-tu/chia-se-hoc-tap.png"}
    assert "bo-tai-lieu/11-nq-tu/to-gap/index.html" in dict(site.files)


def test_kit_pages_pdfs_and_images_are_not_precached(tmp_path):
    """Print views and print files wait for the reader (issue 15): the pages are kept once
    opened, the PDFs and images can be saved on request."""
    from nqhandbook.site.service_worker import on_request_entries, precache_entries

    for rel in ("index.html", "bo-tai-lieu/11-nq-tu/index.html", "bo-tai-lieu/11-nq-tu/to-gap/index.html",
                "bo-tai-lieu/11-nq-tu/to-gap.pdf", "bo-tai-lieu/11-nq-tu/chia-se.png",
                "bo-tai-lieu/cuoc-thi/dap-an.pdf"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    urls = {url for url, _ in precache_entries(tmp_path)}
    assert urls == {"./"}
    assert set(on_request_entries(tmp_path)) == {"bo-tai-lieu/11-nq-tu/to-gap.pdf", "bo-tai-lieu/11-nq-tu/chia-se.png",
                                                 "bo-tai-lieu/cuoc-thi/dap-an.pdf"}


def test_built_site_has_kit_pages_plan_links_and_a_working_copy_button(built_site, browser, dataset):
    plan = (built_site / "ke-hoach" / "index.html").read_text(encoding="utf-8")
    for form in dataset.plan.forms:
        assert f'href="../bo-tai-lieu/#{form.id}"' in plan
        assert f'id="{form.id}"' in (built_site / "bo-tai-lieu" / "index.html").read_text(encoding="utf-8")
    for entry in dataset.entries:
        assert (built_site / "bo-tai-lieu" / entry.resolution.slug / "to-gap" / "index.html").is_file()
    page = browser.new_page(locale="vi-VN")
    page.goto((built_site / "bo-tai-lieu" / "11-nq-tu" / "index.html").as_uri())
    page.click("[data-kit-copy]")
    page.wait_for_function("document.querySelector('[data-kit-status]').textContent.length > 0")
    assert page.text_content("[data-kit-status]").startswith("Đã chép bài đăng")
    assert "Nghị quyết 11-NQ/TU" in page.input_value("textarea")
    page.close()
