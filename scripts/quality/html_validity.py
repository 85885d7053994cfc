"""HTML validity with the Nu Html Checker (npm vnu-jar, run by Java).

Errors that come from mkdocs-material's own markup, which we do not copy into our
overrides just to change one attribute, are filtered one by one below, each matched by
its message AND the exact markup it is about, with the reason. Anything else is ours.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (start of the message, a piece of the offending markup, why it is accepted)
MATERIAL_MARKUP = [
    ("Attribute “autocomplete” is only allowed when the input type is",
     'class="md-toggle" data-md-toggle=',
     "material/templates/base.html: the drawer and search toggles are checkboxes with "
     "autocomplete=off so that Firefox does not restore an open drawer on back navigation."),
    ("Bad value “” for attribute “tabindex” on element “label”",
     'class="md-nav__link" for="__nav_',
     "material/templates/partials/nav-item.html: section labels get tabindex=\"\" when the "
     "section is not itself focusable (navigation.tabs); browsers ignore the empty value."),
]


@dataclass(frozen=True)
class HtmlError:
    file: str
    line: int | None
    message: str
    extract: str  # the offending markup (vnu's highlighted part of its extract)


def run_vnu(files: list[Path]) -> list[HtmlError]:
    """Every error vnu reports for `files` (one Java start for all of them)."""
    if not VNU_JAR.is_file():
        raise FileNotFoundError(f"{VNU_JAR} is missing: run `npm ci`")
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--no-langdetect", "--format", "json",
         "--stdout", "--exit-zero-always", *map(str, files)],
        capture_output=True, text=True, encoding="utf-8", timeout=600, check=True,
    )
    messages = json.loads(result.stdout)["messages"]
    return [HtmlError(m.get("url", "").removeprefix("file:"), m.get("lastLine"), m["message"], _markup(m))
            for m in messages if m.get("type") in ("error", "non-document-error")]


def _markup(message: dict) -> str:
    extract = message.get("extract", "")
    if "hiliteStart" in message:
        return extract[message["hiliteStart"]: message["hiliteStart"] + message.get("hiliteLength", 0)]
    return extract


def accepted_reason(error: HtmlError) -> str | None:
    for message, markup, reason in MATERIAL_MARKUP:
        if error.message.startswith(message) and markup in error.extract:
            return reason
    return None


def html_errors(site_dir: Path) -> list[HtmlError]:
    """Errors in every HTML page of the built site, Material's accepted ones removed."""
    pages = sorted(site_dir.rglob("*.html"))
    return [e for e in run_vnu(pages) if accepted_reason(e) is None]
