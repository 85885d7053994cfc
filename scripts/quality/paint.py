"""Paint side by side with stock mkdocs-material (make bench, `--only paint`).

"Stock" is the project's own mkdocs.yml, hooks included (so the generated pages are the
same), without the theme overrides (custom_dir), extra_css and extra_javascript: what
mkdocs-material alone makes of the same content. Both sites are served by the same
GitHub-Pages-like server (quality.server) and measured in the same run, interleaved
(ours, stock, ours, stock, ...), so a busy machine slows both alike; each figure is then
reported as a ratio to stock, which stays steady where absolute times on a shared
machine do not.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from .lighthouse import LighthouseError, lighthouse_once
from .server import serve
from .site_pages import richest, site_prefix

ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).parent / "mkdocs"
SIDES = ("ours", "stock")
PAGE_KINDS = {"home": None, "resolution": "nghi-quyet/*/", "learning": "hoc-tap/*/"}
RESOLUTION_PAGE = "nghi-quyet/11-nq-tu/"  # the page issue 18 measured
LIGHTHOUSE_FIGURES = ("lcp_ms", "fcp_ms", "tbt_ms", "cls", "si_ms", "performance", "accessibility",
                      "best-practices", "seo")


def stock_config(workdir: Path, config: Path = ROOT / "mkdocs.yml") -> Path:
    """A config in `workdir` that inherits `config` and drops what the theme adds to stock:
    custom_dir points at an empty folder, extra_css and extra_javascript are empty. Paths
    the parent gives relative to itself (docs_dir, hooks) are made absolute (watch, only
    for `mkdocs serve`, is dropped), because MkDocs
    resolves them against the inheriting file."""
    import yaml  # noqa: PLC0415  (only the benchmark needs it here)

    empty = workdir / "no-overrides"
    empty.mkdir(parents=True, exist_ok=True)
    hooks = _hooks(config)
    lines = [f"INHERIT: {config}", f"docs_dir: {config.parent / 'docs'}",
             "theme:", f"  custom_dir: {empty}", "extra_css: []", "extra_javascript: []", "watch: []", "hooks:"]
    lines += [f"  - {config.parent / hook}" for hook in hooks]
    path = workdir / "mkdocs.stock.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    yaml.safe_load(path.read_text(encoding="utf-8"))  # a malformed derived file fails here
    return path


def _hooks(config: Path) -> list[str]:
    """The `hooks:` entries of mkdocs.yml (read as text: the file carries custom tags)."""
    hooks, inside = [], False
    for line in config.read_text(encoding="utf-8").splitlines():
        if line.startswith("hooks:"):
            inside = True
        elif inside and line.lstrip().startswith("- "):
            hooks.append(line.split("- ", 1)[1].strip())
        elif inside and line.strip() and not line.startswith((" ", "\t")):
            break
    if not hooks:
        raise ValueError(f"{config}: no `hooks:` list")
    return hooks


def build(config: Path, site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([str(MKDOCS), "build", "--strict", "-q", "-f", str(config), "-d", str(site)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"mkdocs build -f {config.name} failed: {done.stderr[-1500:]}")


def build_pair(workdir: Path) -> dict[str, Path]:
    """Our site and the stock site built from the same data into `workdir`."""
    sites = {"ours": workdir / "ours", "stock": workdir / "stock"}
    build(ROOT / "mkdocs.yml", sites["ours"])
    build(stock_config(workdir), sites["stock"])
    return sites


def pages_of(site: Path) -> dict[str, str]:
    """home, the resolution page of issue 18 (else the richest) and the richest learning page."""
    pages = {"home": ""}
    resolution = RESOLUTION_PAGE if (site / RESOLUTION_PAGE / "index.html").is_file() else None
    pages["resolution"] = resolution or richest(site, PAGE_KINDS["resolution"])
    pages["learning"] = richest(site, PAGE_KINDS["learning"])
    return {name: path for name, path in pages.items() if path is not None}


def first_load_bytes(first_load: dict | None) -> int | None:
    """Everything a first visit downloads, the search index included (stock loads it with
    every page; ours only when search is used)."""
    if not first_load:
        return None
    return first_load["gzip_bytes"] + first_load["search_index_gzip_bytes"]


def median_of(runs: list[dict]) -> dict:
    figures = {key: statistics.median(r[key] for r in runs if r.get(key) is not None)
               for key in LIGHTHOUSE_FIGURES if any(r.get(key) is not None for r in runs)}
    figures["runs"] = len(runs)
    for key in ("lcp_ms", "fcp_ms", "tbt_ms"):
        figures[key.replace("_ms", "_runs_ms")] = [r.get(key) for r in runs]
    figures["failed_audits"] = sorted({a for r in runs for a in r.get("failed_audits", [])})
    return figures


def ratios(ours: dict, stock: dict) -> dict:
    out = {}
    for key in ("lcp_ms", "fcp_ms", "tbt_ms", "si_ms", "first_load_bytes"):
        a, b = ours.get(key), stock.get(key)
        # TBT is often 0 on both sides: equal is 1.0, anything above a zero stock is "inf".
        out[key] = None if a is None or b is None else (
            round(a / b, 2) if b else (1.0 if a == 0 else float("inf")))
    return out


def measure(workdir: Path, runs: int, step=lambda message: None) -> dict:
    """Build both sites, then page weight and `runs` interleaved Lighthouse runs per page."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    from .browser import launch  # noqa: PLC0415
    from .weight import first_load  # noqa: PLC0415

    step("paint: building our site and the stock twin")
    sites = build_pair(workdir)
    pages = pages_of(sites["ours"])
    result: dict = {"pages": pages, "runs_per_page": runs, "sides": {s: {} for s in SIDES}, "errors": []}
    logs: dict[str, list] = {side: [] for side in SIDES}
    with serve(sites["ours"], site_prefix(sites["ours"]), logs["ours"]) as ours_base, \
            serve(sites["stock"], site_prefix(sites["stock"]), logs["stock"]) as stock_base:
        bases = {"ours": ours_base, "stock": stock_base}
        step("paint: first-load bytes, ours and stock")
        with sync_playwright() as playwright:
            browser = launch(playwright)
            for name, path in pages.items():
                for side in SIDES:
                    weight = first_load(browser, bases[side] + path, logs[side])
                    result["sides"][side].setdefault(name, {})["first_load"] = weight
                    result["sides"][side][name]["first_load_bytes"] = first_load_bytes(weight)
            browser.close()
        lighthouse: dict = {side: {name: [] for name in pages} for side in SIDES}
        for run in range(runs):
            step(f"paint: Lighthouse run {run + 1}/{runs} (each page: ours, then stock)")
            for name, path in pages.items():
                for side in SIDES:
                    try:
                        lighthouse[side][name].append(lighthouse_once(bases[side] + path))
                    except LighthouseError as err:
                        result["errors"].append(f"{side} {name} run {run + 1}: {err}")
    for side in SIDES:
        for name in pages:
            if lighthouse[side][name]:
                result["sides"][side][name].update(median_of(lighthouse[side][name]))
    result["ratios"] = {name: ratios(result["sides"]["ours"][name], result["sides"]["stock"][name])
                        for name in pages}
    return result
