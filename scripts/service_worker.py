"""Write the service worker (sw.js) of a built site again, after files were added to it.

Usage: python scripts/service_worker.py [SITE_DIR]     (default: site/)

`mkdocs build` writes sw.js itself (hooks/main.py, on_post_build). Steps that add files to
the built site afterwards (the print PDFs, the staged downloads: `make pages`) run this so
a reader can save those files on request, with their size.
"""

from __future__ import annotations

import sys
from pathlib import Path


from nqhandbook.site.service_worker import precache_stats, write_service_worker

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    site = Path(argv[1]) if len(argv) > 1 else ROOT / "site"
    if not (site / "index.html").is_file():
        print(f"service_worker: {site}/index.html missing: build the site first", file=sys.stderr)
        return 1
    path = write_service_worker(site)
    stats = precache_stats(site)
    print(f"{path}: {stats['files']} files kept offline on a first visit, {stats['bytes']:,} bytes "
          f"({stats['gzip_bytes']:,} compressed); {stats['pages_left_to_visit']} pages kept once opened; "
          f"{stats['on_request_files']} files ({stats['on_request_bytes']:,} bytes) saved on request")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
