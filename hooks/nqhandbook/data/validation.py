"""Rules beyond the schema: references, uniqueness, dates, file names."""

from __future__ import annotations

import datetime as dt

from ..layout import slug
from .model import FieldInfo, Plan, Resolution
from .partial_date import date_bounds_problem
from .problems import Problem, field_path
from .references import cited_sources, fix_hint, reference_problems, referring_entries
from .slips import resolution_slips
from .types import Entry
from .yaml_source import Parsed, locate


def _at(entry_path: str, parsed: Parsed | None, loc: tuple, message: str) -> Problem:
    line, col = locate(parsed.node if parsed else None, loc)
    return Problem(entry_path, line, col, field_path(loc), message)


def check_resolution(entry: Entry, parsed: Parsed, today: dt.date) -> list[Problem]:
    res: Resolution = entry.resolution
    problems: list[Problem] = []

    def add(loc: tuple, message: str) -> None:
        problems.append(_at(entry.path, parsed, loc, message))

    expected_name = f"{res.slug}.yml"
    if not entry.path.endswith("/" + expected_name):
        add(("number",), f'tên tệp phải là "{expected_name}" cho số hiệu {res.number}')
    bounds = date_bounds_problem(res.issued, today)
    if bounds:
        add(("issued",), bounds)
    for loc, message in resolution_slips(res, today):
        add(loc, message)

    declared: dict[str, int] = {}
    for index, source in enumerate(res.sources):
        if source.id in declared:
            add(("sources", index, "id"), f'mã nguồn "{source.id}" bị trùng')
        declared.setdefault(source.id, index)
    listed = [doc.id for doc in res.related_documents]
    for index, doc_id in enumerate(listed):
        if listed.index(doc_id) != index:  # at the line of the repeated id, not the list
            add(("related_documents", index, "id"), f'mã văn bản liên quan "{doc_id}" bị trùng')
    target_ids = [t.id for t in res.targets.items]
    for index, target_id in enumerate(target_ids):
        if target_ids.index(target_id) != index:
            add(("targets", "items", index, "id"), f'mã chỉ tiêu "{target_id}" bị trùng')

    caveat_ids = [c.id for c in res.caveats]
    for index, caveat_id in enumerate(caveat_ids):
        if caveat_id is not None and caveat_ids.index(caveat_id) != index:
            add(("caveats", index, "id"), f'mã lưu ý "{caveat_id}" bị trùng')
    # The validated file's data holds the model's lists of ids as written (ids are not
    # rewritten, absent lists default to empty), and is walked faster than the model.
    referring = referring_entries(parsed.data)
    problems += reference_problems(entry.path, parsed, referring)
    cited = cited_sources(referring)
    for source_id, index in declared.items():
        if source_id not in cited:
            add(("sources", index, "id"), f'nguồn "{source_id}" không được trích dẫn ở đâu; xóa hoặc dẫn nó')
    return problems


def check_dataset(entries: list[tuple[Entry, Parsed]], fields: list[FieldInfo], plan: Plan,
                  plan_parsed: Parsed | None, file_stems: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    field_ids = {f.id for f in fields}
    seen: dict[str, str] = {}
    for entry, parsed in entries:
        res = entry.resolution
        if res.field not in field_ids:
            problems.append(_at(entry.path, parsed, ("field",),
                                f'lĩnh vực "{res.field}" không có trong data/fields.yml; '
                                + fix_hint(res.field, sorted(field_ids), "Lĩnh vực", "data/fields.yml", None)))
        if res.number in seen:
            problems.append(_at(entry.path, parsed, ("number",),
                                f"số hiệu {res.number} đã dùng trong {seen[res.number]}"))
        seen.setdefault(res.number, entry.path)
    for index, item in enumerate(plan.resolutions):
        if slug(item.number) not in file_stems:
            problems.append(_at("data/plan.yml", plan_parsed, ("resolutions", index, "number"),
                                f"chưa có tệp dữ liệu cho nghị quyết {item.number} "
                                f"(data/resolutions/{slug(item.number)}.yml); tạo tệp bằng lệnh "
                                f'make new ARGS="--number {item.number} ..." (xem make new ARGS=--help)'))
    return problems
