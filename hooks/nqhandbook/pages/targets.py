"""Rows of the targets overview: every target with its latest result, status and charts."""

from __future__ import annotations

from dataclasses import dataclass

import jinja2

from .charts import progress, timeline
from ..data.model import Target, TargetResult
from ..data.own import own_content, ownership
from ..data.target_status import TARGET_STATUS_LABELS, Status, target_status
from ..data.types import Dataset, Entry


@dataclass(frozen=True)
class TargetRow:
    entry: Entry
    target: Target
    ownership: str  # own.Ownership value: own, document, uncertain or context
    owner: str  # the related document's name (owner, or possible owner when uncertain), or ""
    latest: TargetResult | None  # the result shown: the one the status was computed from
    status: Status
    charts: list[str]  # rendered SVG


@dataclass(frozen=True)
class ResolutionTargets:
    entry: Entry
    rows: list[TargetRow]

    @property
    def counts(self) -> dict[str, int]:
        """Ownership value -> number of targets (zero included)."""
        return {o.value: n for o, n in own_content(self.entry.resolution).target_counts().items()}


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
        # The status's own result, so that a status never sits beside a different figure.
        shown = status.result or (max(target.results, key=lambda r: r.as_of) if target.results else None)
        rows.append(TargetRow(entry, target, ownership(target).value, docs.get(target.of, ""), shown,
                              status, charts))
    return rows


def targets_by_field(dataset: Dataset, env: jinja2.Environment) -> list[tuple[str, list[ResolutionTargets]]]:
    groups = []
    for field in dataset.fields:
        items = [ResolutionTargets(e, target_rows(e, env)) for e in dataset.entries if e.resolution.field == field.id]
        if items:
            groups.append((field.name, items))
    return groups


def owner_counts(groups) -> dict[str, int]:
    """Ownership value -> number of targets, over every resolution."""
    counts: dict[str, int] = {}
    for _, items in groups:
        for item in items:
            for key, n in item.counts.items():
                counts[key] = counts.get(key, 0) + n
    return counts


def status_counts(groups) -> dict[str, int]:
    counts = dict.fromkeys(TARGET_STATUS_LABELS, 0)
    for _, items in groups:
        for item in items:
            for row in item.rows:
                counts[row.status.key] += 1
    return counts
