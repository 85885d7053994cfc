"""Preview without a command line (issue 15, item 12): two builds of the fixture project
compared as pages, with a Vietnamese summary and phone-size screenshots.

The fixture project gets a second resolution (98-NQ/TU, a copy of 99-NQ/TU) so that a change
to one resolution can be told apart from the rest of the site."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import ROOT, fixture_project, mkdocs_build
from nqhandbook.outputs.preview.diff import compare_sites
from nqhandbook.outputs.preview.pages import Page, PageChanges, page_changes, title
from nqhandbook.outputs.preview.report import SUMMARY, make_preview
from nqhandbook.outputs.preview.summary import ARTIFACT, SITE_ARTIFACT, render_base_failed

EPOCH = {"SOURCE_DATE_EPOCH": "1764800000"}  # one build date for every build, as the script does
OLD_TASK, NEW_TASK = "Giải pháp thứ nhất.", "Giải pháp thứ nhất, viết lại cho rõ."


def build(project: Path, site: Path) -> Path:
    result = mkdocs_build(project, site, EPOCH)
    assert result.returncode == 0, result.stderr
    return site


def add_second_resolution(project: Path, task: str = OLD_TASK) -> Path:
    resolutions = project / "data" / "resolutions"
    text = (resolutions / "99-nq-tu.yml").read_text(encoding="utf-8")
    assert text.count("number: 99-NQ/TU") == 1 and text.count(OLD_TASK) == 1
    text = text.replace("number: 99-NQ/TU", "number: 98-NQ/TU").replace(OLD_TASK, task)
    (resolutions / "98-nq-tu.yml").write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    """one: only 99-NQ/TU; two: 98 and 99; edited: 98's first task text differs."""
    folder = tmp_path_factory.mktemp("preview")
    one = fixture_project(folder / "one")
    two = add_second_resolution(fixture_project(folder / "two"))
    edited = add_second_resolution(fixture_project(folder / "edited"), NEW_TASK)
    return {name: build(project, folder / f"site-{name}") for name, project in
            (("one", one), ("two", two), ("edited", edited))}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_two_builds_of_one_commit_differ_in_nothing_the_preview_counts(sites, tmp_path):
    again = build(fixture_project(tmp_path / "project"), tmp_path / "site")
    assert compare_sites(sites["one"], again).lines() == []
    # a newer engine writes another generator tag and the sitemap other dates: not a change
    page = again / "nghi-quyet" / "99-nq-tu" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert '<meta name="generator" content="' in text
    page.write_text(re.sub(r'<meta name="generator" content="[^"]*">', '<meta name="generator" content="x-9">',
                           text), encoding="utf-8")
    sitemap = again / "sitemap.xml"
    sitemap.write_text(re.sub(r"<lastmod>[^<]*</lastmod>", "<lastmod>1999-01-01</lastmod>",
                              sitemap.read_text(encoding="utf-8")), encoding="utf-8")
    assert compare_sites(sites["one"], again).lines() == []
    # one changed word is
    page.write_text(text.replace("Chủ đề thử nghiệm", "Chủ đề thử nghiệm mới", 1), encoding="utf-8")
    assert compare_sites(sites["one"], again).changed == ("nghi-quyet/99-nq-tu/index.html",)


@pytest.mark.browser
def test_one_changed_field_lists_that_resolutions_pages_with_phone_screenshots(sites, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "preview_changes.py"), "--sites",
                             str(sites["two"]), str(sites["edited"]), "--out", str(out)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    summary = (out / SUMMARY).read_text(encoding="utf-8")
    rows = [line for line in summary.splitlines() if re.match(r"\| \d+ \|", line)]
    addresses = [row.split(" | ")[2] for row in rows]
    assert "nghi-quyet/98-nq-tu/" in addresses
    assert all("98-nq-tu" in address for address in addresses), addresses
    assert f"{len(rows)} trang sửa, 0 trang mới, 0 trang bị bỏ; {len(rows)} ảnh chụp" in result.stdout
    page_row = rows[addresses.index("nghi-quyet/98-nq-tu/")]
    # the Vietnamese title, the section of the changed task, the screenshot's name
    assert "| Nghị quyết 98-NQ/TU: Chủ đề thử nghiệm |" in page_row
    assert "| sửa | Nhóm giải pháp |" in page_row
    image = page_row.rstrip(" |").rsplit(" | ", 1)[1]
    assert png_size(out / image) == (390, 844)
    assert sorted(p.name for p in out.glob("*.png")) == sorted(row.rstrip(" |").rsplit(" | ", 1)[1] for row in rows)
    assert f"**{ARTIFACT}**" in summary
    assert "nếu chúng được dựng vào hai ngày khác nhau" in summary  # --sites cannot know the dates
    assert "không phải trang" in summary and "search\\_index.json" in summary  # other files, listed apart


@pytest.mark.browser
def test_added_removed_pages_and_the_screenshot_cap(sites, tmp_path, browser):
    grown = make_preview(sites["one"], sites["two"], tmp_path / "grown", "trước", "sau", limit=1, browser=browser)
    added = {page.address for page in grown.changes.added}
    assert "nghi-quyet/98-nq-tu/" in added and "hoc-tap/98-nq-tu/" in added
    assert "nghi-quyet/" in {page.address for page in grown.changes.changed}  # the list gains a row
    assert len(grown.shots) == 1 and len(list((tmp_path / "grown").glob("*.png"))) == 1
    left_out = len(grown.changes.changed) + len(grown.changes.added) - 1
    assert f"Chỉ chụp tối đa 1 trang: {left_out} trang sửa hoặc mới còn lại không có ảnh chụp" in grown.summary
    assert f"**{SITE_ARTIFACT}**" in grown.summary
    assert grown.summary.count("không chụp (quá 1 ảnh)") == left_out
    shrunk = make_preview(sites["two"], sites["one"], tmp_path / "shrunk", "trước", "sau", limit=0)
    assert {page.address for page in shrunk.changes.removed} == added
    assert shrunk.shots == [] and "trang bị bỏ" in shrunk.summary


def test_no_change_says_so(sites, tmp_path):
    preview = make_preview(sites["one"], sites["one"], tmp_path / "out", "trước", "sau")
    assert "**Không trang nào thay đổi nội dung.**" in preview.summary
    assert preview.shots == [] and "cùng một ngày dựng" in preview.summary and not list((tmp_path / "out").glob("*.png"))


def test_screenshots_show_each_kind_of_page_first():
    def page(address):
        return Page(address + "index.html", address, address, "changed")

    changes = PageChanges(tuple(page(a) for a in ("a/1/", "a/2/", "a/3/", "b/1/", "", "c/")), (), (), ())
    assert [p.address for p in changes.viewable] == ["", "a/1/", "b/1/", "c/", "a/2/", "a/3/"]


def test_titles_drop_the_site_name_and_404_uses_its_heading(sites):
    site = sites["one"]
    name = title(site, "index.html", "")
    assert title(site, "nghi-quyet/99-nq-tu/index.html", name) == "Nghị quyết 99-NQ/TU: Chủ đề thử nghiệm"
    assert title(site, "404.html", name) == "Không tìm thấy trang"
    assert title(site, "index.html", name) == name


def test_compare_builds_uses_the_shared_comparison(sites, tmp_path):
    """scripts/compare_builds.py reports through the same comparison (no copy of it)."""
    text = (ROOT / "scripts" / "compare_builds.py").read_text(encoding="utf-8")
    assert "from nqhandbook.outputs.preview.diff import compare_sites" in text
    assert "def normalised" not in text and "GENERATOR" not in text
    copy = shutil.copytree(sites["two"], tmp_path / "copy")
    (copy / "sitemap.xml").unlink()
    assert compare_sites(sites["two"], copy).lines() == ["only in BEFORE: sitemap.xml"]
    assert page_changes(compare_sites(sites["two"], copy), sites["two"], copy).other_files == ("sitemap.xml",)


def test_a_base_that_does_not_build_is_said_in_the_summary():
    output = "INFO - Building\n" + "\n".join(f"line {n}" for n in range(30)) + "\nAborted with a BuildError! ````"
    text = render_base_failed("main (1234abcd)", "HEAD (5678ef90)", output)
    assert "Không dựng được bản gốc main (1234abcd), nên không so sánh được" in text
    assert "line 29" in text and "line 10" not in text  # the end of the error only
    assert text.count("````") == 2  # the error cannot close the block it is quoted in


def test_a_changed_stylesheet_is_said_even_when_no_page_changed(sites, tmp_path):
    after = shutil.copytree(sites["one"], tmp_path / "after")
    css = next((after / "assets" / "css").glob("site.css"))
    css.write_text(css.read_text(encoding="utf-8") + "\nbody { color: red; }\n", encoding="utf-8")
    (after / "sw.js").write_text("// another cache name\n", encoding="utf-8")
    preview = make_preview(sites["one"], after, tmp_path / "out", "trước", "sau")
    assert preview.changes.changed == () and preview.changes.style_files == ("assets/css/site.css",)
    assert "**Không trang nào thay đổi nội dung.**" in preview.summary
    assert "**Giao diện dùng chung cũng khác:** 1 tệp" in preview.summary and "assets/css/site.css" in preview.summary
    assert preview.summary.count("sw.js") == 1  # listed among the other files only
