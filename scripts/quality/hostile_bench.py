"""Hostile-data timings for `make bench` (issue 14): the validator on the largest file the
limits allow, and every pattern that runs on data against a long adversarial input.

Usage alone: python scripts/quality/hostile_bench.py   (prints the figures as JSON)
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
import time
from pathlib import Path


import yaml

from nqhandbook.data import safety

from nqhandbook.data import text_rules
from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError
from nqhandbook.data.yaml_source import parse_yaml

ROOT = Path(__file__).resolve().parents[2]

FIXTURE = ROOT / "tests" / "fixtures" / "base"
TARGET = "data/resolutions/99-nq-tu.yml"
TODAY = dt.date(2026, 11, 27)
SENTENCE = "Phát triển du lịch xanh gắn với bảo tồn văn hóa các dân tộc, a<b nhưng b>c; Open Data: "

# Long inputs built to make a backtracking pattern go quadratic or worse.
ADVERSARIAL = {
    "URL of 120,000 dots (issue 14)": ("url", "http://" + "." * 120_000 + " "),
    "URL of 2,000 dots (the longest allowed)": ("url", "http://" + "." * (safety.MAX_URL - 8) + " "),
    "HTML: '<a' and 100,000 spaces": ("html", "<a" + " " * 100_000),
    "HTML: 100,000 attributes, no '>'": ("html", "<a" + " a=b" * 100_000),
    "HTML: 50,000 '<a'": ("html", "<a" * 50_000),
    "script URL: 50,000 'data:'": ("script", "data:" * 50_000),
    "block Markdown: 100,000 '='": ("block", "=" * 100_000 + "x"),
    "invisible characters: 100,000 letters then U+202E": ("invisible", "a" * 100_000 + "\u202e"),
    "YAML characters: 100,000 letters then NUL": ("yaml", "a: " + "b" * 100_000 + "\x00"),
}


def _run(kind: str, text: str) -> None:
    if kind == "url":
        safety.url_problem(text)
        safety.url_problem(text[: safety.MAX_URL])  # past the length check: the character scan
    elif kind == "html":
        text_rules._HTML_TAG.search(text)
    elif kind == "script":
        text_rules._SCRIPT_URL.search(text)
    elif kind == "block":
        safety._BLOCK_START.match(text)
    elif kind == "invisible":
        safety.first_invisible(text)
    elif kind == "yaml":
        parse_yaml(text, "x.yml")


def largest_allowed_file() -> str:
    """The fixture resolution with lists and texts at their limits, under the file limit."""
    data, _ = parse_yaml((FIXTURE / TARGET).read_text(encoding="utf-8"), TARGET)
    base = data.data
    text = (SENTENCE * (safety.MAX_TEXT // len(SENTENCE) + 1))[: safety.MAX_TEXT].strip()
    count = safety.MAX_LIST
    while True:
        base["key_points"]["items"] = [{"text": text, "sources": ["S1"]} for _ in range(count)]
        dumped = yaml.safe_dump(base, allow_unicode=True, width=10**6)
        if len(dumped.encode("utf-8")) <= safety.MAX_FILE_BYTES:
            return dumped
        count -= 1


def _timed_load(text: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as folder:
        project = Path(folder) / "p"
        shutil.copytree(FIXTURE, project)
        (project / TARGET).write_text(text, encoding="utf-8")
        started = time.perf_counter()
        try:
            load_dataset(project, today=TODAY)
            problems = 0
        except DataError as err:
            problems = len(err.problems)
        return {"bytes": len(text.encode("utf-8")), "validate_s": round(time.perf_counter() - started, 3),
                "problems": problems}


def measure_hostile() -> dict:
    results = {"largest_file": _timed_load(largest_allowed_file())}
    base = (FIXTURE / TARGET).read_text(encoding="utf-8")
    results["adversarial_url_file"] = _timed_load(
        base.replace("https://baolaocai.vn/bai-1.html", "http://" + "." * 120_000))
    results["patterns"] = {}
    for name, (kind, text) in ADVERSARIAL.items():
        started = time.perf_counter()
        _run(kind, text)
        results["patterns"][name] = {"chars": len(text), "ms": round((time.perf_counter() - started) * 1000, 1)}
    return results


if __name__ == "__main__":
    print(json.dumps(measure_hostile(), ensure_ascii=False, indent=2))
