"""Lighthouse 12 (npm, pinned) with Debian chromium: mobile preset (its default: Moto G
Power-sized screen, simulated slow 4G and 4x CPU slowdown), median of several runs."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from .browser import CHROMIUM

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {"lcp_ms": "largest-contentful-paint", "fcp_ms": "first-contentful-paint",
           "tbt_ms": "total-blocking-time", "cls": "cumulative-layout-shift", "si_ms": "speed-index"}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage " \
               "--disable-background-networking --disable-component-update --no-first-run"


class LighthouseError(RuntimeError):
    pass


def lighthouse_once(url: str, timeout_s: float = 180) -> dict:
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as folder:
        report = Path(folder) / "report.json"
        try:
            subprocess.run(
                [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
                 f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"],
                env={**os.environ, "CHROME_PATH": CHROMIUM, "TMPDIR": folder}, cwd=folder,
                capture_output=True, text=True, timeout=timeout_s, check=True)
        except subprocess.CalledProcessError as err:
            raise LighthouseError(f"lighthouse exit {err.returncode}: {err.stderr[-500:]}") from None
        except subprocess.TimeoutExpired:
            raise LighthouseError(f"lighthouse took more than {timeout_s:.0f} s") from None
        data = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: data["categories"][name]["score"] for name in CATEGORIES}
    if data.get("runtimeError") or None in scores.values():
        raise LighthouseError(f"no score: {data.get('runtimeError') or scores}")
    result = {name: round(100 * score) for name, score in scores.items()}
    for key, audit in METRICS.items():
        value = data["audits"][audit].get("numericValue")
        result[key] = None if value is None else round(value, 3) if key == "cls" else round(value)
    result["failed_audits"] = sorted(
        f"{name}: {audit['id']}" for name in CATEGORIES if name != "performance"
        for ref in data["categories"][name]["auditRefs"] if ref.get("weight", 0) > 0
        for audit in [data["audits"][ref["id"]]] if audit.get("score") is not None and audit["score"] < 1)
    return result


def lighthouse_median(url: str, runs: int = 3) -> dict:
    """Median of every score and metric over the runs that gave one; failed audits from any
    run; a run that fails (no score, crash, timeout) is listed under "errors"."""
    results, errors = [], []
    for _ in range(runs):
        try:
            results.append(lighthouse_once(url))
        except LighthouseError as err:
            errors.append(str(err))
    if not results:
        raise LighthouseError("; ".join(errors))
    median = {key: statistics.median(r[key] for r in results if r[key] is not None)
              for key in (*CATEGORIES, *METRICS) if any(r[key] is not None for r in results)}
    median["performance_runs"] = [r["performance"] for r in results]
    median["lcp_runs_ms"] = [r["lcp_ms"] for r in results]
    median["failed_audits"] = sorted({a for r in results for a in r["failed_audits"]})
    median["errors"] = errors
    return median
