"""Create a new resolution file in which every section is an explicit gap."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import jinja2
import yaml

from ..layout import slug
from .model import ISSUER_NAMES, Issuer
from .partial_date import display_date

# The data layer's one template (the package's templates/data/), with its own small
# environment: the pages' environment (pages.templating) is a layer above.
TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "data"

# Each section's gap says which part the handbook lacks; the page's label above it already
# says "Chưa tìm thấy nguồn công khai", so the text never repeats that label.
# (key, comment above it, indentation, what the handbook lacks)
SECTIONS = [
    ("key_points", "Nội dung cốt lõi, điểm mới", "", "nội dung cốt lõi"),
    ("goals", "Mục tiêu", "", ""),
    ("overall", "Mục tiêu tổng quát", "  ", "mục tiêu tổng quát"),
    ("specific", "Mục tiêu cụ thể", "  ", "mục tiêu cụ thể"),
    ("targets", "Chỉ tiêu: id, indicator, unit, milestones (year, value, text), sources", "", "chỉ tiêu"),
    ("tasks", "Nhiệm vụ, giải pháp theo nhóm: title, items", "", "nhiệm vụ, giải pháp"),
    ("results", "Kết quả đã công bố: text, as_of (ngày số liệu), sources", "", "kết quả thực hiện"),
    ("good_models", "Mô hình hay, cách làm sáng tạo", "", "mô hình hay, cách làm sáng tạo"),
    ("difficulties", "Khó khăn, vướng mắc, nguyên nhân", "", "khó khăn, vướng mắc"),
]
SOURCE_KINDS = ("resolution", "plan", "review", "press", "aggregator")


@dataclass(frozen=True)
class IdentitySource:
    """Where the editor read the number, date, issuer and title of a resolution that the
    11/2023 plan does not list."""
    title: str
    publisher: str
    url: str
    kind: str = "press"
    date: str | None = None


def gap_text(what: str) -> str:
    return f"Sổ tay chưa ghi {what} của nghị quyết này; biên tập viên bổ sung khi có nguồn."


def plan_numbers(root: Path) -> set[str]:
    """Resolution numbers the 11/2023 propaganda plan lists (data/plan.yml)."""
    path = Path(root) / "data" / "plan.yml"
    try:
        plan = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return set()
    items = plan.get("resolutions") if isinstance(plan, dict) else None
    return {str(item.get("number")) for item in items or [] if isinstance(item, dict)}


def new_resolution_text(number: str, issued: str, issuer: str, title: str, short_title: str,
                        field: str, until: int | None = None, vision: int | None = None,
                        in_plan: bool = False, source: IdentitySource | None = None) -> str:
    """The scaffold. A resolution the 11/2023 plan lists rests on that plan (source KH);
    any other needs `source`, the document that gives its number and title."""
    if not in_plan and source is None:
        raise ValueError("a resolution outside the 11/2023 plan needs its identity source")
    if Issuer(issuer) is Issuer.unknown:
        who = f"ban hành ngày {display_date(issued)} (chưa rõ cơ quan ban hành)"
    else:
        who = f"do {ISSUER_NAMES[Issuer(issuer)]} ban hành ngày {display_date(issued)}"
    summary = (f"Nghị quyết số {number} {who}, {title}. "
               "Chưa tìm thấy nguồn công khai nêu nội dung chi tiết.")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["yaml_str"] = lambda value: json.dumps(value, ensure_ascii=False)
    template = env.get_template("new_resolution.yml.j2")
    return template.render(number=number, issued=issued, issuer=issuer, title=title,
                           short_title=short_title, field=field, until=until, vision=vision,
                           summary=summary, in_plan=in_plan, source=source,
                           identity_source="KH" if in_plan else "S1",
                           sections=[(key, comment, indent) for key, comment, indent, _ in SECTIONS],
                           gaps={key: gap_text(what) for key, _, _, what in SECTIONS if what}).rstrip("\n") + "\n"


def target_path(root: Path, number: str) -> Path:
    return Path(root) / "data" / "resolutions" / (slug(number) + ".yml")
