"""CONTRIBUTING.md, section 7: a result dated from 01/07/2025 carries the label "tỉnh Lào Cai
mới" (the province after its merger with Yên Bái), wherever a result is shown; a value from
then on, compared with a target set for the old province, is flagged to the editor."""

from __future__ import annotations

import re

import pytest
from helpers import fixture_project, mkdocs_build

from nqhandbook.data.partial_date import merged_province

TAG = '<span class="tag">tỉnh Lào Cai mới</span>'
RESOLUTION = "data/resolutions/99-nq-tu.yml"
OLD = '        - {text: "6,1 triệu lượt", as_of: 2023-09, period: 9 tháng đầu năm 2023, sources: [S3]}\n'
NEW = '        - {text: "Chín triệu lượt cả năm", as_of: 2025-12, period: năm 2025, sources: [S3]}\n'


@pytest.mark.parametrize("as_of, merged", [
    ("2025-07-01", True), ("2025-08", True), ("2026", True), ("2025-06-30", False),
    ("2025-07", False), ("2025", False), ("2024-12-31", False)])
def test_a_figure_is_the_merged_provinces_from_the_merger_day_at_its_precision(as_of, merged):
    assert merged_province(as_of) is merged


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    project = fixture_project(tmp_path_factory.mktemp("merged") / "project")
    path = project / RESOLUTION
    text = path.read_text(encoding="utf-8")
    assert OLD in text
    path.write_text(text.replace(OLD, OLD + NEW), encoding="utf-8")
    out = project.parent / "site"
    result = mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out


def cell(html: str, label: str) -> str:
    match = re.search(rf'<td class="tc-results" data-label="{label}">(.*?)</td>', html, re.S)
    assert match, label
    return match.group(1)


def test_a_targets_post_merger_result_is_labelled_on_the_resolution_page(site):
    html = (site / "nghi-quyet" / "99-nq-tu" / "index.html").read_text(encoding="utf-8")
    results = cell(html, "Kết quả đã công bố")
    old, new = results.split("<br")[:2]
    assert "6,1 triệu lượt" in old and TAG not in old
    assert "Chín triệu lượt" in new and TAG in new


def test_the_targets_overview_labels_the_latest_result(site):
    html = (site / "chi-tieu" / "index.html").read_text(encoding="utf-8")
    latest = cell(html, "Kết quả")
    assert "Chín triệu lượt" in latest and TAG in latest
