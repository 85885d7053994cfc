"""Learning pages in headless Chromium: length on screen, the quiz offline (file://) and
without JavaScript, the share button, and the print PDFs made by nqhandbook.outputs.pdfs.

The PDFs are made once per session from a copy of the built site (`pdf_site`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader

from helpers import PHONE, ROOT, copy_build_inputs
from nqhandbook.data.load import load_dataset

pytestmark = pytest.mark.browser

MAX_WORDS = 600
ENTRIES = [e for e in load_dataset(ROOT).entries if e.resolution.learning]
SLUGS = [e.resolution.slug for e in ENTRIES]
# Words a reader sees: text of the article as rendered (closed <details> and hidden
# elements have no innerText), split on white space, keeping tokens with a letter or digit.
# Buttons are controls, not reading: their labels change when the service worker answers
# (a print file's size, "saved"), which made the count move by five words between runs.
VISIBLE_WORDS_JS = """() => {
    const words = (el) => el.innerText.split(/\\s+/).filter(w => /[\\p{L}\\p{N}]/u.test(w)).length;
    const article = document.querySelector('article');
    return words(article) - Array.from(article.querySelectorAll('button')).reduce((n, b) => n + words(b), 0);
}"""


def test_every_learning_page_is_at_most_600_visible_words(phone, site_url):
    counts = {}
    for slug in SLUGS:
        phone.goto(site_url + f"hoc-tap/{slug}/")
        counts[slug] = phone.evaluate(VISIBLE_WORDS_JS)
    print(f"visible words per learning page: {counts}")
    too_long = {slug: n for slug, n in counts.items() if n > MAX_WORDS}
    assert not too_long, f"more than {MAX_WORDS} words: {too_long}"
    assert min(counts.values()) > 150  # the count sees the content, not an empty shell
    assert not phone.console_errors


@pytest.fixture(scope="module")
def file_site(tmp_path_factory):
    """The site built with use_directory_urls: false (as the offline copy is), from an extra
    config file that inherits mkdocs.yml."""
    project = copy_build_inputs(tmp_path_factory.mktemp("file-project"))
    (project / "file-urls.yml").write_text("INHERIT: mkdocs.yml\nuse_directory_urls: false\n", encoding="utf-8")
    site = tmp_path_factory.mktemp("file-site")
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-q", "-f", "file-urls.yml",
                             "-d", str(site)], cwd=project, capture_output=True, text=True, encoding="utf-8",
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=300)
    assert result.returncode == 0, result.stderr
    return site


def test_quiz_works_from_the_file_system_with_the_keyboard(browser, file_site):
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((file_site / "hoc-tap" / "11-nq-tu" / "index.html").as_uri())
    page.locator("details.quiz-block > summary").click()
    question = page.locator(".quiz-question").first
    feedback = question.locator(".quiz-feedback")
    assert question.locator(".quiz-key").is_hidden()  # no answer before the reader answers
    assert feedback.inner_text() == ""
    assert question.locator("legend").inner_text().startswith("Câu 1.")

    question.locator(".quiz-check").click()
    assert feedback.inner_text() == "Bạn chưa chọn phương án nào."

    answer = int(question.get_attribute("data-answer"))
    wrong = 2 if answer == 1 else 1
    question.locator("input[type=radio]").nth(wrong - 1).focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('quiz-check')")
    page.keyboard.press("Enter")
    text = feedback.inner_text()
    assert text.startswith("Chưa đúng. Đáp án đúng: Ngành kinh tế mũi nhọn")
    assert "(Nguồn [" in text and "trên trang đầy đủ.)" in text
    assert feedback.get_attribute("aria-live") == "polite"

    question.locator("input[type=radio]").nth(answer - 1).check()
    question.locator(".quiz-check").click()
    assert feedback.inner_text().startswith("Đúng. Nghị quyết định vị du lịch")
    assert all(url.startswith(("file:", "data:", "about:")) for url in requests), requests
    context.close()


def test_controls_a_script_shows_have_their_place_before_it_runs(browser, site_url):
    """Class "js" (set in <head>) lays out what handbook.js will show, so running it moves
    nothing: the content below the buttons stays where the first paint put it."""
    below = "[...document.querySelectorAll('.slides-link, details.quiz-block')].map(e => e.getBoundingClientRect().top)"
    tops = []
    for blocked in (True, False):
        context = browser.new_context(viewport=PHONE, locale="vi-VN")
        page = context.new_page()
        if blocked:  # the page as first painted: handbook.js not run yet
            page.route("**/handbook.js", lambda route: route.abort())
        page.goto(site_url + "hoc-tap/11-nq-tu/")
        if not blocked:
            page.wait_for_selector("button[data-print][data-ready]", state="attached")
        assert page.locator("button[data-print]").is_visible()
        tops.append(page.evaluate(below))
        context.close()
    assert tops[0] == tops[1] and len(tops[0]) == 2


def test_without_javascript_the_answers_wait_in_closed_details(browser, site_url):
    context = browser.new_context(viewport=PHONE, locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "hoc-tap/11-nq-tu/")
    page.locator("details.quiz-block > summary").click()
    question = page.locator(".quiz-question").first
    assert question.locator(".quiz-check").is_hidden()
    assert question.locator(".quiz-answer").is_hidden()
    question.locator(".quiz-key > summary").click()
    assert question.locator(".quiz-answer").is_visible()
    context.close()


def test_share_uses_the_web_share_api_with_the_public_address(browser, site_url):
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    context.add_init_script("navigator.share = data => { window.__shared = data; return Promise.resolve(); };")
    page = context.new_page()
    page.goto(site_url + "hoc-tap/11-nq-tu/")
    page.get_by_role("button", name="Chia sẻ").click()
    shared = page.evaluate("window.__shared")
    assert shared["url"] == "https://laocai-nghiquyet.github.io/so-tay/hoc-tap/11-nq-tu/"
    assert shared["title"].startswith("Tìm hiểu Nghị quyết 11-NQ/TU")
    context.close()


def test_share_falls_back_to_copying_the_link(browser, site_url):
    context = browser.new_context(viewport=PHONE, locale="vi-VN")
    context.add_init_script("delete Navigator.prototype.share; delete Navigator.prototype.canShare;")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.goto(site_url + "nghi-quyet/11-nq-tu/")
    page.get_by_role("button", name="Chia sẻ").click()
    status = page.locator(".share-status")
    status.filter(has_text="Đã chép đường dẫn").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == \
        "https://laocai-nghiquyet.github.io/so-tay/nghi-quyet/11-nq-tu/"
    assert status.get_attribute("role") == "status"
    context.close()


@pytest.fixture(scope="session")
def pdf_site(built_site, tmp_path_factory):
    site = tmp_path_factory.mktemp("pdf") / "site"
    shutil.copytree(built_site, site)
    result = subprocess.run([sys.executable, "-m", "nqhandbook.outputs.pdfs", str(site)],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert result.returncode == 0, result.stderr
    return site


def pdf_text(reader: PdfReader) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages))


def pdf_fonts(reader: PdfReader) -> set[str]:
    fonts = set()
    for pdf_page in reader.pages:
        for font in (pdf_page.get("/Resources", {}).get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return fonts


def test_each_learning_page_prints_on_one_a4_page(pdf_site):
    pages = {}
    for entry in ENTRIES:
        reader = PdfReader(pdf_site / "pdf" / f"{entry.resolution.slug}.pdf")
        width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
        assert (round(width), round(height)) == (595, 842)  # A4 in points
        pages[entry.resolution.number] = len(reader.pages)
    print(f"printed A4 pages: {pages}")
    assert all(n <= 2 for n in pages.values()), pages
    assert sum(n == 2 for n in pages.values()) <= 1, pages


def test_pdfs_have_the_number_with_diacritics_in_dejavu(pdf_site):
    for entry in ENTRIES:
        res = entry.resolution
        reader = PdfReader(pdf_site / "pdf" / f"{res.slug}.pdf")
        text = pdf_text(reader)
        assert f"Nghị quyết {res.number}" in text, res.number
        assert unicodedata.normalize("NFC", res.short_title) in " ".join(text.split())
        assert pdf_fonts(reader) and all(f.startswith("DejaVuSans") for f in pdf_fonts(reader)), pdf_fonts(reader)


def test_booklet_has_cover_contents_and_every_page(pdf_site):
    reader = PdfReader(pdf_site / "pdf" / "so-tay-nghi-quyet.pdf")
    singles = [PdfReader(pdf_site / "pdf" / f"{slug}.pdf") for slug in SLUGS]
    assert len(reader.pages) == 2 + sum(len(r.pages) for r in singles)
    first_two = unicodedata.normalize("NFC", reader.pages[0].extract_text() + reader.pages[1].extract_text())
    assert "Sổ tay học tập các nghị quyết" in first_two and "Mục lục" in first_two
    # the cover is dated like the pages (layout.build_date), not on the day it was printed
    built = re.search(r"Bản dựng: (\d\d/\d\d/\d{4})", (pdf_site / "index.html").read_text(encoding="utf-8"))
    assert built and f"Bản in ngày {built.group(1)}." in first_two
    for entry in ENTRIES:
        assert entry.resolution.number in first_two
    titles = [item.title for item in reader.outline]
    assert titles[0] == "Bìa và mục lục" and len(titles) == 1 + len(ENTRIES)
    assert "Nghị quyết 11-NQ/TU" in pdf_text(reader)
    assert "trang 3" in unicodedata.normalize("NFC", reader.pages[2].extract_text())
    assert all(f.startswith("DejaVuSans") for f in pdf_fonts(reader)), pdf_fonts(reader)


def test_pdf_links_lead_to_the_online_site_not_the_build_folder(pdf_site):
    uris = []
    for slug in SLUGS:
        for pdf_page in PdfReader(pdf_site / "pdf" / f"{slug}.pdf").pages:
            for annotation in pdf_page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                if action.get("/URI"):
                    uris.append(str(action["/URI"]))
    assert uris
    assert not [u for u in uris if not u.startswith(("http://", "https://"))], uris[:5]


def test_handout_prints_the_date_the_sources_and_the_results_it_has_room_for(pdf_site):
    from nqhandbook.pages.learning import learning_view
    from nqhandbook.data.partial_date import display_date

    dataset = load_dataset(ROOT)
    with_results = 0
    for entry in ENTRIES:
        lv = learning_view(entry, dataset)
        text = " ".join(pdf_text(PdfReader(pdf_site / "pdf" / f"{entry.resolution.slug}.pdf")).split())
        assert f"số liệu đến {display_date(lv.data_as_of)}" in text, entry.resolution.number
        numbers = [n for n, _ in lv.handout_sources]
        assert numbers and "Nguồn: " + f"[{numbers[0]}]" in text
        for number, source in lv.handout_sources:  # every marker printed has its source in short form
            assert f"[{number}] {' '.join(source.publisher.split())}" in text, (entry.resolution.number, number)
        for result in lv.handout_results:
            assert display_date(result.as_of) in text
        with_results += bool(lv.handout_results)
        assert "Bài phát thanh" not in text and "Cho người trình bày" not in text
    assert with_results >= len(ENTRIES) // 2  # most handouts have room for a dated result
