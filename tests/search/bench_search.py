"""Benchmark for the Vietnamese search (not a test; pytest does not collect it).

Builds the project twice from the same content: "stock" (Material's own lunr.vi and the
search plugin with only `lang: vi`) and "ours" (this repository as it is). Reports the size
of search/search_index.json (raw and gzipped) and, in headless Chromium on a 390x844 page,
the time from opening the home page to the first results shown for a query typed at once,
as the median of several runs, without and with 4x CPU throttling (a mid-range phone).

    .venv/bin/python tests/search/bench_search.py [--runs 7] [--query "du lịch"]
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
import tempfile
from pathlib import Path

from helpers import CHROMIUM, CHROMIUM_ARGS, PHONE, copy_build_inputs, mkdocs_build, serve

HERE = Path(__file__).resolve().parent

STOCK_SEARCH = "plugins:\n  - search:\n      lang: vi\n"
SHOWN = "() => /tài liệu liên quan|Không tìm thấy|matching|No matching/.test(" \
        "document.querySelector('.md-search-result__meta').textContent) && performance.now()"


def make_stock(project: Path) -> None:
    """Turn a copy of the project back into stock search: plugin block and lunr.vi."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text, count = re.subn(r"plugins:\n  - search:\n(?:      .*\n|\s*#.*\n)*", STOCK_SEARCH, text)
    assert count == 1, "search plugin block not found"
    config.write_text(text, encoding="utf-8")
    (project / "overrides" / "assets" / "javascripts" / "lunr" / "min" / "lunr.vi.min.js").unlink()


def sizes(site: Path) -> tuple[int, int, int]:
    data = (site / "search" / "search_index.json").read_bytes()
    return len(data), len(gzip.compress(data, 6)), len(gzip.compress(data, 9))


def time_to_results(browser, url: str, query: str, runs: int, throttle: int) -> list[float]:
    times = []
    for _ in range(runs):
        context = browser.new_context(viewport=PHONE, device_scale_factor=2, locale="vi-VN")
        page = context.new_page()
        if throttle > 1:
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
        page.goto(url, wait_until="commit")
        page.click('label.md-header__button[for="__search"]')
        page.keyboard.insert_text(query)
        page.keyboard.press("End")
        times.append(page.wait_for_function(SHOWN, polling=5, timeout=60000).json_value())
        page.wait_for_load_state("networkidle")  # let the server finish before closing
        context.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--query", default="du lịch")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sites = {}
        for name in ("stock", "ours"):
            project = copy_build_inputs(tmp / f"{name}-project")
            if name == "stock":
                make_stock(project)
            sites[name] = tmp / f"{name}-site"
            result = mkdocs_build(project, sites[name])
            assert result.returncode == 0, result.stderr

        print(f"search_index.json (bytes)   raw      gzip-6   gzip-9")
        base = sizes(sites["stock"])
        for name, site in sites.items():
            raw, gz6, gz9 = sizes(site)
            print(f"  {name:6}  {raw:>17,} {gz6:>8,} {gz9:>8,}   "
                  f"gzip-6 {100 * (gz6 - base[1]) / base[1]:+.2f} % over stock")

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for throttle in (1, 4):
                print(f"time from opening the page to first results for {args.query!r}, "
                      f"CPU x{throttle}, median of {args.runs} (min-max), ms")
                for name, site in sites.items():
                    url, server = serve(site)
                    try:
                        times = time_to_results(browser, url, args.query, args.runs, throttle)
                    finally:
                        server.shutdown()
                        server.server_close()
                    print(f"  {name:6} {statistics.median(times):7.0f}  "
                          f"({min(times):.0f}-{max(times):.0f})")
            browser.close()


if __name__ == "__main__":
    main()
