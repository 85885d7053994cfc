"""A full strict MkDocs build of hostile but valid data (issue 14): formulas, look-alike
text and fullwidth digits pass the validator, so the build must succeed, the CSV must be
inert and the page must have the same structure as with the real data."""

from __future__ import annotations

import csv
import io
import re

from helpers import copy_build_inputs, mkdocs_build

from nqhandbook.site.csv_safe import is_inert

PAGE = "nghi-quyet/11-nq-tu/index.html"
FORMULA = '=HYPERLINK("http://x.example/","Bấm")'


def shape(html: str) -> list[str]:
    article = html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
    # The change list comes from git history, which the throwaway copy does not have.
    article = re.sub(r'<h2 id="[^"]*">Lịch sử cập nhật nội dung.*?<div class="changes".*?</div>', "",
                     article, flags=re.S)
    article = re.sub(r'<li><a href="#lịch-sử-cập-nhật-nội-dung">.*?</li>', "", article)  # its page-map entry
    return re.findall(r"<(h[1-6]|ul|ol|li|table|tr|blockquote|pre|hr|details)\b", article)


def test_hostile_but_valid_data_builds_inert(tmp_path, built_site):
    project = copy_build_inputs(tmp_path / "project")
    data = project / "data" / "resolutions" / "11-nq-tu.yml"
    text = data.read_text(encoding="utf-8")
    text = text.replace("indicator: Lượt khách du lịch\n", f"indicator: '{FORMULA}'\n", 1)
    text = text.replace("indicator: Tổng thu từ khách du lịch\n",
                        'indicator: "Open Data: a<b nhưng b>c, #1 **đậm** -5%"\n', 1)
    text = text.replace("as_of: 2023-09\n", 'as_of: "２０２３-09"\n', 1)
    data.write_text(text, encoding="utf-8")

    result = mkdocs_build(project, tmp_path / "site")

    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    rows = list(csv.reader(io.StringIO((site / "du-lieu" / "chi-tieu.csv").read_text(encoding="utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert "'" + FORMULA in cells and all(is_inert(cell) for cell in cells)
    page = (site / PAGE).read_text(encoding="utf-8")
    assert "Open Data: a&lt;b nhưng b&gt;c, #1 <strong>đậm</strong> -5%" in page
    assert "09/2023" in page and "２０２３" not in page
    assert shape(page) == shape((built_site / PAGE).read_text(encoding="utf-8"))
