"""Section links in the drawer (issue 15, item 2): a resolution or learning page, outside
the navigation, lists its sections in the drawer on phones (overrides/partials/
drawer-sections.html) exactly as the right-hand table of contents lists them on desktop;
a tapped section closes the drawer; desktop is unchanged."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from helpers import PHONE
from quality.axe import axe_violations

PAGES = ("nghi-quyet/99-nq-tu/", "hoc-tap/99-nq-tu/")


class SidebarLinks(HTMLParser):
    """The in-page links (#…) of the primary sidebar (the drawer) and of the secondary one."""

    def __init__(self):
        super().__init__()
        self.links = {"navigation": [], "toc": []}
        self.stack: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div":
            self.stack.append(attrs.get("data-md-type") if "md-sidebar" in (attrs.get("class") or "") else None)
        sidebar = next((kind for kind in reversed(self.stack) if kind), None)
        if tag == "a" and sidebar and attrs.get("href", "").startswith("#"):
            self.links[sidebar].append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "div" and self.stack:
            self.stack.pop()


def sidebar_links(html: str) -> dict[str, list[str]]:
    parser = SidebarLinks()
    parser.feed(html)
    return parser.links


@pytest.mark.parametrize("address", PAGES)
def test_pages_outside_the_navigation_list_their_sections_in_the_drawer(fixture_site, address):
    links = sidebar_links((fixture_site / address / "index.html").read_text(encoding="utf-8"))
    assert len(links["toc"]) >= 3
    assert links["navigation"] == links["toc"]


def test_pages_in_the_navigation_keep_materials_own_drawer(fixture_site):
    html = (fixture_site / "chi-tieu" / "index.html").read_text(encoding="utf-8")
    assert "md-nav__item--sections" not in html
    assert html.count('id="__toc"') <= 1



@pytest.mark.browser
def test_a_section_tapped_in_the_drawer_is_shown_and_the_drawer_closes(phone, fixture_url):
    phone.goto(fixture_url + PAGES[0], wait_until="load")
    phone.click("label.md-header__button[for='__drawer']")
    entry = phone.locator(".md-sidebar--primary label.md-nav__link[for='__toc']")
    assert entry.inner_text().strip() == "Trên trang này"
    entry.focus()
    phone.keyboard.press("Enter")  # keyboard: the entry takes the focus and opens with Enter
    sections = phone.locator(".md-sidebar--primary .md-nav--secondary > ul > li > a")
    sections.last.wait_for(state="visible")
    phone.wait_for_timeout(400)  # the panel slides in
    box = sections.first.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390
    target = sections.nth(2)
    heading_id = target.get_attribute("href")[1:]
    target.click()
    phone.wait_for_function("!document.getElementById('__drawer').checked")
    phone.wait_for_timeout(300)
    top = phone.evaluate(f"document.getElementById({heading_id!r}).getBoundingClientRect().top")
    assert 0 <= top < 844 / 2, top


@pytest.mark.browser
def test_desktop_shows_no_drawer_entry_and_keeps_the_right_sidebar(browser, fixture_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(fixture_url + PAGES[0], wait_until="load")
    assert page.locator(".md-nav__item--sections").bounding_box()["height"] == 0
    assert page.locator(".md-sidebar--secondary .md-nav--secondary a").first.is_visible()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_open_section_list_passes_axe(browser, fixture_url, scheme):
    """The list's title ("Mục lục") reads in both schemes: Material greys it to 4.4:1."""
    context = browser.new_context(viewport=PHONE, color_scheme=scheme, service_workers="block")
    page = context.new_page()
    page.goto(fixture_url + PAGES[0], wait_until="load")
    page.click("label.md-header__button[for='__drawer']")
    page.click(".md-sidebar--primary label.md-nav__link[for='__toc']")
    page.locator(".md-sidebar--primary .md-nav--secondary > .md-nav__title").wait_for(state="visible")
    page.wait_for_timeout(400)  # the panel slides in
    assert [str(v) for v in axe_violations(page)] == []
    context.close()
