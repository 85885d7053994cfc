"""Rows of the targets overview: every target with its latest result, status and charts."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from .charts import progress, timeline
from ..data.types import Dataset, Entry
from ..data.model import Target, TargetResult
from .target_status import TARGET_STATUS_LABELS, Status, target_status


@dataclass(frozen=True)
class TargetRow:
    entry: Entry
    target: Target
    owner: str  # "" for the resolution's own target, else the implementing document's name
    latest: TargetResult | None
    status: Status
    charts: list[str]  # rendered SVG


@dataclass(frozen=True)
class ResolutionTargets:
    entry: Entry
    rows: list[TargetRow]


def target_rows(entry: Entry, env: jinja2.Environment) -> list[TargetRow]:
    res = entry.resolution
    docs = {doc.id: doc.name for doc in res.related_documents}
    rows = []
    for target in res.targets.items:
        status = target_status(target)
        chart_id = f"chart-{res.slug}-{target.id}"
        charts = []
        line = timeline(target, chart_id + "-t")
        if line:
            charts.append(env.get_template("charts/timeline.svg.j2").render(c=line).strip())
        bar = progress(target, status, chart_id + "-p")
        if bar:
            charts.append(env.get_template("charts/progress.svg.j2").render(c=bar).strip())
        latest = max(target.results, key=lambda r: r.as_of) if target.results else None
        rows.append(TargetRow(entry, target, docs.get(target.of, ""), latest, status, charts))
    return rows


def targets_by_field(dataset: Dataset, env: jinja2.Environment) -> list[tuple[str, list[ResolutionTargets]]]:
    groups = []
    for field in dataset.fields:
        items = [ResolutionTargets(e, target_rows(e, env)) for e in dataset.entries if e.resolution.field == field.id]
        if items:
            groups.append((field.name, items))
    return groups


def status_counts(groups) -> dict[str, int]:
    counts = {key: 0 for key in TARGET_STATUS_LABELS}
    for _, items in groups:
        for item in items:
            for row in item.rows:
                counts[row.status.key] += 1
    return counts
