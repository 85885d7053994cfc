"""The offline bundle (make bundle): a zip opened from the file system with no network.

The bundle is built once per session (`offline_bundle`, `offline_site` in conftest.py) by
the same script `make bundle` runs.
"""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from helpers import PHONE, make_offline_bundle
from nqhandbook.outputs.bundle_stats import bundle_stats
from nqhandbook.site.site_files import LUNR_DIR

# Zipped, without PDFs (issue 5): 1 MB for the pages, raised to 1.25 MB when the zip took on
# the slides' presentation views (about 90 KB) and the kit's print views (about 200 KB), forms
# 3.1 and 3.3-3.7 of the plan for commune offices without internet.
BUDGET_BYTES = 1280 * 1024
SEARCH_ICON = 'label.md-header__button[for="__search"]'
RESULTS = "li.md-search-result__item"


def zip_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def test_read_me_first_at_the_top_in_vietnamese(offline_bundle, offline_site):
    assert zip_names(offline_bundle)[:3] == ["DOC-TRUOC.html", "DOC-TRUOC.txt", "index.html"]
    date = re.search(r"-(\d{4})(\d{2})(\d{2})-offline\.zip$", offline_bundle.name).groups()
    shown = "/".join(reversed(date))
    html = (offline_site / "DOC-TRUOC.html").read_text(encoding="utf-8")
    text = (offline_site / "DOC-TRUOC.txt").read_bytes()
    assert text.startswith("\ufeff".encode("utf-8")) and b"\r\n" in text and b"\n\n" not in text
    text = text.decode("utf-8-sig")
    for page in (html, text):
        assert shown in page  # the build date
        assert "index.html" in page and "Giải nén" in page  # how to open it
        assert "https://" in page and "tai-ve/" in page  # where a newer one is
        assert "điện thoại" in page.lower() and "Thêm vào màn hình chính" in page  # phones
    assert '<html lang="vi">' in html and 'href="index.html"' in html


def test_size_within_budget(offline_bundle):
    """A correctness gate, not a speed test: 1 MB zipped without PDFs is the issue's hard
    budget and the slimmed bundle is far below it, so crossing it means slimming broke."""
    stats = bundle_stats(offline_bundle)
    print(f"offline bundle: {stats}")
    assert stats["zip_bytes_without_pdfs"] <= BUDGET_BYTES, stats


def test_slim_only_what_pages_load(offline_bundle):
    names = zip_names(offline_bundle)
    assert not [n for n in names if n.endswith(".map") or n.startswith("sitemap")]
    assert sorted(n for n in names if n.startswith(LUNR_DIR)) == [
        LUNR_DIR + "min/lunr.stemmer.support.min.js", LUNR_DIR + "min/lunr.vi.min.js"]
    assert "search/search_index.js" in names and "search/search_index.json" not in names
    for absent in ("sw.js", "manifest.webmanifest", "404.html"):
        assert absent not in names
    assert not [n for n in names if n.startswith("assets/pwa/") or n.endswith(".zip")]
    assert {"assets/vendor/iframe-worker/shim.js", "assets/vendor/iframe-worker/LICENSE"} <= set(names)


def test_two_builds_are_byte_identical(offline_bundle, bundle_epoch, tmp_path):
    again = make_offline_bundle(tmp_path, bundle_epoch)
    assert again.name == offline_bundle.name
    assert again.read_bytes() == offline_bundle.read_bytes()
    with zipfile.ZipFile(again) as archive:
        infos = archive.infolist()
    assert len({info.date_time for info in infos}) == 1
    assert {info.external_attr >> 16 for info in infos} == {0o100644}


class _Links(HTMLParser):
    """Relative addresses a page links to or loads, and what it would load from elsewhere."""

    def __init__(self):
        super().__init__()
        self.relative: list[str] = []
        self.remote_loads: list[str] = []
        self.web_app = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = attrs.get("rel") or ""
        for name in ("href", "src"):
            url = urlparse(attrs.get(name) or "")
            if not url.scheme and url.path:
                self.relative.append(url.path)
            loads = name == "src" or (tag == "link" and rel not in ("canonical", "alternate"))
            if loads and url.scheme in ("http", "https", ""):
                self.remote_loads += [attrs[name]] if url.netloc else []
        self.web_app |= tag == "link" and rel == "manifest"

    def handle_data(self, data):
        self.web_app |= "serviceWorker" in data


def test_every_page_links_inside_the_bundle_and_shows_its_build_date(offline_site):
    broken, remote, web_app, undated = [], [], [], []
    pages = sorted(offline_site.rglob("*.html"))
    for page in pages:
        name = page.relative_to(offline_site).as_posix()
        text = page.read_text(encoding="utf-8")
        parser = _Links()
        parser.feed(text)
        web_app += [name] if parser.web_app else []
        remote += parser.remote_loads
        if name != "DOC-TRUOC.html" and not re.search(
                r'class="build-info".*?<time datetime="\d{4}-\d\d-\d\d"', text, re.S):
            undated.append(name)
        broken += [f"{name}: {path}" for path in parser.relative
                   if not (page.parent / unquote(path)).resolve().is_file()]
    assert len(pages) > 20
    assert not broken
    assert not remote and not web_app
    assert not undated


@pytest.fixture
def offline_page(browser, offline_site):
    """A phone-sized page whose every http(s) request is aborted and recorded."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, locale="vi-VN")
    page = context.new_page()
    page.network_attempts, page.console_errors, page.files = [], [], []
    context.route(re.compile(r"^https?://"), lambda route: (page.network_attempts.append(route.request.url),
                                                            route.abort()))
    page.on("request", lambda request: page.files.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


def open_first_search_result(page, query: str) -> str:
    page.click(SEARCH_ICON)
    page.keyboard.insert_text(query)
    page.keyboard.press("End")
    page.wait_for_selector(RESULTS, timeout=15000)
    link = page.locator(f"{RESULTS} a").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_load_state()
    return href


@pytest.mark.browser
def test_home_resolution_and_search_from_the_file_system(offline_page, offline_site):
    page = offline_page
    page.goto((offline_site / "index.html").as_uri())
    assert "nghị quyết chuyên đề" in page.locator("h1").inner_text()
    page.locator('.grid.cards a[href="nghi-quyet/11-nq-tu.html"]').click()
    page.wait_for_url("**/nghi-quyet/11-nq-tu.html")
    assert page.locator("h1").inner_text().startswith("Nghị quyết 11-NQ/TU")
    assert page.locator(".build-info time").count() == 1

    href = open_first_search_result(page, "du lich")
    assert page.url.startswith("file://") and href.split("#")[0] in page.url
    assert page.locator("h1").count() == 1
    assert page.locator("mark", has_text=re.compile("du|lịch", re.I)).count() > 0  # highlighted
    assert not page.network_attempts
    assert all(url.startswith(("file://", "data:", "about:", "blob:")) for url in page.files), page.files
    assert not page.console_errors


@pytest.mark.browser
def test_resolution_to_its_learning_page_from_the_file_system(offline_page, offline_site):
    if not (offline_site / "hoc-tap" / "11-nq-tu" / "index.html").is_file():
        pytest.skip("learning pages (issue 6) are not in the bundle yet")
    page = offline_page
    page.goto((offline_site / "nghi-quyet" / "11-nq-tu.html").as_uri())
    page.locator('a[href$="hoc-tap/11-nq-tu/index.html"]').first.click()
    page.wait_for_url("**/hoc-tap/11-nq-tu/index.html")
    assert "11-NQ/TU" in page.locator("h1").inner_text()
    assert page.locator(".build-info time").count() == 1
    assert not page.network_attempts
    assert not page.console_errors
