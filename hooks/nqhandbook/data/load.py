"""Load every data file, validate it against the model, and collect ALL problems.

`load_dataset(root)` returns a Dataset or raises DataError listing every problem in
every file; it never writes anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .validation import check_dataset, check_resolution
from .messages import problems_from
from .model import FieldInfo, FieldsFile, Plan, Resolution
from .problems import DataError, Problem
from .yaml_source import Parsed, parse_yaml

RESOLUTIONS_DIR = "data/resolutions"


@dataclass
class Entry:
    """One resolution with the file it came from."""

    resolution: Resolution
    path: str  # relative to the project root, e.g. data/resolutions/11-nq-tu.yml
    parsed: Parsed


@dataclass
class Dataset:
    fields: list[FieldInfo]
    plan: Plan
    entries: list[Entry] = field(default_factory=list)

    @property
    def resolutions(self) -> list[Resolution]:
        return [entry.resolution for entry in self.entries]

    def field_name(self, field_id: str) -> str:
        return next(f.name for f in self.fields if f.id == field_id)


def load_model(root: Path, relative: str, model: type[BaseModel]):
    """Parse and validate one file: (model instance or None, parsed, problems)."""
    path = root / relative
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, None, [Problem(relative, 1, 1, "", "không tìm thấy tệp")]
    except UnicodeDecodeError as err:
        return None, None, [Problem(relative, 1, 1, "", f"tệp phải được lưu bằng mã UTF-8 ({err.reason})")]
    parsed, problems = parse_yaml(text, relative)
    if parsed is None:
        return None, None, problems
    if not isinstance(parsed.data, dict):
        return None, parsed, problems + [Problem(relative, 1, 1, "", "tệp phải là một nhóm trường khóa: giá trị")]
    try:
        instance = model.model_validate(parsed.data)
    except ValidationError as err:
        return None, parsed, problems + problems_from(err, parsed, relative, model)
    return instance, parsed, problems


def load_dataset(root: Path, today: dt.date | None = None) -> Dataset:
    root = Path(root)
    today = today or dt.date.today()
    problems: list[Problem] = []

    fields_file, _, found = load_model(root, "data/fields.yml", FieldsFile)
    problems += found
    plan, plan_parsed, found = load_model(root, "data/plan.yml", Plan)
    problems += found

    entries = []
    files = sorted((root / RESOLUTIONS_DIR).glob("*.yml"))
    if not files:
        problems.append(Problem(RESOLUTIONS_DIR, 1, 1, "", "không có tệp nghị quyết nào (*.yml)"))
    for path in files:
        relative = path.relative_to(root).as_posix()
        resolution, parsed, found = load_model(root, relative, Resolution)
        problems += found
        if resolution is not None and not found:
            entry = Entry(resolution, relative, parsed)
            problems += check_resolution(entry, today)
            entries.append(entry)

    if fields_file is not None and plan is not None:
        problems += check_dataset(entries, fields_file.fields, plan, plan_parsed,
                                  {path.stem for path in files})
    if problems:
        raise DataError(problems)
    entries.sort(key=lambda e: (e.resolution.issued, int(e.resolution.number.split("-")[0])))
    return Dataset(fields=list(fields_file.fields), plan=plan, entries=entries)
