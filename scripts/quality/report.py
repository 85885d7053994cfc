"""The benchmark's table on standard output."""

from __future__ import annotations

from .budgets import Budget, dig, kb

NA = "n/a"


def _fmt(value, digits: int = 1) -> str:
    if value is None:
        return NA
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _table(title: str, header: list[str], rows: list[list]) -> list[str]:
    cells = [header] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["", title, "-" * len(title)]
    for index, row in enumerate(cells):
        pairs = enumerate(zip(row, widths, strict=True))
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs))
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines


def build_rows(results: dict) -> list[list]:
    rows = []
    for size, label in (("16", "16 (real)"), ("160", "160 (synthetic)"), ("2000", "2,000 (synthetic)")):
        data = dig(results, "builds", size) or {}
        hooks, plain = data.get("hooks") or {}, data.get("baseline") or {}
        if data.get("skipped") or not hooks.get("ok"):
            rows.append([label, data.get("skipped") or hooks.get("error", NA)[:60]] + [None] * 10)
            continue
        rows.append([label, hooks["pages"], hooks["wall_s"], hooks["cpu_s"], hooks["cpu_ms_per_page"],
                     hooks["peak_mb"], plain.get("wall_s"), plain.get("cpu_s"), plain.get("cpu_ms_per_page"),
                     plain.get("peak_mb"), data.get("overhead"), data.get("memory")])
    return rows


def first_build_rows(results: dict) -> list[list]:
    rows = []
    for size in ("16", "160", "2000"):
        data = dig(results, "builds", size) or {}
        first = data.get("first_build") or {}
        if first.get("ok"):
            rows.append([size, first["cpu_s"], first["peak_mb"], data.get("overhead_first_build")])
    return rows


def weight_rows(results: dict) -> list[list]:
    rows = []
    for name in ("home", "resolution", "learning"):
        data = dig(results, "page_weight", "first_load", name)
        path = dig(results, "pages", name)
        rows.append([f"first load: {name}" + (f" ({path or '/'})" if path is not None else ""),
                     dig(data, "requests"), kb(dig(data, "raw_bytes")), kb(dig(data, "gzip_bytes")),
                     kb(dig(data, "search_index_gzip_bytes"))])
    for mode in ("service worker", "HTTP cache only"):
        data = dig(results, "page_weight", "second_navigation", mode)
        rows.append([f"second navigation home -> resolution ({mode})", dig(data, "requests"),
                     kb(dig(data, "raw_bytes")), kb(dig(data, "gzip_bytes")), kb(dig(data, "search_index_gzip_bytes"))])
    return rows


PAINT_ROWS = (("first_load_bytes", "first load KB gzip (search index included)"), ("lcp_ms", "LCP ms"),
              ("fcp_ms", "FCP ms"), ("tbt_ms", "TBT ms"), ("si_ms", "Speed Index ms"), ("cls", "CLS"),
              ("performance", "performance"), ("accessibility", "accessibility"),
              ("best-practices", "best practices"), ("seo", "SEO"))


def paint_rows(paint: dict) -> list[list]:
    rows = []
    for page, path in (paint.get("pages") or {}).items():
        ours, stock = dig(paint, "sides", "ours", page) or {}, dig(paint, "sides", "stock", page) or {}
        for key, label in PAINT_ROWS:
            a, b = ours.get(key), stock.get(key)
            if key == "first_load_bytes":
                a, b = kb(a), kb(b)
            elif key == "cls":
                a, b = (None if v is None else f"{v:.3f}" for v in (a, b))
            ratio = dig(paint, "ratios", page, key)
            rows.append([f"{page} ({path or '/'})", label, a, b, None if ratio is None else f"{ratio:.2f}"])
    return rows


def paint_table(paint: dict) -> list[str]:
    runs = paint.get("runs_per_page")
    lines = _table(f"Paint: ours against stock mkdocs-material (same pages, no overrides/extra CSS/JS), "
                   f"Lighthouse 12 mobile preset, median of {runs} interleaved runs",
                   ["page", "figure", "ours", "stock", "ours / stock"], paint_rows(paint))
    for error in paint.get("errors") or []:
        lines.append(f"  error: {error}")
    failed = sorted({a for page in paint.get("pages") or {}
                     for a in (dig(paint, "sides", "ours", page, "failed_audits") or [])})
    lines.append(f"  failed audits (ours): {', '.join(failed) or '-'}")
    return lines


def first_visit_table(results: dict) -> list[str]:
    """Issue 15: the automatic precache and the first 60 s of a first visit."""
    precache, visit = dig(results, "offline", "precache") or {}, dig(results, "first_visit") or {}
    page = dig(results, "pages", "resolution")
    return _table("First visit: what a phone downloads by itself (service worker on, fresh profile)",
                  ["figure", "value"], [
                      ["automatic precache files", precache.get("files")],
                      ["automatic precache gzip KB (budget 600)", kb(precache.get("gzip_bytes"))],
                      ["pages left to be kept once opened", precache.get("pages_left_to_visit")],
                      ["files saved only on request", precache.get("on_request_files")],
                      ["files saved only on request, KB as sent", kb(precache.get("on_request_gzip_bytes"))],
                      [f"first visit to {page or NA}: KB sent in its first {visit.get('seconds', 60)} s "
                       "(page, its files, worker)", kb(visit.get("gzip_bytes"))],
                      ["  requests", visit.get("requests")],
                      ["  requests for the opened page (1 = not fetched twice)", visit.get("opened_page_requests")],
                      ["  s until the worker controls the page", visit.get("worker_ready_s")],
                      ["  s measured (stops once the worker is quiet)", visit.get("measured_s")],
                  ])


def render(results: dict, found: list[Budget]) -> str:
    lines = [f"Benchmark of {dig(results, 'meta', 'commit') or '?'} "
             f"({dig(results, 'meta', 'cpus')} CPUs, load average {dig(results, 'meta', 'load_average')} at start)"]
    if dig(results, "meta", "only") == "paint":
        lines += paint_table(results.get("paint") or {})
        return "\n".join(lines + _budget_table(found))
    if dig(results, "meta", "only") == "firstvisit":
        return "\n".join(lines + first_visit_table(results) + _budget_table(found))
    lines += _table("Build: strict `properdocs build`, median of runs; plain = same Markdown, no hooks; "
                    "overheads: median of the interleaved pairs' ratios",
                    ["resolutions", "pages", "wall s", "CPU s", "CPU ms/page", "peak MB",
                     "plain wall s", "plain CPU s", "plain CPU ms/page", "plain peak MB", "overhead x (CPU)",
                     "memory x (peak)"],
                    build_rows(results))
    lines += _table("Build: the first one, with an empty build cache (hooks/nqhandbook/build_cache.py), "
                    "against the plain builds above; no budget",
                    ["resolutions", "CPU s", "peak MB", "overhead x (CPU)"], first_build_rows(results))
    lines += _table("Page weight at 390x844, Debian chromium, bytes as sent (text gzip-compressed)",
                    ["load", "requests", "raw KB", "gzip KB", "search index gzip KB"], weight_rows(results))
    search = dig(results, "search") or {}
    offline = dig(results, "offline") or {}
    lines += _table("Search and offline", ["figure", "value"], [
        ["search index raw KB", kb(search.get("index_raw_bytes"))],
        ["search index gzip KB", kb(search.get("index_gzip_bytes"))],
        [f"first results for \"{dig(search, 'timing', 'query') or NA}\", ms after opening the page",
         dig(search, "timing", "ms_from_open")],
        ["first results, ms after typing", dig(search, "timing", "ms_from_typing")],
        ["offline zip KB", kb(dig(offline, "bundle", "zip_bytes"))],
        ["offline zip without PDFs KB", kb(dig(offline, "bundle", "zip_bytes_without_pdfs"))],
        ["PDF files", dig(offline, "pdfs", "files")],
        ["PDF total KB", kb(dig(offline, "pdfs", "total_bytes"))],
        [f"largest PDF KB ({dig(offline, 'pdfs', 'largest') or NA})", kb(dig(offline, "pdfs", "largest_bytes"))],
    ])
    lines += first_visit_table(results)
    hostile = dig(results, "hostile") or {}
    largest, url = hostile.get("largest_file") or {}, hostile.get("adversarial_url_file") or {}
    lines += _table("Hostile data: validator and patterns on adversarial input (scripts/quality/hostile_bench.py)",
                    ["input", "size", "time"],
                    [[f"validator, largest allowed file ({largest.get('problems')} problems)",
                      f"{kb(largest.get('bytes'))} KB", f"{_fmt(largest.get('validate_s'), 3)} s"],
                     [f"validator, file with a URL of 120,000 dots ({url.get('problems')} problem)",
                      f"{kb(url.get('bytes'))} KB", f"{_fmt(url.get('validate_s'), 3)} s"]]
                    + [[name, f"{row['chars']:,} chars", f"{row['ms']} ms"]
                       for name, row in (hostile.get("patterns") or {}).items()])
    slides = dig(results, "slides") or {}
    lines += _table("Slides (make slides): python-pptx, then LibreOffice headless", ["figure", "value"], [
        ["decks", slides.get("decks")],
        ["slides per deck (min - max)", f"{slides['slides_min']} - {slides['slides_max']}" if slides else None],
        ["slides in all", slides.get("slides_total")],
        [f"largest .pptx KB ({slides.get('pptx_largest') or NA})", kb(slides.get("pptx_largest_bytes"))],
        [".pptx total KB", kb(slides.get("pptx_total_bytes"))],
        [".pdf total KB", kb(slides.get("pdf_total_bytes"))],
        ["largest .pdf KB", kb(slides.get("pdf_largest_bytes"))],
        ["seconds to write every .pptx", slides.get("pptx_seconds")],
        ["seconds to convert every .pptx to PDF (one LibreOffice run)", slides.get("pdf_seconds")],
    ])
    if dig(results, "paint") is not None:
        lines += paint_table(results["paint"])
    return "\n".join(lines + _budget_table(found))


def _budget_table(found: list[Budget]) -> list[str]:
    return _table("Budgets", ["budget", "value", "limit", "verdict"],
                  [[b.name, _fmt(b.value, 2 if b.unit == "x" else 1),
                    f"{'>=' if b.at_least else '<='} {b.limit:g} {b.unit}", b.verdict] for b in found])
