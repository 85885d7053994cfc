"""Debian chromium driven by Playwright, the way the tests drive it (never `playwright install`)."""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
PHONE = {"width": 390, "height": 844}
SEARCH_RESULT = ".md-search-result__item"


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def open_search(page, query: str, timeout_ms: float = 15000) -> None:
    """Open Material's search dialog, type `query` and wait until results are shown."""
    page.click("label.md-header__button[for='__search']")
    page.fill(".md-search__input", query)
    page.wait_for_selector(SEARCH_RESULT, timeout=timeout_ms)
    # The dialog and its results fade in: measure colours only once no transition runs.
    page.wait_for_timeout(300)
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')",
                           timeout=timeout_ms)
