"""The phone that keeps working without signal: web app manifest, service worker, precache.

Browser tests visit a served build once, wait for the "ready offline" notice, go offline
and keep reading; then a new deployment reaches the phone on its next online visit.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest

from helpers import QuietHandler, copy_build_inputs, mkdocs_build, serve
from nqhandbook.layout import BOOKLET_PDF
from nqhandbook.site.service_worker import precache_entries, precache_stats, write_service_worker

READY = "Đã sẵn sàng dùng khi không có mạng"
FAILED = "Mạng chập chờn, chưa lưu xong sổ tay"
SAVING = "Đang lưu sổ tay để dùng khi không có mạng"
SEARCH_ICON = 'label.md-header__button[for="__search"]'
RESULTS = "li.md-search-result__item"


# --- the precache list and its version, without a browser -------------------------------

def test_precache_lists_pages_by_address_and_leaves_out_what_no_page_needs(built_site):
    urls = [url for url, _ in precache_entries(built_site)]
    assert "./" in urls and "search/search_index.json" in urls and "assets/css/site.css" in urls
    assert not [u for u in urls if u.endswith("index.html")]
    assert not [u for u in urls if u.endswith((".map", ".zip")) or u.startswith(("sitemap", "sw.js"))]
    lunr = [u for u in urls if "/lunr/" in u]
    assert sorted(lunr) == ["assets/javascripts/lunr/min/lunr.stemmer.support.min.js",
                            "assets/javascripts/lunr/min/lunr.vi.min.js"]
    # Material's separate stylesheets are merged into site.css: no page loads them.
    assert not [u for u in urls if u.startswith("assets/stylesheets/")]
    # A resolution's page and its learning page are kept together or not at all.
    for learning in sorted(built_site.glob("hoc-tap/*/index.html")):
        slug = learning.parent.name
        assert (f"hoc-tap/{slug}/" in urls) == (f"nghi-quyet/{slug}/" in urls), slug
    assert "nghi-quyet/" in urls and "hoc-tap/" in urls


def test_built_service_worker_is_the_one_for_these_files(built_site):
    text = (built_site / "sw.js").read_text(encoding="utf-8")
    entries = json.loads(re.search(r"const ENTRIES = (\[.*?\]);\n", text).group(1))
    assert [tuple(e) for e in entries] == precache_entries(built_site)
    assert [tuple(e) for e in built_tables(built_site)["ENTRIES"]] == precache_entries(built_site)
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="manifest" href="manifest.webmanifest">' in html
    settings = json.loads(re.search(r'<script id="__pwa" type="application/json">(.*?)</script>', html, re.S).group(1))
    assert settings["sw"] == "sw.js" and settings["ready"] == "Đã sẵn sàng dùng khi không có mạng"


def test_version_changes_with_any_kept_file_and_only_then(built_site, tmp_path):
    site = shutil.copytree(built_site, tmp_path / "site")
    version = re.compile(r'const CACHE = PREFIX \+ "([0-9a-f]{16})"')
    first = version.search(write_service_worker(site).read_text(encoding="utf-8")).group(1)
    (site / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")  # not kept
    assert version.search(write_service_worker(site).read_text(encoding="utf-8")).group(1) == first
    css = site / "assets" / "css" / "site.css"  # the one stylesheet pages load
    css.write_text(css.read_text(encoding="utf-8") + "\n/* changed */\n", encoding="utf-8")
    assert version.search(write_service_worker(site).read_text(encoding="utf-8")).group(1) != first


def test_handouts_added_after_the_build_can_be_saved_on_request_once_the_worker_is_written_again(
        built_site, tmp_path):
    site = shutil.copytree(built_site, tmp_path / "site")
    (site / "pdf").mkdir(exist_ok=True)
    (site / "pdf" / "99-nq-tu.pdf").write_bytes(b"%PDF-1.7 test")
    (site / "pdf" / BOOKLET_PDF).write_bytes(b"%PDF-1.7 every handout in one")
    assert '"pdf/99-nq-tu.pdf"' not in (site / "sw.js").read_text(encoding="utf-8")
    write_service_worker(site)
    files = built_tables(site)["FILES"]
    assert files["pdf/99-nq-tu.pdf"][1] == len(b"%PDF-1.7 test") and f"pdf/{BOOKLET_PDF}" in files
    urls = [url for url, _ in precache_entries(site)]
    assert not [u for u in urls if u.endswith(".pdf")]  # never in the background


def built_tables(site) -> dict:
    """The tables sw.js was written with."""
    text = (site / "sw.js").read_text(encoding="utf-8")
    return {name: json.loads(re.search(rf"const {name} = (.*?);\n", text).group(1))
            for name in ("ENTRIES", "ENTRIES_BYTES", "FILES", "OFFLINE_PAGES")}


def test_manifest_is_vietnamese_installable_and_its_icons_exist(root):
    manifest = json.loads((root / "docs" / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["lang"] == "vi" and "Lào Cai" in manifest["name"]
    assert manifest["display"] == "standalone" and manifest["start_url"] == "./"
    assert re.fullmatch(r"#[0-9a-f]{6}", manifest["theme_color"])
    sizes = {(icon["sizes"], icon.get("purpose", "any")) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes
    for icon in manifest["icons"]:
        data = (root / "docs" / icon["src"]).read_bytes()
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and f"{width}x{height}" == icon["sizes"]


def test_precache_stats(built_site):
    stats = precache_stats(built_site)
    print(f"PWA precache: {stats}")
    assert stats["files"] == len(precache_entries(built_site))
    assert 0 < stats["gzip_bytes"] < stats["bytes"] and stats["pdf_bytes"] == 0
    assert stats["gzip_bytes"] == built_tables(built_site)["ENTRIES_BYTES"]


# --- in the browser ------------------------------------------------------------------------

def first_visit(page, url: str) -> None:
    """Open `url` once, online, and wait until the phone says it is ready offline: the page
    itself loads no other page; the service worker keeps the rest in the background."""
    page.goto(url)
    page.wait_for_selector(f'.pwa-notice--done:has-text("{READY}")', timeout=60000)
    notices = page.evaluate("window.__notices")
    assert notices[-1] == READY and any(n.startswith(SAVING) for n in notices), notices
    assert page.evaluate("navigator.serviceWorker.controller !== null")
    assert page.documents == [url]
    kept = page.evaluate("""async () => {
        const name = (await caches.keys()).find((n) => n !== 'nqhandbook-files');
        return (await (await caches.open(name)).keys()).map((r) => r.url); }""")
    entries = page.evaluate("fetch(new URL(JSON.parse(document.getElementById('__pwa').textContent).sw,"
                            " location.href)).then(r => r.text())")
    listed = json.loads(re.search(r"const ENTRIES = (\[.*?\]);\n", entries).group(1))
    assert len(kept) >= len(listed) + 1 > 20  # every listed page and asset, and the revisions


def cache_names(page) -> list[str]:
    return page.evaluate("caches.keys()")


def worker_states(page) -> dict:
    """What the service worker is doing, and why an install failed: for assertion messages."""
    return page.evaluate("""async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const state = (worker) => worker && worker.state;
        return {installing: state(registration && registration.installing),
                waiting: state(registration && registration.waiting),
                active: state(registration && registration.active),
                failures: window.__failures, caches: await caches.keys()}; }""")


class FlakyHandler(QuietHandler):
    """Serves files, except that the next requests for a path in `server.plan` get what the
    plan says instead: "drop" (connection closed, no answer) or an HTTP status such as "503".
    Every path asked for is recorded in `server.requests`."""

    def do_GET(self):
        path = urlsplit(self.path).path
        self.server.requests.append(path)
        outcomes = self.server.plan.get(path)
        if not outcomes:
            super().do_GET()
            return
        outcome = outcomes.pop(0)
        if outcome == "drop":
            self.close_connection = True
        else:
            self.send_error(int(outcome))


@contextmanager
def flaky_server(site, plan: dict[str, list[str]]):
    url, server = serve(site, FlakyHandler)
    server.plan, server.requests = plan, []
    try:
        yield url, server
    finally:
        server.shutdown()
        server.server_close()


def open_offline(page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.ok and response.from_service_worker, url
    assert page.locator("h1").count() == 1


@pytest.mark.browser
def test_after_one_visit_pages_and_search_work_offline(pwa_phone, site_url, built_site):
    page = pwa_phone
    kept = [url for url, _ in precache_entries(built_site)]
    resolutions = sorted(u for u in kept if re.fullmatch(r"nghi-quyet/[^/]+/", u))
    learning = sorted(u for u in kept if re.fullmatch(r"hoc-tap/[^/]+/", u))
    assert resolutions and learning
    first_visit(page, site_url + resolutions[-1])
    page.context.set_offline(True)
    for path in ("", resolutions[0], learning[-1], "chi-tieu/"):
        assert (path or "./") in kept
        open_offline(page, site_url + path)

    page.goto(site_url)
    page.click(SEARCH_ICON)
    page.keyboard.insert_text("du lich")
    page.keyboard.press("End")
    page.wait_for_selector(RESULTS, timeout=15000)
    page.locator(f"{RESULTS} a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith(site_url) and page.url != site_url
    assert page.locator("h1").count() == 1
    assert not page.console_errors


@pytest.mark.browser
def test_a_new_deployment_reaches_the_phone_on_its_next_online_visit(pwa_phone, tmp_path):
    project = copy_build_inputs(tmp_path / "project")
    site = tmp_path / "site"
    assert mkdocs_build(project, site).returncode == 0
    url, server = serve(site)
    try:
        page = pwa_phone
        guide = url + "huong-dan/bao-cao-vien/"
        first_visit(page, guide)
        old_caches = cache_names(page)
        assert len(old_caches) == 1

        page.context.set_offline(True)
        open_offline(page, guide)
        sentence = "Câu này có trong bản triển khai mới."
        guide_md = project / "docs" / "huong-dan" / "bao-cao-vien.md"
        guide_md.write_text(guide_md.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
        result = mkdocs_build(project, site)
        assert result.returncode == 0, result.stderr
        page.reload()
        assert sentence not in page.content()  # offline: still the kept copy

        page.context.set_offline(False)
        page.reload()
        assert sentence in page.content()  # online: the new deployment
        deadline = time.monotonic() + 150  # downloads are retried for up to 2 min
        while (caches := cache_names(page)) == old_caches or len(caches) != 1:
            assert time.monotonic() < deadline, worker_states(page)
            page.wait_for_timeout(250)

        page.context.set_offline(True)  # the new version is the one kept, the old one is gone
        open_offline(page, guide)
        assert sentence in page.content()
        assert not page.console_errors
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_dropped_and_failed_downloads_are_retried_during_the_first_visit(pwa_phone, built_site):
    paths = ["/" + url for url, _ in precache_entries(built_site) if url != "ke-hoach/"]  # not the page opened
    dropped, refused = paths[len(paths) // 3], paths[-1]
    with flaky_server(built_site, {dropped: ["drop"], refused: ["503", "drop"]}) as (url, server):
        first_visit(pwa_phone, url + "ke-hoach/")
        assert server.requests.count(dropped) == 2 and server.requests.count(refused) == 3
        assert not server.plan[dropped] and not server.plan[refused]
        assert not pwa_phone.evaluate("window.__failures")


@pytest.mark.browser
def test_a_broken_off_first_install_says_so_and_resumes_where_it_stopped(pwa_phone, built_site):
    paths = ["/" + url for url, _ in precache_entries(built_site)]
    missing = paths[-1]  # kept last: nearly every other file is in by the time it fails
    with flaky_server(built_site, {missing: ["404"]}) as (url, server):
        page = pwa_phone
        page.goto(url + "ke-hoach/")
        page.wait_for_selector(f'.pwa-notice--failed:has-text("{FAILED}")', timeout=60000)
        page.wait_for_function("navigator.serviceWorker.getRegistration().then(r => !r || !r.installing)")
        assert page.evaluate("window.__notices")[-1].startswith(FAILED)  # no progress after it
        assert page.evaluate("window.__failures")[0].endswith("HTTP 404"), worker_states(page)
        first_try = set(server.requests)
        assert missing in first_try and len(first_try) > len(paths) // 2

        server.requests.clear()
        page.reload()
        page.wait_for_selector(f'.pwa-notice--done:has-text("{READY}")', timeout=60000)
        fetched_again = set(server.requests) & set(paths) - {"/ke-hoach/"}
        assert missing in fetched_again
        assert len(fetched_again) < len(paths) // 4, sorted(fetched_again)  # the rest came from the first try
        assert len(cache_names(page)) == 1
