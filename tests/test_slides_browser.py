"""The presentation view (trinh-chieu/<slug>/) in Debian chromium, opened from the file
system as in the offline zip: no text box overflows at 1280x720 or 1920x1080 for any
deck, keys, buttons and taps move between slides, no serious accessibility violation."""

from __future__ import annotations

import pytest

from quality.axe import axe_violations

pytestmark = pytest.mark.browser
SCREENS = ({"width": 1280, "height": 720}, {"width": 1920, "height": 1080})
OVERFLOWING = """() => [...document.querySelectorAll('.slide')].flatMap((slide, i) => {
  const hidden = slide.hidden; slide.hidden = false;
  const found = [...slide.querySelectorAll('.box')]
    .filter(b => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)
    .map(b => (i + 1) + ': ' + b.className + ': ' + b.textContent.trim().slice(0, 60));
  slide.hidden = hidden; return found; })"""


def _views(site):
    views = sorted(site.glob("trinh-chieu/*/index.html"))
    assert len(views) == 16
    return views


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s['width']}x{s['height']}")
def test_no_text_box_overflows_on_a_projector(browser, built_site, screen):
    context = browser.new_context(viewport=screen)
    page = context.new_page()
    problems = {}
    for view in _views(built_site):
        page.goto(view.as_uri())
        found = page.evaluate(OVERFLOWING)
        if found:
            problems[view.parent.name] = found
        # the visible slide fits the screen below the control bar
        box = page.locator(".slide:not([hidden])").bounding_box()
        assert box["width"] <= screen["width"] + 1 and box["y"] + box["height"] <= screen["height"] + 1
    context.close()
    assert not problems, problems


def test_keys_buttons_and_taps_move_between_slides(browser, built_site):
    context = browser.new_context(viewport=SCREENS[0])
    page = context.new_page()
    view = built_site / "trinh-chieu" / "11-nq-tu" / "index.html"
    page.goto(view.as_uri())
    total = page.locator(".slide").count()
    count = page.locator(".deck-count")
    assert count.text_content() == f"1/{total}" and page.locator(".slide:not([hidden])").count() == 1
    page.keyboard.press("ArrowRight")
    assert count.text_content() == f"2/{total}"
    page.keyboard.press("End")
    assert count.text_content() == f"{total}/{total}"
    page.keyboard.press("ArrowRight")  # stays on the last slide
    assert count.text_content() == f"{total}/{total}"
    page.click("button[data-go=prev]")
    assert count.text_content() == f"{total - 1}/{total}"
    page.mouse.click(1000, 400)  # tap on the right: forward
    assert count.text_content() == f"{total}/{total}"
    page.mouse.click(100, 400)  # tap on the left: back
    assert count.text_content() == f"{total - 1}/{total}"
    page.goto(view.as_uri() + "#trang-3")
    page.reload()
    assert count.text_content() == f"3/{total}"
    context.close()


def test_without_script_every_slide_is_shown(browser, built_site):
    context = browser.new_context(viewport=SCREENS[0], java_script_enabled=False)
    page = context.new_page()
    page.goto((built_site / "trinh-chieu" / "04-nq-tu" / "index.html").as_uri())
    assert page.locator(".slide:visible").count() == page.locator(".slide").count() >= 10
    context.close()


@pytest.mark.parametrize("slug", ["11-nq-tu", "04-nq-tu"])
def test_presentation_view_passes_axe(browser, built_site, slug):
    context = browser.new_context(viewport=SCREENS[0])
    page = context.new_page()
    page.goto((built_site / "trinh-chieu" / slug / "index.html").as_uri())
    found = axe_violations(page)
    page.keyboard.press("End")  # the closing slide: QR code and link
    found += axe_violations(page)
    context.close()
    assert not found, [str(v) for v in found]
