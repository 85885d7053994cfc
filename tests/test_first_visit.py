"""A considerate first visit (issue 15): what a phone downloads by itself, what only on
request, Save-Data, the notice that can be closed, and the Vietnamese page offline for a
file that was not saved. The budget itself is measured by `make bench`."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from helpers import PHONE
from nqhandbook.site.precache import CHUNK, ON_REQUEST, matches, plan, sent_bytes, sent_bytes_up_to
from nqhandbook.site.service_worker import SAVE_LABEL, offline_pages, precache_entries, write_service_worker
from test_pwa import READY, first_visit, flaky_server

SLUG = "11-nq-tu"
PDF = f"pdf/{SLUG}.pdf"
PDF_BYTES = b"%PDF-1.7 " + bytes(300 * 1024)  # 300 KB: the button says "300 KB"
NOT_SAVED = "chưa được lưu trên máy này"
SAVE_DATA = "Object.defineProperty(Navigator.prototype, 'connection', {get: () => ({saveData: true})});"


# --- which files, without a browser ---------------------------------------------------------

def test_a_file_is_compressed_only_until_it_passes_what_is_left_of_the_budget():
    """The size counted against the budget is gzip's, exactly, while it fits; beyond, only
    that it does not fit (the text below is several pieces of CHUNK bytes)."""
    words = random.Random(3).choices(["nghị", "quyết", "du", "lịch", "Lào", "Cai", "2025", "<p>"], k=700_000)  # noqa: S311
    data = " ".join(words).encode("utf-8")
    assert len(data) > 3 * CHUNK
    exact = sent_bytes(Path("search_index.json"), data)
    for limit in (exact, exact + 1, 10 ** 9):
        assert sent_bytes_up_to(Path("search_index.json"), data, limit) == exact
    for limit in (0, 1000, exact // 2, exact - 1):
        assert sent_bytes_up_to(Path("search_index.json"), data, limit) > limit
    assert sent_bytes_up_to(Path("a.pdf"), data, 10) == len(data)  # sent as it is



def _page(site: Path, rel: str, links: str = "") -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<html><head><link rel="stylesheet" href="{"../" * rel.count("/")}a.css"></head>'
                    f"<body>{links}{'x' * 2000}</body></html>", encoding="utf-8")


def test_heavy_files_wait_for_the_reader_and_pages_fill_the_budget_in_whole_groups(tmp_path):
    site = tmp_path / "site"
    _page(site, "index.html", '<a href="pdf/so-tay.pdf">in</a> <a href="du-lieu/a.csv">csv</a>')
    (site / "a.css").write_text("body{}", encoding="utf-8")
    for slug in ("04-nq-tu", "09-nq-tu", "11-nq-tu"):
        _page(site, f"nghi-quyet/{slug}/index.html")
        _page(site, f"hoc-tap/{slug}/index.html")
        (site / "hoc-tap" / slug / f"{slug}-phat-thanh.txt").write_text("bài", encoding="utf-8")
    _page(site, "bo-tai-lieu/11-nq-tu/index.html")  # print views: kept once opened
    _page(site, "huong-dan/index.html")
    for heavy in ("pdf/11-nq-tu.pdf", "pdf/so-tay.pdf", "tai-ve/x.zip", "du-lieu/a.csv", "du-lieu/a.json"):
        (site / heavy).parent.mkdir(parents=True, exist_ok=True)
        (site / heavy).write_bytes(b"%" + bytes(5000))

    everything = plan(site, budget=10**9)
    assert everything.automatic[:2] == ["index.html", "a.css"]
    assert not [rel for rel in everything.automatic if matches(rel, ON_REQUEST)]
    assert "bo-tai-lieu/11-nq-tu/index.html" not in everything.automatic
    assert sorted(everything.on_request) == ["du-lieu/a.csv", "du-lieu/a.json", "hoc-tap/04-nq-tu/04-nq-tu-phat-thanh.txt",
                                             "hoc-tap/09-nq-tu/09-nq-tu-phat-thanh.txt",
                                             "hoc-tap/11-nq-tu/11-nq-tu-phat-thanh.txt",
                                             "pdf/11-nq-tu.pdf", "pdf/so-tay.pdf", "tai-ve/x.zip"]
    # The newest resolution first, each with its learning page.
    assert everything.automatic.index("nghi-quyet/11-nq-tu/index.html") < everything.automatic.index(
        "nghi-quyet/04-nq-tu/index.html")

    tight = plan(site, budget=everything.automatic_gzip_bytes - 1)
    assert tight.automatic_gzip_bytes <= everything.automatic_gzip_bytes - 1
    assert tight.left_to_visit and "huong-dan/index.html" in tight.left_to_visit
    kept = set(tight.automatic)
    for slug in ("04-nq-tu", "09-nq-tu", "11-nq-tu"):
        assert (f"nghi-quyet/{slug}/index.html" in kept) == (f"hoc-tap/{slug}/index.html" in kept)


def test_offline_page_is_vietnamese_and_says_how_to_save(built_site):
    pages = offline_pages(built_site)
    assert f"“{SAVE_LABEL}”" in pages["file"] and "Tệp này " + NOT_SAVED in pages["file"]
    assert "Trang này " + NOT_SAVED in pages["page"] and "__HOME__" in pages["page"]
    assert 'lang="vi"' in pages["file"] and "not found" not in pages["file"].lower()


def test_learning_pages_have_a_save_button_beside_their_print_pdf(built_site):
    for page, href in ((f"hoc-tap/{SLUG}/index.html", f"../../{PDF}"), ("hoc-tap/index.html", f"../{PDF}"),
                       ("hoc-tap/index.html", "../pdf/so-tay-nghi-quyet.pdf")):
        html = (built_site / page).read_text(encoding="utf-8")
        button = re.search(rf'<a [^>]*href="{re.escape(href)}"[^>]*>[^<]*</a> (<button [^>]*>.*?</button>)', html)
        assert button, (page, href)
        assert f'data-save-offline="{href}" hidden>' in button.group(1) and SAVE_LABEL in button.group(1)


# --- in the browser -----------------------------------------------------------------------------

@pytest.fixture
def site_with_pdf(built_site, tmp_path):
    site = shutil.copytree(built_site, tmp_path / "site")
    (site / "pdf").mkdir(exist_ok=True)
    (site / PDF).write_bytes(PDF_BYTES)
    write_service_worker(site)
    return site


@pytest.mark.browser
def test_a_print_pdf_is_saved_on_request_and_offline_an_unsaved_one_gets_a_vietnamese_page(pwa_phone, site_with_pdf):
    page = pwa_phone
    with flaky_server(site_with_pdf, {}) as (url, server):
        first_visit(page, url + f"hoc-tap/{SLUG}/")
        assert f"/{PDF}" not in server.requests  # never in the background
        button = page.locator("button.save-offline")
        page.wait_for_function("document.querySelector('.save-offline__size').textContent !== ''")
        assert button.inner_text().split() == f"{SAVE_LABEL} (300 KB)".split()

        page.context.set_offline(True)
        response = page.goto(url + PDF)
        assert response.status == 503 and response.from_service_worker
        assert page.locator("h1").inner_text() == "Tệp này " + NOT_SAVED
        assert f"{SLUG}.pdf" in page.locator("main").inner_text() and SAVE_LABEL in page.content()
        response = page.goto(url + "bo-tai-lieu/")  # a page not kept: the same kind of page
        assert page.locator("h1").inner_text() == "Trang này " + NOT_SAVED

        page.context.set_offline(False)
        page.goto(url + f"hoc-tap/{SLUG}/")
        page.locator("button.save-offline").click()
        page.wait_for_selector("button.save-offline--saved")
        assert page.locator("button.save-offline").inner_text().split("\n") == ["Đã lưu bản in trên máy này", "(300 KB)"]
        page.context.set_offline(True)
        saved = page.evaluate("url => fetch(url).then(async r => [r.status, (await r.arrayBuffer()).byteLength])",
                              url + PDF)
        assert saved == [200, len(PDF_BYTES)]
        page.reload()  # offline, the button still says it is saved
        page.wait_for_selector("button.save-offline--saved")


@pytest.mark.browser
def test_the_open_page_is_not_downloaded_twice(pwa_phone, site_with_pdf):
    with flaky_server(site_with_pdf, {}) as (url, server):
        first_visit(pwa_phone, url + f"nghi-quyet/{SLUG}/")
        assert server.requests.count(f"/nghi-quyet/{SLUG}/") == 1, server.requests
        kept = {"/" + u.removeprefix("./") for u, _ in precache_entries(site_with_pdf)}
        assert kept - {f"/nghi-quyet/{SLUG}/"} <= set(server.requests)


@pytest.mark.browser
def test_the_notice_closes_with_a_button_stays_closed_and_covers_no_line(pwa_phone, site_with_pdf):
    page = pwa_phone
    with flaky_server(site_with_pdf, {}) as (url, _):
        page.goto(url + f"hoc-tap/{SLUG}/")
        close = page.get_by_role("button", name="Đóng thông báo lưu sổ tay")
        close.wait_for(timeout=30000)
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        notice_top = page.evaluate("document.querySelector('.pwa-notice').getBoundingClientRect().top")
        last_line = page.evaluate("document.querySelector('.md-footer').getBoundingClientRect().bottom")
        assert last_line <= notice_top, (last_line, notice_top)
        close.focus()
        page.keyboard.press("Enter")
        assert page.locator(".pwa-notice").count() == 0
        assert page.evaluate("document.body.style.paddingBottom") == ""
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=60000)
        # A later notice (an offer, a new version) stays away.
        assert page.evaluate("localStorage.getItem('nqhandbook-offline-notice')") == "closed"
        page.reload()
        page.wait_for_timeout(1500)
        assert page.locator(".pwa-notice").count() == 0


@pytest.mark.browser
def test_with_save_data_only_the_open_page_is_kept_and_the_rest_is_offered(browser, site_with_pdf):
    context = browser.new_context(viewport=PHONE, locale="vi-VN", service_workers="allow")
    context.add_init_script(SAVE_DATA)
    page = context.new_page()
    try:
        with flaky_server(site_with_pdf, {}) as (url, server):
            page.goto(url + f"nghi-quyet/{SLUG}/")
            offer = page.locator(".pwa-notice__action")
            offer.wait_for(timeout=30000)
            size = re.fullmatch(r"Lưu sổ tay \((\d+) KB\)", offer.inner_text())
            assert size and 100 < int(size.group(1)) <= 600, offer.inner_text()
            kept = {"/" + u.removeprefix("./") for u, _ in precache_entries(site_with_pdf) if u.endswith("/")}
            assert not (kept - {f"/nghi-quyet/{SLUG}/"}) & set(server.requests)  # no other page
            assert page.evaluate("caches.keys().then(async (names) => (await (await caches.open(names[0])).keys())"
                                 ".map((r) => new URL(r.url).pathname))") == [f"/nghi-quyet/{SLUG}/"]
            offer.click()
            page.wait_for_selector(f'.pwa-notice--done:has-text("{READY}")', timeout=60000)
            assert kept <= set(server.requests) | {f"/nghi-quyet/{SLUG}/"}
            context.set_offline(True)
            response = page.goto(url + "chi-tieu/")
            assert response.ok and response.from_service_worker
    finally:
        context.close()


@pytest.mark.browser
def test_the_save_button_is_laid_out_from_the_first_paint_so_nothing_moves(pwa_phone, site_with_pdf):
    page = pwa_phone
    below = "document.querySelector('button.save-offline').nextElementSibling.getBoundingClientRect().top"
    with flaky_server(site_with_pdf, {}) as (url, _):
        page.goto(url + f"hoc-tap/{SLUG}/", wait_until="domcontentloaded")
        assert page.locator("button.save-offline").is_visible()
        before = page.evaluate(below)
        page.wait_for_function("document.querySelector('.save-offline__size').textContent !== ''", timeout=60000)
        assert page.evaluate(below) == before
        page.goto(url + "hoc-tap/")  # a PDF this deployment lacks: said in place, nothing moves
        booklet = page.locator("button.save-offline[data-save-offline$='so-tay-nghi-quyet.pdf']")
        before = booklet.bounding_box()
        page.wait_for_function("document.querySelector('button.save-offline').disabled", timeout=30000)
        assert booklet.is_disabled() and booklet.inner_text().split("\n") == [SAVE_LABEL, "(chưa có bản in này)"]
        assert booklet.bounding_box()["y"] == before["y"]
        saved = page.locator(f"button.save-offline[data-save-offline$='{SLUG}.pdf']")
        assert saved.is_enabled() and "(300 KB)" in saved.inner_text()


@pytest.mark.browser
def test_the_download_page_offers_the_handbook_when_the_notice_was_closed(browser, site_with_pdf):
    context = browser.new_context(viewport=PHONE, locale="vi-VN", service_workers="allow")
    context.add_init_script(SAVE_DATA + "localStorage.setItem('nqhandbook-offline-notice', 'closed');")
    page = context.new_page()
    try:
        with flaky_server(site_with_pdf, {}) as (url, _):
            page.goto(url + "tai-ve/")
            button = page.locator("button[data-save-handbook]")
            button.wait_for(timeout=30000)
            assert page.locator(".pwa-notice").count() == 0  # closed stays closed
            assert re.fullmatch(r"Lưu sổ tay \(\d+ KB\)", button.inner_text())
            button.click()
            page.wait_for_selector(f'.pwa-notice--done:has-text("{READY}")', timeout=60000)
            assert button.is_hidden()
            context.set_offline(True)
            assert page.goto(url + "chi-tieu/").from_service_worker
    finally:
        context.close()
