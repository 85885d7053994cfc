"""Links from the offline bundle to files left out of it point at the online site instead.

The bundle leaves out big files few offline readers need (the JSON open data); a page's
link to one of them would otherwise open a "file not found" error.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

# A relative link: no scheme, query or fragment; MkDocs writes href values in double quotes.
RELATIVE_HREF = re.compile(r'\bhref="([^":?#]+)"')


def link_online(site_dir: Path, left_out: set[str], site_url: str) -> int:
    """Point links to `left_out` files at `site_url` + path; return how many were changed."""
    if not site_url or not left_out:
        return 0
    changed = 0
    for page in sorted(site_dir.rglob("*.html")):
        folder = posixpath.dirname(page.relative_to(site_dir).as_posix())
        text = page.read_text(encoding="utf-8")

        def online(match: re.Match, folder: str = folder) -> str:
            nonlocal changed
            target = posixpath.normpath(posixpath.join(folder, match.group(1)))
            if target not in left_out:
                return match.group(0)
            changed += 1
            return f'href="{site_url}{target}"'

        new_text = RELATIVE_HREF.sub(online, text)
        if new_text != text:
            page.write_text(new_text, encoding="utf-8")
    return changed
