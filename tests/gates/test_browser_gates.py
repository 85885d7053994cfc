"""In Debian chromium: no serious or critical axe-core violation, and no request to any
host but the site's own (the service worker's and the search worker's included).

Checked: one page of each type on a phone (390x844) in the light and the dark scheme, each
with the service worker and waiting until the network settles, and the search dialog
showing results; then EVERY built page on a phone (light), because content differs from
one resolution to the next, and one page of each type on a desktop screen."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from helpers import MISSING_ADDRESS
from quality.axe import axe_violations
from quality.browser import PHONE, open_search
from quality.site_pages import html_pages

pytestmark = pytest.mark.browser

SEARCH_QUERY = "du lịch"
DESKTOP = {"width": 1280, "height": 900}


def _check(browser, base, pages, viewport, scheme, requested, thorough=False) -> dict[str, list]:
    """axe on each page. `thorough`: with the service worker, waiting for the network to
    settle after each page (every request recorded), and the search dialog too."""
    context = browser.new_context(viewport=viewport, locale="vi-VN", color_scheme=scheme,
                                  service_workers="allow" if thorough else "block")
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    found = {}
    for name, path in pages.items():
        page.goto(base + path)
        if thorough:
            page.wait_for_load_state("networkidle")
        found[name] = axe_violations(page)
    if thorough:
        page.goto(base)
        open_search(page, SEARCH_QUERY)
        found["search dialog with results"] = axe_violations(page)
    context.close()
    return found


@pytest.fixture(scope="module")
def visits(browser, built_site, gate_url, page_types):
    """(axe violations by "page (screen, scheme)", every URL any page requested)."""
    requested: list[str] = []
    every_page = {path or "home": path for path in html_pages(built_site)}
    every_page["404 (a missing address)"] = MISSING_ADDRESS
    runs = [(page_types, PHONE, "light", True, "phone"), (page_types, PHONE, "dark", True, "phone"),
            (every_page, PHONE, "light", False, "phone, every page"), (page_types, DESKTOP, "light", False, "desktop")]
    violations = {}
    for pages, viewport, scheme, thorough, screen in runs:
        found = _check(browser, gate_url, pages, viewport, scheme, requested, thorough)
        violations |= {f"{name} ({screen}, {scheme})": v for name, v in found.items()}
    return violations, requested


def test_every_page_type_is_checked(visits, page_types, built_site):
    violations, _ = visits
    assert {"home", "nghi-quyet/", "nghi-quyet/* (most gaps)", "nghi-quyet/* (richest)", "ke-hoach/",
            "chi-tieu/", "du-lieu/", "404.html", "404 (a missing address)"} <= set(page_types)
    every_page = len(html_pages(built_site)) + 1  # and a missing address
    assert len(violations) == every_page + 3 * len(page_types) + 2  # 2: the search dialog


def test_no_serious_or_critical_accessibility_violation(visits):
    violations, _ = visits
    failing = {page: found for page, found in violations.items() if found}
    assert not failing, "\n".join(f"{page}: {v}" for page, found in failing.items() for v in found)


def test_no_request_to_another_host(visits, gate_url):
    _, requested = visits
    own = urlsplit(gate_url).netloc
    foreign = sorted({url for url in requested if urlsplit(url).scheme in ("http", "https", "ws", "wss")
                      and urlsplit(url).netloc != own})
    assert requested and not foreign, foreign


def test_axe_reports_what_it_should(browser):
    page = browser.new_page()
    page.set_content('<!doctype html><html lang="vi"><title>t</title><body><main>'
                     '<img src="x.png"><button></button></main></body></html>')
    rules = {v.rule for v in axe_violations(page)}
    page.close()
    assert {"image-alt", "button-name"} <= rules
