"""Create a new resolution file in which every section is an explicit gap."""

from __future__ import annotations

import json
from pathlib import Path

from .model import ISSUER_NAMES, Issuer
from .partial_date import display_date
from ..pages.templating import environment

GAP = "Chưa cập nhật: chưa tìm thấy nguồn công khai cho mục này."


def new_resolution_text(number: str, issued: str, issuer: str, title: str, short_title: str,
                        field: str, until: int | None = None, vision: int | None = None) -> str:
    summary = (f"Nghị quyết số {number} do {ISSUER_NAMES[Issuer(issuer)]} ban hành ngày "
               f"{display_date(issued)}, {title}. Nội dung chi tiết đang được cập nhật.")
    env = environment()
    env.filters["yaml_str"] = lambda value: json.dumps(value, ensure_ascii=False)
    template = env.get_template("data/new_resolution.yml.j2")
    return template.render(number=number, issued=issued, issuer=issuer, title=title,
                           short_title=short_title, field=field, until=until, vision=vision,
                           summary=summary, gap=GAP) + "\n"


def target_path(root: Path, number: str) -> Path:
    return Path(root) / "data" / "resolutions" / (number.lower().replace("/", "-") + ".yml")
