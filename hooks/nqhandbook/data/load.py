"""Load every data file, validate it against the model, and collect ALL problems.

`load_dataset(root)` returns a Dataset (data.types) or raises DataError listing every
problem in every file; it never writes anything. The parsed YAML (with positions) serves
the validation and the section lines only; it is not kept.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .editorial import editorial_problems
from .file_rules import read_data_file, resolution_files
from .model import FieldsFile, Plan, Resolution
from .problems import DataError, Problem, field_path
from .references import reference_problems
from .safety import MAX_LIST, oversized_lists, today_for_checks
from .types import Dataset, Entry
from .validation import check_dataset, check_resolution
from .yaml_source import Parsed, locate, parse_yaml

RESOLUTIONS_DIR = "data/resolutions"


def load_model(root: Path, relative: str, model: type[BaseModel]):
    """Parse and validate one file: (model instance or None, parsed, problems)."""
    text, problems = read_data_file(root, relative)
    if text is None:
        return None, None, problems
    parsed, problems = parse_yaml(text, relative)
    if parsed is None:
        return None, None, problems
    if not isinstance(parsed.data, dict):
        return None, parsed, problems + [Problem(relative, 1, 1, "", "tệp phải là một nhóm trường khóa: giá trị")]
    for loc, length in oversized_lists(parsed.data):
        line, col = locate(parsed.node, loc)
        problems.append(Problem(relative, line, col, field_path(loc),
                                f"danh sách có {length} mục, vượt giới hạn {MAX_LIST} mục"))
    try:
        instance = model.model_validate(parsed.data)
    except ValidationError as err:
        from .messages import problems_from  # on a schema error only: ~2 ms of import

        return None, parsed, problems + problems_from(err, parsed, relative, model)
    return instance, parsed, problems


def load_dataset(root: Path, today: dt.date | None = None) -> Dataset:
    with _no_cycle_collection():
        return _load_dataset(Path(root), today)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Loading makes millions of objects and no reference cycles; the cycle collector's
    passes over the growing data cost a quarter of the loading time (measured at 160
    resolutions). Reference counting still frees everything; the collector runs again after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _load_dataset(root: Path, today: dt.date | None) -> Dataset:
    today = today or today_for_checks()
    problems: list[Problem] = []

    fields_file, _, found = load_model(root, "data/fields.yml", FieldsFile)
    problems += found
    plan, plan_parsed, found = load_model(root, "data/plan.yml", Plan)
    problems += found

    entries: list[tuple[Entry, Parsed]] = []  # each file's tree cut to its outline once checked
    files, found = resolution_files(root, RESOLUTIONS_DIR)
    problems += found
    if not files and not found:
        problems.append(Problem(RESOLUTIONS_DIR, 1, 1, "", "không có tệp nghị quyết nào (*.yml)"))
    for relative in files:
        resolution, parsed, found = load_model(root, relative, Resolution)
        problems += found
        if resolution is not None and not found:
            entry = Entry(resolution, relative, section_lines(resolution, parsed))
            found = check_resolution(entry, parsed, today)
            problems += found
            if not found:
                problems += editorial_problems(entry, parsed)
            entries.append((entry, parsed.outline()))  # one full tree at a time: memory at 2,000 files
        elif parsed is not None:  # schema or syntax problems: its references still checked now
            problems += reference_problems(relative, parsed)

    if fields_file is not None and plan is not None:
        problems += check_dataset(entries, fields_file.fields, plan, plan_parsed,
                                  {Path(path).stem for path in files})
    if any(p.is_error for p in problems):
        raise DataError(problems)
    loaded = sorted((entry for entry, _ in entries),
                    key=lambda e: (e.resolution.issued, int(e.resolution.number.split("-")[0])))
    return Dataset(fields=list(fields_file.fields), plan=plan, entries=loaded, warnings=sorted(problems))


def section_lines(resolution: Resolution, parsed: Parsed) -> dict[str, int]:
    """Section key ("goals.overall") -> the line where the file writes it."""
    return {key: locate(parsed.node, tuple(key.split(".")))[0] for key in resolution.sections()}
