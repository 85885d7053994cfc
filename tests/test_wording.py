"""Generated Vietnamese: one date format, units not repeated, no stacked brackets, no "0 …"."""

from __future__ import annotations

import pytest

from nqhandbook.data.model import Target
from nqhandbook.pages.templating import lower_first, md_inline, unit_suffix
from nqhandbook.pages.wording import count_phrase, join_vi, one_date_format


@pytest.mark.parametrize("text, shown", [
    ("ngày 1/7/2025", "ngày 01/07/2025"),
    ("từ 01/07/2025", "từ 01/07/2025"),
    ("tháng 7/2025", "tháng 07/2025"),
    ("Kế hoạch 279/KH-UBND ngày 13/2/2023", "Kế hoạch 279/KH-UBND ngày 13/02/2023"),
    ("Nghị quyết số 12/2023/NQ-HĐND", "Nghị quyết số 12/2023/NQ-HĐND"),
    ("32/13/2024", "32/13/2024"),  # not a date: left as written
])
def test_one_date_format(text, shown):
    assert one_date_format(text) == shown
    assert md_inline(text) == shown  # every editor text shown on a page goes through it


def target(indicator: str, unit: str | None) -> Target:
    return Target(id="t", indicator=indicator, unit=unit, sources=["S1"],
                  milestones=[{"year": 2025, "text": "10"}])


def test_unit_is_not_repeated_after_an_indicator_that_names_it():
    assert unit_suffix(target("Lượt khách", "triệu lượt")) == " (triệu lượt)"
    assert unit_suffix(target("Tỷ lệ hộ nghèo (%)", "%")) == ""
    assert unit_suffix(target("Giá trị sản xuất, tỷ đồng", "tỷ đồng")) == ""
    assert unit_suffix(target("Số doanh nghiệp", None)) == ""


def test_unit_is_left_out_when_every_milestone_says_it():
    t = Target(id="t", indicator="Giá trị sản xuất", unit="tỷ đồng", sources=["S1"],
               milestones=[{"year": 2025, "text": "trên 10.445 tỷ đồng"}])
    assert unit_suffix(t) == ""
    t = Target(id="t", indicator="Giá trị sản xuất", unit="tỷ đồng", sources=["S1"],
               milestones=[{"year": 2025, "text": "trên 10.445 tỷ đồng"}, {"year": 2030, "text": "gấp đôi"}])
    assert unit_suffix(t) == " (tỷ đồng)"


def test_brackets_never_stack():
    assert unit_suffix(target("Tăng trưởng (bình quân)", "%")) == ", đơn vị: %"


def test_counts_and_lists_read_naturally():
    assert count_phrase(0, "chỉ tiêu") == ""
    assert count_phrase(3, "chỉ tiêu") == "3 chỉ tiêu"
    assert join_vi(["a", "", "b", "c"]) == "a, b và c"
    assert join_vi(["", "a"]) == "a"


def test_lower_first_only_for_an_ordinary_word():
    assert lower_first("Không còn") == "không còn"
    assert lower_first("UBND tỉnh") == "UBND tỉnh"
    assert lower_first("Ban Thường vụ") == "Ban Thường vụ"
    assert lower_first("22 - 23%") == "22 - 23%"
