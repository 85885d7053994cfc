"""Internal link and anchor check of a built site (after `make build` or `make pages`).

Usage: python scripts/check_links.py [SITE_DIR]     (default: site/)

Prints every broken link as `page: link (reason)` and exits 1 if there is any. The site's
published address (its canonical link) counts as internal; other hosts are not fetched.
"""

from __future__ import annotations

import sys
from pathlib import Path

from quality.links import broken_links


def main(argv: list[str]) -> int:
    site = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "site"
    if not (site / "index.html").is_file():
        print(f"{site}/index.html: build the site first (make build)", file=sys.stderr)
        return 2
    broken = broken_links(site)
    for item in broken:
        print(f"{item.source}: {item.link} ({item.reason})", file=sys.stderr)
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"{len(broken)} broken internal links in {pages} pages of {site}.")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
