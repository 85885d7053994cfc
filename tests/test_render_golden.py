"""Golden files: the Markdown generated for the fixture project, side by side with its input.

Regenerate after an intended template change with UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from nqhandbook.data.load import load_dataset
from nqhandbook.pages.render import render_pages
from nqhandbook.site.open_data import summary

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = FIXTURES / "golden"
EDIT_BASE = "https://github.com/example/so-tay/edit/main/"


@pytest.fixture(scope="module")
def pages():
    dataset = load_dataset(FIXTURES / "base", today=dt.date(2026, 11, 27))
    return {page.src_uri: page for page in render_pages(dataset, EDIT_BASE, open_data=summary(dataset))}


@pytest.mark.parametrize("uri", ["nghi-quyet/99-nq-tu.md", "nghi-quyet/index.md", "index.md", "ke-hoach.md"])
def test_generated_markdown_matches_golden(pages, uri):
    golden = GOLDEN / uri.replace("/", "__")
    content = pages[uri].content
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(content, encoding="utf-8")
    assert content == golden.read_text(encoding="utf-8")


def test_each_page_names_its_data_file(pages):
    assert pages["nghi-quyet/99-nq-tu.md"].edit_path == "data/resolutions/99-nq-tu.yml"
    assert pages["ke-hoach.md"].edit_path == "data/plan.yml"


def test_gap_renders_as_visible_note_with_edit_link(pages):
    content = pages["nghi-quyet/99-nq-tu.md"].content
    assert '!!! gap "Chưa cập nhật"' in content
    assert f"({EDIT_BASE}data/resolutions/99-nq-tu.yml)" in content


def test_plan_targets_are_labelled_as_not_the_resolutions_own(pages):
    content = pages["nghi-quyet/99-nq-tu.md"].content
    assert "Chỉ tiêu của văn bản khác, không phải của chính nghị quyết" in content
    assert "Kế hoạch số 1/KH-UBND" in content
