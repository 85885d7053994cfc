"""The editors' to-do list, judged on each resolution's OWN content (see own.py): which
sections hold the resolution's own items, only other documents' items, only context, items
whose owner is uncertain, or nothing; computed from the data, never maintained by hand."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from ..data.own import SECTION_CLASS_LABELS, SECTION_CLASS_SYMBOLS, OwnContent, SectionClass, own_content
from ..data.types import Dataset, Entry
from .views import SECTION_TITLES, SOURCE_KIND_LABELS

COVERAGE_LABELS = {c.value: label for c, label in SECTION_CLASS_LABELS.items()}
COVERAGE_SYMBOLS = {c.value: symbol for c, symbol in SECTION_CLASS_SYMBOLS.items()}


@dataclass(frozen=True)
class Cell:
    status: str  # a SectionClass value
    own: int  # the resolution's own items in the section
    total: int  # every item, whoever owns it
    line: int  # where the section starts in the YAML file


@dataclass(frozen=True)
class StatusRow:
    entry: Entry
    own: OwnContent
    cells: dict[str, Cell]  # section key -> cell, in SECTION_TITLES order
    counts: dict[str, int]  # SectionClass value -> number of sections
    own_items: int  # the resolution's own items, all sections
    sourced: list[BaseModel]  # its sourced statements (fact_objects)

    @property
    def facts(self) -> int:
        return len(self.sourced)

    @property
    def only_from_plan(self) -> bool:
        return self.own.identity_only_from_plan


def fact_objects(model: BaseModel) -> list[BaseModel]:
    """Every sourced statement in a resolution: objects that carry a list of source ids, in
    the order of a walk over the models' fields (tests/test_data_status.py). One plain
    recursion over each model's field values (its __dict__: the models are frozen, extra
    keys forbidden) instead of nested generators: 1.9 -> 0.25 ms a resolution."""
    found: list[BaseModel] = []
    _collect_facts(model, found)
    return [f for f in found if f.sources]


_LEAVES = frozenset({str, int, float, bool, type(None)})  # most fields: nothing to look into


def _collect_facts(model: BaseModel, found: list[BaseModel]) -> None:
    for value in model.__dict__.values():
        if type(value) in _LEAVES:
            continue
        if isinstance(value, BaseModel):
            if isinstance(value.__dict__.get("sources"), list):
                found.append(value)
            _collect_facts(value, found)
        elif isinstance(value, list) and value:
            models = [item for item in value if isinstance(item, BaseModel)]
            found.extend(item for item in models if isinstance(sources := item.__dict__.get("sources"), list)
                         and all(isinstance(s, str) for s in sources))
            for item in models:
                _collect_facts(item, found)


def status_row(entry: Entry) -> StatusRow:
    own = own_content(entry.resolution)
    cells = {}
    for key, section in own.sections.items():
        line = entry.section_lines.get(key, 1)
        cells[key] = Cell(section.status.value, section.own, section.total, line)
    counts = {c.value: n for c, n in own.status_counts.items()}
    return StatusRow(entry, own, cells, counts, own.own_total, fact_objects(entry.resolution))


def status_rows(dataset: Dataset) -> list[StatusRow]:
    return [status_row(entry) for entry in dataset.entries]


def section_totals(rows: list[StatusRow]) -> dict[str, dict[str, int]]:
    totals = {key: dict.fromkeys(COVERAGE_LABELS, 0) for key in SECTION_TITLES}
    for row in rows:
        for key, cell in row.cells.items():
            totals[key][cell.status] += 1
    return totals


def section_own_items(rows: list[StatusRow]) -> dict[str, int]:
    """Section key -> the resolutions' own items in it, summed over every resolution."""
    return {key: sum(row.cells[key].own for row in rows) for key in SECTION_TITLES}


def facts_by_source_kind(rows: list[StatusRow]) -> dict[str, int]:
    """Number of sourced statements citing at least one source of each kind (the rows'
    statements, found once for the whole status page)."""
    counts = dict.fromkeys(SOURCE_KIND_LABELS.values(), 0)
    for row in rows:
        kinds = {s.id: SOURCE_KIND_LABELS[s.kind] for s in row.entry.resolution.sources}
        for fact in row.sourced:
            for label in {kinds[i] for i in fact.sources}:
                counts[label] += 1
    return counts


__all__ = [
    "COVERAGE_LABELS",
    "COVERAGE_SYMBOLS",
    "Cell",
    "SectionClass",
    "StatusRow",
    "fact_objects",
    "facts_by_source_kind",
    "section_own_items",
    "section_totals",
    "status_row",
    "status_rows",
]
