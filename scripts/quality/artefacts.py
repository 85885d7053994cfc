"""The published site and the offline artefacts, made through the Makefile's own targets,
and their sizes. A part that does not exist yet is reported as None ("n/a"), not an error.

Sizes come from the functions the offline work exposes when they exist
(nqhandbook.outputs.bundle_stats.bundle_stats, nqhandbook.site.service_worker.precache_stats); PDFs are counted
in the built site.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The first target the Makefile has makes the site as it is published.
SITE_TARGETS = ("pages", "pdf", "build")
PREREQUISITES = re.compile(r"^([A-Za-z][\w-]*):([^=\n]*)$", re.M)


def make_targets() -> dict[str, list[str]]:
    """Makefile target -> its prerequisites."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return {name: deps.split() for name, deps in PREREQUISITES.findall(text)}


def run_make(target: str, timeout_s: float = 900) -> dict:
    started = time.perf_counter()
    result = subprocess.run(["make", "--no-print-directory", target], cwd=ROOT, capture_output=True,
                            text=True, encoding="utf-8", timeout=timeout_s)
    return {"target": target, "ok": result.returncode == 0, "seconds": round(time.perf_counter() - started, 1),
            "error": "" if result.returncode == 0 else (result.stderr or result.stdout)[-1500:]}


def optional(module: str, name: str):
    """module.name if that module exists and defines it, else None."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def make_published_site() -> dict:
    """Run the first of SITE_TARGETS the Makefile has; the site is then in site/."""
    targets = make_targets()
    target = next(t for t in SITE_TARGETS if t in targets)
    result = run_make(target)
    if not result["ok"] and target != "build":  # measure at least the plain site
        result["fallback"] = run_make("build")
    return result


def offline_sizes(site_dir: Path, site_target: str) -> dict:
    """Sizes of the offline zip (made now unless `site_target` already made it), the PWA
    precache and the PDFs of the site in `site_dir`."""
    result: dict = {"bundle": None, "precache": None, "pdfs": None, "bundle_make": None}
    bundle_stats = optional("nqhandbook.site.bundle_info", "bundle_stats")
    targets = make_targets()
    if bundle_stats and "bundle" in targets:
        if "bundle" not in targets.get(site_target, []):
            result["bundle_make"] = run_make("bundle")
        if (result["bundle_make"] or {"ok": True})["ok"]:
            result["bundle"] = bundle_stats(ROOT / "dist")
    precache_stats = optional("nqhandbook.site.service_worker", "precache_stats")
    if precache_stats and site_dir.is_dir():
        result["precache"] = precache_stats(site_dir)
    pdfs = sorted(site_dir.rglob("*.pdf"))
    if pdfs:
        sizes = {p.relative_to(site_dir).as_posix(): p.stat().st_size for p in pdfs}
        result["pdfs"] = {"files": len(pdfs), "total_bytes": sum(sizes.values()),
                          "largest": max(sizes, key=sizes.get), "largest_bytes": max(sizes.values()),
                          "smallest_bytes": min(sizes.values())}
    return result


def slides_sizes(root: Path = ROOT) -> dict | None:
    """Slide counts, .pptx/.pdf sizes and `make slides` timings from dist/slides (made by
    `make pages` through its `slides` prerequisite); None when there are no slides."""
    import json  # noqa: PLC0415

    folder = root / "dist" / "slides"
    try:
        manifest = json.loads((folder / "slides.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    decks = {slug: record for slug, record in manifest.items() if isinstance(record, dict) and "slides" in record}
    if not decks:
        return None
    pptx = {slug: r["pptx_bytes"] for slug, r in decks.items()}
    pdf = {slug: r["pdf_bytes"] for slug, r in decks.items() if "pdf_bytes" in r}
    timing = {}
    if (folder / "timing.json").is_file():
        timing = json.loads((folder / "timing.json").read_text(encoding="utf-8"))
    return {"decks": len(decks), "slides_min": min(r["slides"] for r in decks.values()),
            "slides_max": max(r["slides"] for r in decks.values()),
            "slides_total": sum(r["slides"] for r in decks.values()),
            "pptx_total_bytes": sum(pptx.values()), "pptx_largest": max(pptx, key=pptx.get),
            "pptx_largest_bytes": max(pptx.values()),
            "pdf_total_bytes": sum(pdf.values()) if pdf else None,
            "pdf_largest_bytes": max(pdf.values()) if pdf else None, **timing}
