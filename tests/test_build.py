"""A real `properdocs build --strict`: of the real project (rules: every page builds), and of
the fixture project (behaviour: edit links, anchors, and what breaks the build)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from helpers import ROOT, fixture_project, mkdocs_build

STATIC_PAGES = ["index.html", "nghi-quyet/index.html", "ke-hoach/index.html", "404.html",
                "huong-dan/bao-cao-vien/index.html", "huong-dan/bien-tap/index.html"]


def test_every_expected_page_exists(built_site, root):
    for page in STATIC_PAGES:
        assert (built_site / page).is_file(), page
    slugs = sorted(p.stem for p in (root / "data" / "resolutions").glob("*.yml"))
    built = sorted(p.parent.name for p in (built_site / "nghi-quyet").glob("*/index.html"))
    assert built == slugs  # one page per data file, nothing else


def test_pages_are_vietnamese_with_description(built_site):
    for html_file in built_site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        assert '<html lang="vi"' in html, html_file
        if html_file.name != "404.html":
            assert re.search(r'<meta name="description" content="[^"]{40,}"', html), html_file


def test_resolution_page_edit_link_points_at_its_yaml(fixture_site):
    html = (fixture_site / "nghi-quyet" / "99-nq-tu" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="https://github\.com/[^"]+/edit/main/data/resolutions/99-nq-tu\.yml"', html)


def test_no_page_loads_anything_from_another_host(built_site):
    pattern = re.compile(r'<(?:script|img|link|iframe|source|video|audio)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I)
    for html_file in built_site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        for match in pattern.finditer(html):
            tag = html[match.start(): html.index(">", match.start()) + 1]
            assert 'rel="canonical"' in tag, f"{html_file}: {tag}"


def test_vietnamese_404_page(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert "Không tìm thấy trang" in html


def test_unicode_heading_anchors_are_preserved(fixture_site):
    html = (fixture_site / "nghi-quyet" / "99-nq-tu" / "index.html").read_text(encoding="utf-8")
    assert 'id="chỉ-tiêu"' in html


# Each breakage from the core issue's acceptance list, applied to the fixture resolution
# (99-NQ/TU); "duplicate_number" writes an unchanged copy under a second file name.
BREAKAGES = {
    "yaml_syntax": ("short_title: Chủ đề thử nghiệm", "short_title: [Chủ đề thử nghiệm", ""),
    "tab_indentation": ("  until: 2030", "\tuntil: 2030", ""),
    "wrong_type": ("identity_sources: [S1, KH]", "identity_sources: S1", "identity_sources"),
    "missing_required": ("short_title: Chủ đề thử nghiệm\n", "", "short_title"),
    "misspelled_key": ("short_title:", "short_tittle:", "short_tittle"),
    "duplicate_number": ("number: 99-NQ/TU", "number: 99-NQ/TU", "number"),
    "unknown_source": ("identity_sources: [S1, KH]", "identity_sources: [S1, KH, S99]", "identity_sources[2]"),
    "impossible_date": ("issued: 2022-03-15", "issued: 2022-02-30", "issued"),
    "script_in_text": ("short_title: Chủ đề thử nghiệm", "short_title: Du lịch <script>alert(1)</script>",
                       "short_title"),
    "javascript_url": ("url: https://baolaocai.vn/bai-1.html", "url: javascript:alert(1)//", "sources[1].url"),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_breakage_fails_validator_and_build_and_changes_nothing(tmp_path, name):
    old, new, field = BREAKAGES[name]
    project = fixture_project(tmp_path / "project")
    target = project / "data" / "resolutions" / "99-nq-tu.yml"
    text = target.read_text(encoding="utf-8")
    assert old in text
    if name == "duplicate_number":
        target = target.with_name("98-nq-tu.yml")
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous build", encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), str(project)],
                           capture_output=True, text=True, encoding="utf-8")
    build = mkdocs_build(project, site)

    expected = re.compile(r"data/resolutions/9[89]-nq-tu\.yml:\d+:\d+: " + re.escape(field))
    for result in (check, build):
        assert result.returncode != 0
        assert expected.search(result.stderr), result.stderr
        assert "Traceback" not in result.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
