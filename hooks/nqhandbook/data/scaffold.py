"""Create a new resolution file in which every section is an explicit gap."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from ..layout import slug
from .model import ISSUER_NAMES, Issuer
from .partial_date import display_date

# The data layer's one template (the package's templates/data/), with its own small
# environment: the pages' environment (pages.templating) is a layer above.
TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "data"

GAP = "Chưa tìm thấy nguồn công khai cho mục này."


def new_resolution_text(number: str, issued: str, issuer: str, title: str, short_title: str,
                        field: str, until: int | None = None, vision: int | None = None) -> str:
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
                           summary=summary, gap=GAP) + "\n"


def target_path(root: Path, number: str) -> Path:
    return Path(root) / "data" / "resolutions" / (slug(number) + ".yml")
