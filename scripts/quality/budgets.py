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
    for page in ("home", "resolution", "learning"):
        scores = dig(results, "lighthouse", page)
        found.append(Budget(f"Lighthouse {page}: performance", dig(scores, "performance"), 98, "score", True))
        found.append(Budget(f"Lighthouse {page}: LCP", dig(scores, "lcp_ms"), 1500, "ms"))
        for category in ("accessibility", "best-practices", "seo"):
            found.append(Budget(f"Lighthouse {page}: {category}", dig(scores, category), 100, "score", True))
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
    found.append(Budget("offline zip without PDFs",
                        kb(dig(results, "offline", "bundle", "zip_bytes_without_pdfs")), 1024, "KB"))
    return found
