"""Reliability notes next to the figures they are about (issue 15, item 2): a figure names its
notes (`caveats: [L1]`), a note may be about every figure (`about: results`); those notes sit
right under the results, numbered, and each named figure carries a mark that links to its note."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError
from nqhandbook.pages.render import render_pages
from nqhandbook.site.open_data import summary

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 27)


def _project(tmp_path: Path, edit) -> Path:
    shutil.copytree(FIXTURES / "base", tmp_path / "base")
    path = tmp_path / "base" / "data" / "resolutions" / "99-nq-tu.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return tmp_path / "base"


def _page(project: Path) -> str:
    dataset = load_dataset(project, today=TODAY)
    pages = {p.src_uri: p for p in render_pages(dataset, "", site_url="https://example.org/",
                                                               open_data=summary(dataset))}
    return pages["nghi-quyet/99-nq-tu.md"].content


def _link(data):
    data["caveats"] += [
        {"id": "L2", "kind": "uncertain", "text": "Số liệu năm 2023 lấy từ bài không ghi ngày.", "sources": ["S3"]},
        {"kind": "uncertain", "about": "results", "text": "Mọi số liệu là của cả tỉnh.", "sources": ["S3"]},
    ]
    data["results"]["items"][0]["caveats"] = ["L2"]


def test_named_and_section_wide_notes_sit_under_the_results_with_marks(tmp_path):
    page = _page(_project(tmp_path, _link))
    results = page[page.index("## Kết quả thực hiện"):page.index("## Mô hình hay")]
    first, second = [line for line in results.splitlines() if line.startswith("- **")][:2]
    assert '<a class="caveat-mark" href="#luu-y-ket-qua-1" title="Chưa chắc chắn">lưu ý 1</a>' in first
    assert "caveat-mark" not in second  # the 2025 figure names no note
    notes = results[results.index("Độ tin cậy của các số liệu trên"):]
    assert re.search(r'id="luu-y-ket-qua-1".*Số liệu năm 2023 lấy từ bài không ghi ngày', notes)
    assert re.search(r'id="luu-y-ket-qua-2".*\(mọi số liệu ở phần này\):\*\* Mọi số liệu là của cả tỉnh', notes)
    rest = page[page.index("## Độ tin cậy và chỗ còn thiếu"):]
    assert "bài không ghi ngày" not in rest and "của cả tỉnh" not in rest  # each note once
    assert "Hai nguồn ghi khác nhau" in rest and "nằm ngay dưới [phần kết quả]" in rest


def test_without_linked_notes_the_page_is_as_before(tmp_path):
    page = _page(_project(tmp_path, lambda data: None))
    assert "caveat-mark" not in page and "result-notes" not in page and "nằm ngay dưới" not in page


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["results"]["items"][0].update(caveats=["L7"]),
     'không có lưu ý mã "L7" trong mục caveats (chưa lưu ý nào có mã; thêm id: L1'),
    (lambda d: (_link(d), d["results"]["items"][1].update(caveats=["L3"])),
     'không có lưu ý mã "L3" trong mục caveats (các mã đã có: L2)'),
    (lambda d: (_link(d), d["caveats"][0].update(id="L2")), 'mã lưu ý "L2" bị trùng'),
])
def test_a_note_reference_that_does_not_resolve_is_an_error_with_a_hint(tmp_path, edit, message):
    with pytest.raises(DataError) as raised:
        load_dataset(_project(tmp_path, edit), today=TODAY)
    assert message in str(raised.value)
