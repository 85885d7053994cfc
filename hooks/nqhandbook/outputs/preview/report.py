"""A preview of two built sites: the changed pages, their screenshots and the summary,
written into one folder (the workflow's artifact)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diff import compare_sites
from .pages import PageChanges, page_changes
from .shots import Shot, screenshots
from .summary import render_summary

SUMMARY = "tom-tat.md"
LIMIT = 20  # screenshots per preview; the summary says how many pages were left out


@dataclass(frozen=True)
class Preview:
    changes: PageChanges
    shots: list[Shot]
    summary: str


def make_preview(before: Path, after: Path, out: Path, before_label: str, after_label: str,
                 limit: int = LIMIT, same_date: bool = True, browser=None) -> Preview:
    """`same_date`: the two sites were built with one build date (see summary.render_summary);
    `browser`: a Playwright chromium to take the screenshots with (else one is launched)."""
    changes = page_changes(compare_sites(before, after), before, after)
    viewable = changes.viewable[:limit]
    shots = screenshots(before, after, viewable, out, browser) if viewable else []
    summary = render_summary(changes, shots, limit, before_label, after_label, same_date)
    out.mkdir(parents=True, exist_ok=True)
    (out / SUMMARY).write_text(summary, encoding="utf-8")
    return Preview(changes, shots, summary)
