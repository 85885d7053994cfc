"""Load every data file, validate it against the model, and collect ALL problems.

`load_dataset(root)` returns a Dataset (data.types) or raises DataError listing every
problem in every file; it never writes anything. The parsed YAML (with positions) serves
the validation and the section lines only; it is not kept.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .validation import check_dataset, check_resolution
from .messages import problems_from
from .model import FieldsFile, Plan, Resolution
from .problems import DataError, Problem
from .types import Dataset, Entry
from .yaml_source import Parsed, locate, parse_yaml

RESOLUTIONS_DIR = "data/resolutions"


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

    entries: list[tuple[Entry, Parsed]] = []
    files = sorted((root / RESOLUTIONS_DIR).glob("*.yml"))
    if not files:
        problems.append(Problem(RESOLUTIONS_DIR, 1, 1, "", "không có tệp nghị quyết nào (*.yml)"))
    for path in files:
        relative = path.relative_to(root).as_posix()
        resolution, parsed, found = load_model(root, relative, Resolution)
        problems += found
        if resolution is not None and not found:
            entry = Entry(resolution, relative, section_lines(resolution, parsed))
            problems += check_resolution(entry, parsed, today)
            entries.append((entry, parsed))

    if fields_file is not None and plan is not None:
        problems += check_dataset(entries, fields_file.fields, plan, plan_parsed,
                                  {path.stem for path in files})
    if problems:
        raise DataError(problems)
    loaded = sorted((entry for entry, _ in entries),
                    key=lambda e: (e.resolution.issued, int(e.resolution.number.split("-")[0])))
    return Dataset(fields=list(fields_file.fields), plan=plan, entries=loaded)


def section_lines(resolution: Resolution, parsed: Parsed) -> dict[str, int]:
    """Section key ("goals.overall") -> the line where the file writes it."""
    return {key: locate(parsed.node, tuple(key.split(".")))[0] for key in resolution.sections()}
