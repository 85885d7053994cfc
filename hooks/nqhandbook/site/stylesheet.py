"""The site's one stylesheet, written after the build: Material's two stylesheets and ours
(docs/assets/css/handbook.css) in one file, which overrides/main.html links instead of
three. Every stylesheet in <head> holds the first paint until it has arrived, and on slow
mobile data each request costs a round trip; one file costs one. Material's files stay in
the site unchanged; their source-map comments are left out (the maps sit beside Material's
files, not beside this one), the file starts with the one @charset rule, and our part
loses its comments and indentation (the source keeps them). Material's rules that no page of
the site can match are left out (site/unused_css.py): 28 KB gzip joined became 21.5 KB, less
than stock's two files (25 KB).
"""

from __future__ import annotations

import re
from pathlib import Path

from .unused_css import pruned, used_in_site

SITE_STYLESHEET = "assets/css/site.css"
OURS = "assets/css/handbook.css"
MATERIAL = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css")
SOURCE_MAP = re.compile(r"/\*# sourceMappingURL=[^*]*\*/\s*")
CHARSET = '@charset "UTF-8";'  # valid only as the file's first bytes: once, at the top
COMMENT = re.compile(r"/\*.*?\*/", re.S)  # our CSS has no "/*" inside a string


class StylesheetError(RuntimeError):
    pass


def parts(site_dir: Path) -> list[Path]:
    """Material's main and palette stylesheets (exactly one of each), then ours."""
    found = []
    for pattern in MATERIAL:
        matches = sorted(site_dir.glob(pattern))
        if len(matches) != 1:
            raise StylesheetError(f"{site_dir}: expected one {pattern}, found {len(matches)}")
        found.append(matches[0])
    ours = site_dir / OURS
    if not ours.is_file():
        raise StylesheetError(f"{site_dir}: {OURS} is missing")
    return found + [ours]


def _compact(css: str) -> str:
    """Comments, indentation and blank lines out: bytes every first visit pays for."""
    lines = (line.strip() for line in COMMENT.sub("", css).splitlines())
    return "\n".join(line for line in lines if line)


def write_site_stylesheet(site_dir: Path) -> Path:
    """Write SITE_STYLESHEET (in cascade order: Material's rules first, ours after them);
    Material's rules that no page can match are left out (site/unused_css.py)."""
    target = site_dir / SITE_STYLESHEET
    *material, ours = parts(site_dir)
    texts = [SOURCE_MAP.sub("", path.read_text(encoding="utf-8")).strip().removeprefix(CHARSET)
             for path in material]
    own = _compact(ours.read_text(encoding="utf-8"))  # Material's files come minified; ours is commented
    texts = pruned(texts, own, used_in_site(site_dir))
    out = [CHARSET + "\n"]
    for path, text in zip([*material, ours], [*texts, own]):
        out.append(f"/* {path.relative_to(site_dir).as_posix()} */\n{text}\n")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(out), encoding="utf-8")
    return target
