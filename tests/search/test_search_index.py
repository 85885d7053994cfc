"""What goes into the search index (downloaded when search is first used): every section a
reader searches, once, without source markers or the editors' reliability notes."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from nqhandbook.site.search_index import SOURCE_MARKERS, without_source_markers

CAVEATS_HEADING = "Độ tin cậy và chỗ còn thiếu"


def index_docs(built_site) -> list[dict]:
    return json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_source_markers_go_and_words_stay_apart():
    assert without_source_markers("2050 [1] [2]</p>") == "2050</p>"
    assert without_source_markers("lượt [8] [22]10 tháng") == "lượt 10 tháng"
    assert without_source_markers("phương) [5] [28].") == "phương)."
    assert without_source_markers("Nghị quyết 11-NQ/TU [12] về du lịch") == "Nghị quyết 11-NQ/TU về du lịch"


@given(st.lists(st.sampled_from(["[1]", "[23]", "[456]", "[7890]", " ", "\t", "\n", "\u00a0", "[", "]", "1",
                                  "a", "ệ", "_", ".", "²", "٣", "<p>"]), max_size=16).map("".join))
def test_source_markers_go_as_the_one_pattern_says(text):
    """The scan that looks for "[" drops what SOURCE_MARKERS matches, spaces before it included,
    and leaves one space only where a letter or digit follows."""
    expected = SOURCE_MARKERS.sub(lambda m: " " if text[m.end():m.end() + 1].isalnum() else "", text)
    assert without_source_markers(text) == expected


def test_index_has_no_source_markers_though_pages_do(built_site):
    page = (built_site / "nghi-quyet" / "18-nq-tu" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'class="cite"[^>]*>\[\d+\]</a>', page)
    marked = [d["location"] for d in index_docs(built_site) if re.search(r"\[\d{1,3}\]", d["text"])]
    assert marked == []


def test_reliability_notes_are_on_the_page_but_not_in_the_index(built_site):
    docs = index_docs(built_site)
    assert not [d["location"] for d in docs if d["title"] == CAVEATS_HEADING]
    with_caveats = [p for p in built_site.glob("nghi-quyet/*/index.html")
                    if f">{CAVEATS_HEADING}<" in p.read_text(encoding="utf-8")]
    assert len(with_caveats) >= 10
    # The section after it (the content history or the sources) is still a section of its own.
    slug = with_caveats[0].parent.name
    titles = [d["title"] for d in docs if d["location"].startswith(f"nghi-quyet/{slug}/")]
    assert {"Kết quả thực hiện", "Khó khăn, vướng mắc"} <= set(titles), titles


def test_every_resolution_page_is_indexed_once(built_site):
    pages = [d["location"] for d in index_docs(built_site)
             if re.fullmatch(r"nghi-quyet/[^/#]+/", d["location"])]
    assert len(pages) == len(set(pages)) == len(list(built_site.glob("nghi-quyet/*-nq-tu/index.html")))


# Text that stands on many resolution pages (a button, a link to the learning page, notes
# written by the templates): kept on the pages, left out of the index, where it would match
# every query holding its words and fill the previews. The gap notes' own text stays.
BOILERPLATE = ["Chia sẻ", "Bổ sung nội dung này", "Học tập nhanh:", "Thời điểm của thông tin",
               "Nghị quyết thuộc nhiệm kỳ 2020 - 2025 của tỉnh Lào Cai cũ",
               "Số liệu do nguồn công bố; trừ chỗ ghi", "Nhóm này là nội dung bối cảnh",
               "Trên trang này"]


def test_buttons_and_repeated_notes_are_on_the_pages_but_not_in_the_index(built_site):
    docs = index_docs(built_site)
    indexed = [(d["location"], text) for d in docs for text in BOILERPLATE
               if text in d["title"] + d["text"] and d["location"].startswith("nghi-quyet/")]
    assert indexed == []
    pages = [p.read_text(encoding="utf-8") for p in built_site.glob("nghi-quyet/*-nq-tu/index.html")]
    on_pages = {text: sum(text in page for page in pages) for text in BOILERPLATE}
    assert all(on_pages[text] >= 5 for text in BOILERPLATE), on_pages
    # what the gap notes say is still found
    assert any("Chưa tìm thấy nguồn nêu mục tiêu" in d["text"] for d in docs)
