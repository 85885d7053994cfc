"""The Jinja environment, the filters every template shares and the site's folders as the
`folders` global (from nqhandbook.layout: {{ folders.resolutions }} is "nghi-quyet")."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import escape

from .. import build_cache
from ..data.partial_date import display_date, merged_province
from ..layout import FOLDERS
from .wording import join_vi, one_date_format, unit_joiner, unit_text

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"  # one folder, shared by every layer

# Characters Markdown (and our extensions: attr_list, tables) would interpret. `*` stays
# live so editors can use **bold** and *italic* (the documented inline subset).
_MD_SPECIAL = re.compile(r"([\\`_{}\[\]|])")
# Defence in depth (the model already refuses these, safety.check_text): a line-start
# character that could open a block (heading, quote, list, admonition, rule) is escaped.
# Only characters Python-Markdown unescapes (so "\\-5%" still reads "-5%").
_BLOCK_OPENER = re.compile(r"^([#+!-]|\*(?=\s))|^([0-9]{1,9})([.)])")
_BLOCK_START = frozenset("#+!-*0123456789")  # the only first characters _BLOCK_OPENER matches


def md_inline(value: object) -> str:
    """Escape editor text for an inline Markdown context: one line, nothing live but emphasis.
    Most text has no Markdown special and starts with a letter: a search and a set lookup
    then spare the substitutions (about 24,000 calls at 160 resolutions)."""
    text = one_date_format(" ".join(str(value).split()))
    text = html.escape(text, quote=False)  # <, > and & become entities
    if _MD_SPECIAL.search(text):
        text = _MD_SPECIAL.sub(r"\\\1", text)
    if text[:1] not in _BLOCK_START:
        return text
    return _BLOCK_OPENER.sub(lambda m: "\\" + m.group(1) if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text)


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


def unit_suffix(target, escape_with=md_inline) -> str:
    """" (đơn vị)" after an indicator, ", đơn vị: …" after a closing bracket, or nothing."""
    unit = unit_text(target)
    if not unit:
        return ""
    text = escape_with(unit)
    return f", đơn vị: {text}" if unit_joiner(target) == "comma" else f" ({text})"


def lower_first(text: str) -> str:
    """"Không còn" -> "không còn" inside a sentence; "UBND", "Ban Thường vụ" are left alone
    (a capital followed by a capital, or a proper name the data writes with capitals)."""
    words = text.split(" ", 2)
    first = words[0]
    if len(first) < 2 or not first[0].isupper() or not first[1:].islower():
        return text
    if len(words) > 1 and words[1][:1].isupper():  # a name: "Ban Thường vụ", "Lào Cai"
        return text
    return first[0].lower() + text[1:]


def html_text(value: object) -> str:
    text = one_date_format(" ".join(str(value).split()))
    # markupsafe.escape changes only these five characters; most text has none of them
    # (five substring tests cost less than making and unmaking a Markup object).
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return str(escape(text))
    return text


# What the compiled code of a template depends on besides its source (build_cache.templates).
_COMPILE_SETTINGS = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
                     "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
                     "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized",
                     "autoescape")


def environment() -> jinja2.Environment:
    """The one environment every layer renders with: each template is compiled once a process
    (and, in a build, once until its source changes: nqhandbook.build_cache)."""
    return _environment(build_cache.folder())


@lru_cache(maxsize=2)  # keyed by the cache folder: a build that sets one gets its own environment
def _environment(cache_folder: Path | None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=False,  # Markdown output: every editor value goes through `md` or `h`
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(md=md_inline, h=html_text, vdate=display_date, num=vi_number,
                       unit_suffix=unit_suffix, join_vi=join_vi,
                       capitalize_first=lambda text: text[:1].upper() + text[1:],
                       lower_first=lower_first,
                       unit_suffix_h=lambda target: unit_suffix(target, html_text))
    env.tests["merged_province"] = merged_province  # as_of from 01/07/2025: "tỉnh Lào Cai mới"
    env.globals["folders"] = FOLDERS
    settings = [getattr(env, name) for name in _COMPILE_SETTINGS]
    env.bytecode_cache = build_cache.templates(repr([settings, sorted(env.extensions), sorted(env.filters),
                                                     sorted(env.tests)]))
    return env
