"""The loaded data as the other layers see it: a Dataset of Entries (a resolution with its
file). No YAML node tree travels past the data layer: what a page needs of the file (the line
of each section, for the editors' links) is read at load time."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import FieldInfo, Plan, Resolution
from .problems import Problem


@dataclass
class Entry:
    """One resolution with the file it came from."""

    resolution: Resolution
    path: str  # relative to the project root, e.g. data/resolutions/11-nq-tu.yml
    section_lines: dict[str, int] = field(default_factory=dict)  # "goals.overall" -> line in the file


@dataclass
class Dataset:
    fields: list[FieldInfo]
    plan: Plan
    entries: list[Entry] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # editorial warnings (never errors)

    @property
    def resolutions(self) -> list[Resolution]:
        return [entry.resolution for entry in self.entries]

    def field_name(self, field_id: str) -> str:
        return next(f.name for f in self.fields if f.id == field_id)
