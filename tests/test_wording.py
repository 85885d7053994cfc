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


def _one_date_format_reference(text: str) -> str:
    """one_date_format as first written: both patterns run on any text with a slash."""
    import re

    def full(m):
        day, month = int(m.group(1)), int(m.group(2))
        return m.group(0) if not (1 <= day <= 31 and 1 <= month <= 12) else f"{day:02d}/{month:02d}/{m.group(3)}"

    def month_year(m):
        month = int(m.group(1))
        return f"{month:02d}/{m.group(2)}" if 1 <= month <= 12 else m.group(0)

    text = re.sub(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", full, text)
    return re.sub(r"(?<=tháng )(\d{1,2})/(\d{4})(?![\d/])", month_year, text, flags=re.I)


def _md_inline_reference(value: object) -> str:
    """md_inline as first written (html.escape, then a backslash before each Markdown special)."""
    import html
    import re
    text = html.escape(_one_date_format_reference(" ".join(str(value).split())), quote=False)
    text = re.sub(r"([\\`_{}\[\]|])", r"\\\1", text)
    return re.sub(r"^([#+!-]|\*(?=\s))|^([0-9]{1,9})([.)])",
                  lambda m: "\\" + m.group(1) if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text)


def _editor_texts() -> list[str]:
    """Every text of the fixture project and of the repository's data, and hostile ones."""
    import datetime as dt
    from pathlib import Path

    from nqhandbook.data.load import load_dataset

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    root = Path(__file__).resolve().parents[1]
    texts = ["", " ", "# a", "#a", "+ b", "- c", "-5%", "!!! note", "* x", "*x*", "**bold** x", "1. one",
             "2019) two", "1234567890. ten digits", "12.5 %", "a <b> & 'c' \"d\"", "\\ ` _ { } [ ] |",
             "&amp; <br> ngày 1/7/2025", "tháng 7/2025 | [x](y) {: .z }", "  -  leading space", 42, 1.5, None, "THÁNG 3/2024",
             "tháng 13/2024", "1/7/20255", "31/12/2025/x", "Kế hoạch 279/KH-UBND ngày 5/02/2023",
             "tỷ lệ 4%/năm, 10 /2 và 1/ 2", "123/4/2025", "1/12/2023/5", "/1/2/2023", "01/7/20255",
             "5/5/2025 và 6/6/2026", "1//2/2020", "x1/2/2023", "31/12/2024.", "0/1/2020", "99/9/2020",
             "ngày ١/٢/٢٠٢٣", "tháng 1/2024, Tháng 12/2024 và tháng 13/2024"]
    for project in (root / "tests" / "fixtures" / "base", root):
        dataset = load_dataset(project, today=dt.date(2026, 12, 1))
        for res in dataset.resolutions:
            texts.extend(strings(res.model_dump(mode="json")))
    return texts


def test_text_filters_give_what_their_first_versions_gave():
    """one_date_format, md_inline and html_text skip their work when a quick check shows
    nothing to rewrite: same text as before on every editor text we have and on hostile ones."""
    from markupsafe import escape

    from nqhandbook.pages.templating import html_text
    texts = _editor_texts()
    assert len(texts) > 500
    for text in texts:
        assert one_date_format(str(text)) == _one_date_format_reference(str(text)), text
        assert md_inline(text) == _md_inline_reference(text), text
        assert html_text(text) == str(escape(_one_date_format_reference(" ".join(str(text).split())))), text
