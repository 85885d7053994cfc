"""Reading on a phone at 200 % text (issue 15, items 5-7): targets tables as cards with the
status beside the target's name, a header title that stays readable, citation markers
that are tap targets with the source named and a way back, the presenter's tools at the
top of a learning page and a quiz that keeps score."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

LARGE_TEXT = "html { font-size: 200% !important; }"  # Material's own root size is 125 %
OVERFLOW_JS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def open_large(page, url):
    page.goto(url)
    page.add_style_tag(content=LARGE_TEXT)
    page.wait_for_timeout(100)


CARD_GEOMETRY_JS = """() => [...document.querySelectorAll('table.targets-cards tbody tr')].map(tr => {
  const box = el => el && el.getBoundingClientRect();
  const name = box(tr.querySelector('.tc-name')), status = box(tr.querySelector('.tc-status'));
  const cells = [...tr.querySelectorAll('td')].map(box);
  return {name: [name.left, name.top, name.bottom, name.right],
          status: status && [status.left, status.top, status.right],
          right: Math.max(...cells.map(c => c.right)),
          label: getComputedStyle(tr.querySelector('.tc-milestones'), '::before').content};
})"""


@pytest.mark.parametrize("path", ["chi-tieu/", "nghi-quyet/20-nq-tu/"])
def test_targets_are_cards_that_fit_at_200_percent_text(phone, site_url, path):
    open_large(phone, site_url + path)
    rows = phone.evaluate(CARD_GEOMETRY_JS)
    assert rows, "no targets table on the page"
    assert phone.evaluate(OVERFLOW_JS) <= 0
    width = phone.viewport_size["width"]
    for row in rows:
        assert row["right"] <= width, row  # nothing of the card is off-screen
        assert row["label"] == '"Mốc"', row  # each block says what it is
        if row["status"]:
            left, top, _right = row["status"]
            name_left, name_top, name_bottom, _ = row["name"]
            # The status comes right after the name (beside it, or just below it), never
            # after the milestones and results.
            assert name_top - 1 <= top <= name_bottom + 2, row
            assert left >= name_left - 1, row
    if path == "chi-tieu/":
        assert all(row["status"] for row in rows)


def test_header_title_stays_readable_at_200_percent_text(phone, site_url):
    open_large(phone, site_url + "nghi-quyet/20-nq-tu/")
    title = phone.locator(".md-header__topic .md-ellipsis").first
    box = title.bounding_box()
    # At least ten characters of "Sổ tay nghị quyết…" are visible: wider than ten letters
    # of the title's own font size.
    size = float(phone.evaluate("e => parseFloat(getComputedStyle(e).fontSize)", title.element_handle()))
    assert box["width"] >= 5 * size, (box, size)
    assert box["height"] >= size  # at least one full line
    assert phone.evaluate(OVERFLOW_JS) <= 0


def test_citation_markers_name_their_source_and_lead_back(phone, site_url):
    open_large(phone, site_url + "nghi-quyet/20-nq-tu/")
    markers = phone.locator("article a.cite")
    boxes = markers.evaluate_all("els => els.map(e => [e.getBoundingClientRect().width, e.getBoundingClientRect().height])")
    assert boxes and min(w for w, _ in boxes) >= 24 and min(h for _, h in boxes) >= 24, min(boxes)
    titles = markers.evaluate_all("els => els.map(e => [e.textContent, e.title, e.getAttribute('href')])")
    for text, title, href in titles:
        number = re.fullmatch(r"\[(\d+)\]", text).group(1)
        assert href == f"#nguon-{number}"
        assert not re.match(r"S\d+\b", title), title  # no internal id
        entry = phone.locator(f"#nguon-{number}").inner_text()
        publisher = title.split(". ")[-1].split(", ")[0]
        assert publisher and publisher in entry, (title, entry)

    marker = markers.nth(3)
    number = re.search(r"\d+", marker.inner_text()).group(0)
    url = phone.url
    marker.click()
    popover = phone.get_by_role("dialog", name=f"Nguồn [{number}]")
    assert popover.is_visible()
    assert phone.url == url  # the popover does not jump away
    assert phone.locator(f"#nguon-{number}").inner_text().split("↩")[0].strip()[:20] in popover.inner_text()
    phone.keyboard.press("Escape")
    assert popover.count() == 0
    assert phone.evaluate("document.activeElement.classList.contains('cite')")

    marker.click()
    phone.get_by_role("link", name="Xem trong danh sách nguồn").click()
    assert phone.url.endswith(f"#nguon-{number}")
    back = phone.locator(f"#nguon-{number} .cite-back")
    assert back.is_visible()
    back.click()
    marker_id = marker.get_attribute("id")
    assert marker_id and phone.url.endswith("#" + marker_id)
    assert phone.evaluate("id => { const r = document.getElementById(id).getBoundingClientRect();"
                          " return r.top >= 0 && r.bottom <= innerHeight; }", marker_id)
    assert not phone.console_errors


def test_learning_page_has_the_presenter_tools_first(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    open_large(page, site_url + "hoc-tap/11-nq-tu/")
    first_h2 = page.locator("article h2").first.bounding_box()["y"]
    block = page.locator("details", has_text="Cho người trình bày")
    for tool in (page.get_by_role("button", name="In trang"), block):
        assert tool.is_visible()
        assert tool.bounding_box()["y"] < first_h2  # before the content, not at the bottom
    block.locator("summary").first.click()
    assert block.get_by_text("Lưu ý khi trình bày").is_visible()
    assert block.locator("li").first.is_visible()

    block.get_by_role("button", name="Chép bài phát thanh").click()
    page.locator(".presenter-status", has_text="Đã chép bài phát thanh").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    script = page.locator("#bai-phat-thanh p").all_text_contents()
    assert len(script) >= 3 and copied == "\n\n".join(" ".join(p.split()) for p in script)
    assert page.locator(".res-meta .learning-as-of").inner_text().startswith("số liệu đến ")
    context.close()


def test_quiz_keeps_score_and_starts_again(phone, site_url):
    phone.goto(site_url + "hoc-tap/11-nq-tu/")
    phone.locator("details.quiz-block > summary").click()
    questions = phone.locator(".quiz-question")
    total = questions.count()
    score = phone.locator(".quiz-score")
    assert score.inner_text() == f"Đã trả lời 0/{total} câu, đúng 0 câu."
    for i in range(total):
        question = questions.nth(i)
        answer = int(question.get_attribute("data-answer"))
        pick = answer if i == 0 else (2 if answer == 1 else 1)  # first right, the rest wrong
        question.locator("input[type=radio]").nth(pick - 1).check()
        question.locator(".quiz-check").click()
    assert score.inner_text() == f"Kết quả: đúng 1/{total} câu."
    assert score.get_attribute("role") == "status"

    phone.get_by_role("button", name="Làm lại từ đầu").click()
    phone.wait_for_function("document.querySelector('.quiz-score').textContent.startsWith('Đã trả lời 0/')")
    assert phone.locator(".quiz-question input:checked").count() == 0
    assert phone.locator(".quiz-right, .quiz-wrong").count() == 0
    assert all(t == "" for t in phone.locator(".quiz-feedback").all_inner_texts())
    assert not phone.console_errors
