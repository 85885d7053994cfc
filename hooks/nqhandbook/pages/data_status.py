"""The editors' to-do list: which sections of which resolution are filled, partial or gaps,
computed from the data (never maintained by hand)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pydantic import BaseModel

from ..data.validation import walk
from ..data.types import Dataset, Entry
from .views import SECTION_TITLES, SOURCE_KIND_LABELS

COVERAGE_LABELS = {"filled": "Đủ", "partial": "Một phần", "gap": "Chưa có"}


@dataclass(frozen=True)
class Cell:
    status: str
    line: int  # where the section starts in the YAML file


@dataclass(frozen=True)
class StatusRow:
    entry: Entry
    cells: dict[str, Cell]  # section key -> cell, in SECTION_TITLES order
    counts: dict[str, int]  # status -> number of sections
    facts: int


def fact_objects(model: BaseModel) -> list[BaseModel]:
    """Every sourced statement in a resolution: objects that carry a list of source ids."""
    found = []
    for _, _, value in walk(model):
        if isinstance(value, list):
            found.extend(item for item in value if isinstance(item, BaseModel)
                         and isinstance(getattr(item, "sources", None), list)
                         and all(isinstance(s, str) for s in item.sources))
        elif isinstance(value, BaseModel) and isinstance(getattr(value, "sources", None), list):
            found.append(value)
    return [f for f in found if f.sources]


def status_rows(dataset: Dataset) -> list[StatusRow]:
    rows = []
    for entry in dataset.entries:
        cells = {}
        for key, section in entry.resolution.sections().items():
            cells[key] = Cell(section.status, entry.section_lines[key])
        counts = Counter(cell.status for cell in cells.values())
        rows.append(StatusRow(entry, cells, {s: counts.get(s, 0) for s in COVERAGE_LABELS},
                              len(fact_objects(entry.resolution))))
    return rows


def section_totals(rows: list[StatusRow]) -> dict[str, dict[str, int]]:
    totals = {key: {s: 0 for s in COVERAGE_LABELS} for key in SECTION_TITLES}
    for row in rows:
        for key, cell in row.cells.items():
            totals[key][cell.status] += 1
    return totals


def facts_by_source_kind(dataset: Dataset) -> dict[str, int]:
    """Number of sourced statements citing at least one source of each kind."""
    counts = {label: 0 for label in SOURCE_KIND_LABELS.values()}
    for res in dataset.resolutions:
        kinds = {s.id: SOURCE_KIND_LABELS[s.kind] for s in res.sources}
        for fact in fact_objects(res):
            for label in {kinds[i] for i in fact.sources}:
                counts[label] += 1
    return counts
