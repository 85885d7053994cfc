"""Page weight at 390x844 through Debian chromium, counted by the server that sent it.

The server (quality.server) logs every response with its size before and after gzip, so
"what crossed the network" includes requests made by workers and the service worker and
excludes whatever the browser took from its caches. First loads use a fresh browser
context with service workers blocked (the page as a first-time reader gets it; the
offline precache is counted apart); the second navigation goes home -> a page in one
context, with and without the service worker.
"""

from __future__ import annotations

import time

from .browser import PHONE

SEARCH_INDEX = "search/search_index.json"


def wait_quiet(log: list, quiet_s: float = 1.0, timeout_s: float = 60) -> None:
    """Wait until the server has sent nothing for `quiet_s` (background work finished)."""
    deadline = time.monotonic() + timeout_s
    seen, since = len(log), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.1)
        if len(log) != seen:
            seen, since = len(log), time.monotonic()
        elif time.monotonic() - since >= quiet_s:
            return


def summarise(entries: list) -> dict:
    index = [e for e in entries if e.path.split("?", 1)[0].endswith(SEARCH_INDEX)]
    rest = [e for e in entries if e not in index]
    return {
        "requests": len(rest), "raw_bytes": sum(e.raw for e in rest), "gzip_bytes": sum(e.sent for e in rest),
        "search_index_requests": len(index), "search_index_gzip_bytes": sum(e.sent for e in index),
        "files": sorted({e.path for e in rest}),
    }


def _context(browser, service_workers: str):
    return browser.new_context(viewport=PHONE, device_scale_factor=2, locale="vi-VN",
                               service_workers=service_workers)


def _visit(page, url: str, log: list, quiet_s: float = 1.0) -> list:
    mark = len(log)
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    wait_quiet(log, quiet_s)
    return log[mark:]


def first_load(browser, url: str, log: list) -> dict:
    context = _context(browser, "block")
    try:
        return summarise(_visit(context.new_page(), url, log))
    finally:
        context.close()


def second_navigation(browser, first_url: str, second_url: str, log: list, service_worker: bool) -> dict:
    """Bytes for `second_url` right after `first_url` was read (and any precache finished)."""
    context = _context(browser, "allow" if service_worker else "block")
    try:
        page = context.new_page()
        background = _visit(page, first_url, log, quiet_s=3.0)
        result = summarise(_visit(page, second_url, log))
        result["first_visit_total_gzip_bytes"] = sum(e.sent for e in background)
        result["first_visit_total_requests"] = len(background)
        return result
    finally:
        context.close()


def first_visit(browser, url: str, log: list, seconds: float = 60, quiet_s: float = 3.0) -> dict:
    """Everything a first visit to `url` costs in its first `seconds` on a fresh profile with
    service workers on (issue 15): the page, what it loads and what the worker downloads
    in the background. Stops early once the worker controls the page and the server has
    been quiet for `quiet_s` (nothing more would come)."""
    context = _context(browser, "allow")
    try:
        page = context.new_page()
        mark, started = len(log), time.monotonic()
        page.goto(url, wait_until="load")
        ready_s = None
        seen, since = len(log), time.monotonic()
        while (now := time.monotonic()) - started < seconds:
            if ready_s is None and page.evaluate("navigator.serviceWorker.controller !== null"):
                ready_s = round(now - started, 1)
            if len(log) != seen:
                seen, since = len(log), now
            elif ready_s is not None and now - since >= quiet_s:
                break
            page.wait_for_timeout(200)
        entries = log[mark:]
        page_part = [e for e in entries if e.path.split("?", 1)[0].endswith(url.split("/", 3)[-1] or "/")]
        return {"seconds": seconds, "measured_s": round(time.monotonic() - started, 1), "worker_ready_s": ready_s,
                "requests": len(entries), "gzip_bytes": sum(e.sent for e in entries),
                "raw_bytes": sum(e.raw for e in entries), "opened_page_requests": len(page_part),
                "sw_requests": sum(1 for e in entries if "/sw.js" in e.path)}
    finally:
        context.close()
