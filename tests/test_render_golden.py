"""Golden files: the Markdown generated for the fixture project, side by side with its input,
for every page type: resolution, learning (and its index), status, targets overview, plan,
home, list, open data and the download page (without a bundle, with one, inside the bundle).

Regenerate after an intended template change with UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from nqhandbook.data.load import load_dataset
from nqhandbook.pages.render import render_pages
from nqhandbook.site.downloads import download_page
from nqhandbook.site.open_data import summary

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = FIXTURES / "golden"
EDIT_BASE = "https://github.com/example/so-tay/edit/main/"


SITE_URL = "https://example.org/so-tay/"
PAGE_TYPES = ["nghi-quyet/99-nq-tu.md", "nghi-quyet/index.md", "index.md", "ke-hoach.md", "chi-tieu.md",
              "tinh-trang-du-lieu.md", "hoc-tap/index.md", "hoc-tap/99-nq-tu/index.md", "du-lieu/index.md"]


@pytest.fixture(scope="module")
def pages():
    dataset = load_dataset(FIXTURES / "base", today=dt.date(2026, 11, 27))
    return {page.src_uri: page for page in render_pages(dataset, EDIT_BASE, site_url=SITE_URL,
                                                        open_data=summary(dataset))}


def check_golden(name: str, content: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(content, encoding="utf-8")
    assert content == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("uri", PAGE_TYPES)
def test_generated_markdown_matches_golden(pages, uri):
    check_golden(uri.replace("/", "__"), pages[uri].content)


def test_every_generated_page_has_a_golden_file(pages):
    assert sorted(pages) == sorted(PAGE_TYPES)


@pytest.mark.parametrize("case", ["no-bundle", "bundle", "offline"])
def test_download_page_matches_golden(tmp_path, case):
    dist = tmp_path / "dist"
    if case != "no-bundle":
        dist.mkdir()
        (dist / "so-tay-nghi-quyet-20261120-offline.zip").write_bytes(b"PK" + bytes(3 * 1024 * 1024))
        (dist / "bundle.json").write_text(json.dumps({
            "file": "so-tay-nghi-quyet-20261120-offline.zip", "bytes": 2 + 3 * 1024 * 1024, "sha256": "0" * 64,
            "build_date": "2026-11-20"}), encoding="utf-8")
    page = download_page(dist, offline=case == "offline", site_url=SITE_URL)
    assert page.src_uri == "tai-ve/index.md"
    check_golden(f"tai-ve__index.{case}.md", page.content)


def test_each_page_names_its_data_file(pages):
    assert pages["nghi-quyet/99-nq-tu.md"].edit_path == "data/resolutions/99-nq-tu.yml"
    assert pages["ke-hoach.md"].edit_path == "data/plan.yml"


def test_gap_renders_as_visible_note_with_edit_link(pages):
    content = pages["nghi-quyet/99-nq-tu.md"].content
    assert '!!! gap "Chưa tìm thấy nguồn công khai"' in content
    assert "Chưa cập nhật" not in content  # a gap is what it is, not a pending update
    assert f"({EDIT_BASE}data/resolutions/99-nq-tu.yml)" in content


def test_plan_targets_are_labelled_as_not_the_resolutions_own(pages):
    content = pages["nghi-quyet/99-nq-tu.md"].content
    assert "Chỉ tiêu của văn bản khác, không phải của chính nghị quyết" in content
    assert "Kế hoạch số 1/KH-UBND" in content


def test_ownership_fixture_page_matches_golden(tmp_path):
    """The ownership keys on a page: unknown issuer, unconfirmed fields, uncertain and context."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "base", project)
    shutil.copy(FIXTURES / "valid" / "ownership.yml", project / "data" / "resolutions" / "99-nq-tu.yml")
    dataset = load_dataset(project, today=dt.date(2026, 11, 27))
    pages = {page.src_uri: page for page in render_pages(dataset, EDIT_BASE, open_data=summary(dataset))}
    content = pages["nghi-quyet/99-nq-tu.md"].content
    check_golden("nghi-quyet__99-nq-tu__ownership.md", content)
    meta = content.split('<p class="res-meta"', 1)[1].split("</p>", 1)[0]
    assert "Chưa rõ cơ quan ban hành" in meta and "Ban Thường vụ" not in meta
    assert meta.count("chưa xác nhận") == 1  # the date; the title carries its own mark
    assert "Chỉ tiêu chưa rõ thuộc nghị quyết hay văn bản khác" in content
    assert "Bối cảnh, nguồn không gắn với nghị quyết" in content
    for uri in ("index.md", "nghi-quyet/index.md", "ke-hoach.md"):
        assert "Ban Thường vụ Tỉnh ủy" not in pages[uri].content.split("## ", 1)[-1] or uri == "ke-hoach.md"
