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


def render(results: dict, found: list[Budget]) -> str:
    lines = [f"Benchmark of {dig(results, 'meta', 'commit') or '?'} "
             f"({dig(results, 'meta', 'cpus')} CPUs, load average {dig(results, 'meta', 'load_average')} at start)"]
    lines += _table("Build: strict `properdocs build`, median of runs; plain = same Markdown, no hooks",
                    ["resolutions", "pages", "wall s", "CPU s", "CPU ms/page", "peak MB",
                     "plain wall s", "plain CPU s", "plain CPU ms/page", "plain peak MB", "overhead x (CPU)",
                     "memory x (peak)"],
                    build_rows(results))
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
        ["PWA precache files", dig(offline, "precache", "files")],
        ["PWA precache gzip KB", kb(dig(offline, "precache", "gzip_bytes"))],
        ["PDF files", dig(offline, "pdfs", "files")],
        ["PDF total KB", kb(dig(offline, "pdfs", "total_bytes"))],
        [f"largest PDF KB ({dig(offline, 'pdfs', 'largest') or NA})", kb(dig(offline, "pdfs", "largest_bytes"))],
    ])
    lh_rows = []
    for name in ("home", "resolution", "learning"):
        data = dig(results, "lighthouse", name) or {}
        lh_rows.append([name, data.get("performance"), data.get("accessibility"), data.get("best-practices"),
                        data.get("seo"), data.get("lcp_ms"), data.get("fcp_ms"), data.get("tbt_ms"),
                        None if data.get("cls") is None else f"{data['cls']:.3f}",
                        ", ".join(data.get("failed_audits", [])) or ("-" if data else NA)])
    lines += _table("Lighthouse 12.2.3, mobile preset, median of runs",
                    ["page", "perf", "a11y", "best pr.", "SEO", "LCP ms", "FCP ms", "TBT ms", "CLS", "failed audits"],
                    lh_rows)
    lines += _table("Budgets", ["budget", "value", "limit", "verdict"],
                    [[b.name, b.value, f"{'>=' if b.at_least else '<='} {b.limit:g} {b.unit}", b.verdict]
                     for b in found])
    return "\n".join(lines)
