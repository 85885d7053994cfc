"""Budgets: a figure, its limit and a verdict. Printed, never asserted in tests."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KB = 1024


@dataclass(frozen=True)
class Budget:
    name: str
    value: float | None  # None: that part does not exist yet (or was skipped)
    limit: float
    unit: str  # "KB", "s", "ms", "x", "score"
    at_least: bool = False  # True: the value must be >= limit, else <= limit

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "n/a"
        ok = self.value >= self.limit if self.at_least else self.value <= self.limit
        return "pass" if ok else "FAIL"

    def as_dict(self) -> dict:
        return {**asdict(self), "verdict": self.verdict}


def kb(value_bytes: float | None) -> float | None:
    return None if value_bytes is None else round(value_bytes / KB, 1)


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if not numerator or not denominator:
        return None
    return round(numerator / denominator, 2)


def dig(data: dict | None, *keys):
    """data[k1][k2]... or None when any level is missing."""
    for key in keys:
        if not isinstance(data, dict) or data.get(key) is None:
            return None
        data = data[key]
    return data


def paint_budgets(results: dict) -> list[Budget]:
    """Issue 18: paint and bytes as ratios to stock mkdocs-material measured in the same run
    (quality.paint); absolute times on a shared machine are not stable, ratios are. Scores
    that do not depend on timing stay absolute."""
    found: list[Budget] = []
    for page in ("home", "resolution", "learning"):
        ratios, ours = dig(results, "paint", "ratios", page), dig(results, "paint", "sides", "ours", page)
        for key, label in (("lcp_ms", "LCP"), ("fcp_ms", "FCP"), ("tbt_ms", "TBT")):
            found.append(Budget(f"{page}: {label}, ours / stock", dig(ratios, key), 1.0, "x"))
        found.append(Budget(f"{page}: first-load bytes, ours / stock", dig(ratios, "first_load_bytes"), 0.6, "x"))
        for category in ("accessibility", "best-practices", "seo"):
            found.append(Budget(f"Lighthouse {page}: {category}", dig(ours, category), 100, "score", True))
    return found


def first_visit_budgets(results: dict) -> list[Budget]:
    """Issue 15: what a first visit downloads by itself, in the background."""
    return [Budget("PWA automatic precache on a first visit (gzip)",
                   kb(dig(results, "offline", "precache", "gzip_bytes")), 600, "KB")]


def budgets(results: dict) -> list[Budget]:
    """Every budget of issue 9 (and the offline/search ones of issues 4 and 5)."""
    found: list[Budget] = []
    for page in ("home", "resolution", "learning"):
        found.append(Budget(f"first load, {page} (gzip, without search index)",
                            kb(dig(results, "page_weight", "first_load", page, "gzip_bytes")), 90, "KB"))
    found.append(Budget("search index (gzip)", kb(dig(results, "search", "index_gzip_bytes")), 50, "KB"))
    # Second navigation is measured and shown in the page-weight table, with no budget: a long
    # resolution page is about 16 KB gzip by itself, and with the service worker it is 0.
    found.append(Budget("search: first results after opening the page",
                        dig(results, "search", "timing", "ms_from_open"), 1000, "ms"))
    found += paint_budgets(results)
    found.append(Budget("full build, 16 resolutions (wall)", dig(results, "builds", "16", "hooks", "wall_s"), 3, "s"))
    # Scale and overhead compare CPU time (user + system): steadier than wall time when the
    # machine is shared, and it is the work the build does.
    found.append(Budget("build CPU time per page, 2000 vs 160",
                        ratio(dig(results, "builds", "2000", "hooks", "cpu_ms_per_page"),
                              dig(results, "builds", "160", "hooks", "cpu_ms_per_page")), 1.5, "x"))
    for size in ("16", "160", "2000"):
        found.append(Budget(f"hook overhead vs plain build (CPU), {size} resolutions",
                            dig(results, "builds", size, "overhead"), 1.3, "x"))
        found.append(Budget(f"peak memory vs plain build, {size} resolutions",
                            dig(results, "builds", size, "memory"), 1.5, "x"))
    found += first_visit_budgets(results)
    found.append(Budget("offline zip without PDFs",
                        kb(dig(results, "offline", "bundle", "zip_bytes_without_pdfs")), 1280, "KB"))
    found.append(Budget("validator, largest file the limits allow",
                        dig(results, "hostile", "largest_file", "validate_s"), 3, "s"))
    found.append(Budget("validator, file with a URL of 120,000 dots",
                        dig(results, "hostile", "adversarial_url_file", "validate_s"), 1, "s"))
    patterns = dig(results, "hostile", "patterns") or {}
    found.append(Budget("slowest data pattern on adversarial input (100,000+ chars)",
                        max((row["ms"] for row in patterns.values()), default=None), 200, "ms"))
    found.append(Budget("largest slide deck (.pptx)", kb(dig(results, "slides", "pptx_largest_bytes")), 300, "KB"))
    # Issue 17: the largest printed kit file of each kind.
    for kind, label, limit in (("leaflet_pdf", "kit: leaflet PDF, largest", 150),
                               ("poster_pdf", "kit: poster PDF, largest", 200),
                               ("share_png", "kit: share image, largest", 80)):
        found.append(Budget(label, kb(dig(results, "kit", kind, "max_bytes")), limit, "KB"))
    return found
