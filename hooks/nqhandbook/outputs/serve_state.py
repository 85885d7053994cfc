"""`make serve` (mkdocs serve) with broken data: keep the last good site with a Vietnamese
banner listing the problems (overrides/partials/data-errors.html), or, before any good
build, make every generated page of the menu a list of the problems. The next good save
recovers. `mkdocs build` never comes here: it stops with the problems and writes nothing.

MkDocs re-imports hooks/main.py for every rebuild, so what must survive a rebuild (the
serving flag, the last good hook state) lives in this module, imported once per process.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path

from ..data.problems import DataError
from ..pages.render import render_serve_errors
from ..site.generated_files import encoded_all
from .site_build import Generated, SiteSettings

serving = False  # set by hooks/main.py on_startup(command="serve")
last_good: dict | None = None  # the hook state of the last build whose data was valid


def remember(state: dict) -> None:
    global last_good
    if serving:
        last_good = _copy(state)


def _copy(state: dict) -> dict:
    """A hook state whose file map is its own: the engine takes a build's files from its state
    (Generated.take_files), and the last good one must still have them for the next rebuild."""
    return dict(state, generated=replace(state["generated"], files=dict(state["generated"].files)))


def state_for_broken_data(config, err: DataError, root: Path) -> dict:
    """The hook state to serve instead of failing; marks the config for the banner."""
    print("Dữ liệu chưa hợp lệ, trang đang hiện bản đúng gần nhất:\n" + err.report(), file=sys.stderr)
    config.extra["data_errors"] = [str(p) for p in err.problems]
    if last_good is not None:
        return _copy(last_good)
    links = config.validation.links  # pages the missing data would have made are absent
    links.not_found = links.anchors = links.unrecognized_links = logging.INFO
    config.validation.nav.not_found = logging.INFO
    pages = render_serve_errors(err.problems, nav_paths(config.nav or []), root / config.docs_dir)
    files = encoded_all((page.src_uri, page.content) for page in pages)
    generated = Generated(files, {}, {page.src_uri: page.edit_path for page in pages}, {})
    return {"generated": generated, "settings": SiteSettings(), "error_pages": True}


def nav_paths(nav) -> list[str]:
    paths = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        paths += nav_paths(value) if isinstance(value, list) else [value]
    return paths
