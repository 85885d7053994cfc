"""A reader on a phone: home -> list -> a resolution page, with no sideways scrolling
and no request to any other host."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

OVERFLOW_JS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def assert_fits_and_local(page, base_url):
    assert page.evaluate(OVERFLOW_JS) <= 0, f"horizontal overflow on {page.url}"
    base_host = urlparse(base_url).netloc
    foreign = [u for u in page.requests if urlparse(u).scheme in ("http", "https")
               and urlparse(u).netloc != base_host]
    assert not foreign, foreign


def test_home_to_list_to_resolution(phone, site_url):
    phone.goto(site_url)
    assert "nghị quyết chuyên đề" in phone.locator("h1").inner_text()
    assert_fits_and_local(phone, site_url)

    phone.goto(site_url + "nghi-quyet/")
    phone.get_by_role("link", name="33-NQ/TU").first.click()
    phone.wait_for_url("**/nghi-quyet/33-nq-tu/")
    assert phone.locator("h1").inner_text().startswith("Nghị quyết 33-NQ/TU")
    assert_fits_and_local(phone, site_url)

    for slug in ("11-nq-tu", "43-nq-tu"):
        phone.goto(site_url + f"nghi-quyet/{slug}/")
        assert phone.locator("h2", has_text="Nguồn").count() == 1
        assert_fits_and_local(phone, site_url)
    assert not phone.console_errors


def test_home_cards_link_to_every_resolution(phone, site_url, root):
    phone.goto(site_url)
    hrefs = phone.eval_on_selector_all(".grid.cards a", "els => els.map(e => e.getAttribute('href'))")
    slugs = sorted(p.stem for p in (root / "data" / "resolutions").glob("*.yml"))
    assert sorted(h.strip("/").split("/")[-1] for h in hrefs) == slugs
