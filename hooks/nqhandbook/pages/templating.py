"""The Jinja environment, the filters every template shares and the site's folders as the
`folders` global (from nqhandbook.layout: {{ folders.resolutions }} is "nghi-quyet")."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import escape

from ..data.partial_date import display_date
from ..layout import FOLDERS

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"  # one folder, shared by every layer

# Characters Markdown (and our extensions: attr_list, tables) would interpret. `*` stays
# live so editors can use **bold** and *italic* (the documented inline subset).
_MD_SPECIAL = re.compile(r"([\\`_{}\[\]|])")


def md_inline(value: object) -> str:
    """Escape editor text for an inline Markdown context: one line, nothing live but emphasis."""
    text = " ".join(str(value).split())
    text = html.escape(text, quote=False)  # <, > and & become entities
    return _MD_SPECIAL.sub(r"\\\1", text)


def vi_number(value: float | int | None) -> str:
    """1234567.5 -> '1.234.567,5' (Vietnamese grouping)."""
    if value is None:
        return ""
    if float(value).is_integer():
        text = f"{int(value):,}".replace(",", ".")
    else:
        whole, frac = f"{value:,.6f}".rstrip("0").split(".")
        text = whole.replace(",", ".") + "," + frac
    return text


def html_text(value: object) -> str:
    return str(escape(" ".join(str(value).split())))


@lru_cache(maxsize=1)
def _loader() -> jinja2.FileSystemLoader:
    return jinja2.FileSystemLoader(str(TEMPLATES))


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=_loader(),
        autoescape=False,  # Markdown output: every editor value goes through `md` or `h`
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md_inline, h=html_text, vdate=display_date, num=vi_number)
    env.globals["folders"] = FOLDERS
    return env
