"""How long until Material's search shows its first results, in a fresh browser.

The reader opens the page and types as soon as the search field can be used; the clock is
the page's own (performance.now(), 0 at navigation start). A MutationObserver records the
moment the first result is in the document, so no round trip to Python is counted.
"""

from __future__ import annotations

import statistics

from .browser import PHONE, SEARCH_RESULT

WATCH = """() => { window.__firstResult = new Promise(resolve => {
  const seen = () => document.querySelector(SELECTOR);
  const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); resolve(performance.now()); } });
  observer.observe(document.body, {childList: true, subtree: true});
  setTimeout(() => resolve(-1), TIMEOUT_MS);
}); return performance.now(); }""".replace("SELECTOR", repr(SEARCH_RESULT)).replace("TIMEOUT_MS", str(30000))


def time_to_results(browser, url: str, query: str, runs: int = 3) -> dict:
    opened, typed = [], []
    for _ in range(runs):
        context = browser.new_context(viewport=PHONE, device_scale_factor=2, locale="vi-VN",
                                      service_workers="block")
        try:
            page = context.new_page()
            page.goto(url, wait_until="domcontentloaded")
            page.click("label.md-header__button[for='__search']")
            started = page.evaluate(WATCH)
            page.fill(".md-search__input", query)
            shown = page.evaluate("() => window.__firstResult")
            if shown < 0:
                return {"query": query, "error": "no result within 30 s"}
            opened.append(shown)
            typed.append(shown - started)
        finally:
            context.close()
    return {"query": query, "runs": runs, "ms_from_open": round(statistics.median(opened)),
            "ms_from_typing": round(statistics.median(typed)),
            "all_ms_from_open": [round(v) for v in opened]}
