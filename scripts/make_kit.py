"""Print the propaganda kit of every resolution into dist/kit/ (`make kit`).

Usage: python scripts/make_kit.py [--only 11-NQ/TU ...] [--out DIR]   (default: dist/kit)

Leaflet and poster PDFs, the poster PNG and the contest set PDFs come from headless
Chromium (Debian's chromium, as scripts/make_pdfs.py); share images from Pillow with
DejaVu Sans. The build (hooks/main.py) copies dist/kit/ into the site under bo-tai-lieu/
and the kit pages show each file's size; run this before `make build`, `make pages`
or `make bundle`. A panel whose text overflows stops the run with the resolution named.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright


from nqhandbook.data.load import load_dataset
from nqhandbook.outputs.kit.audit import audit
from nqhandbook.outputs.kit.content import kit_contents
from nqhandbook.outputs.kit.files import DIST_KIT
from nqhandbook.outputs.kit.printer import PanelOverflowError, write_kit
from nqhandbook.data.problems import DataError
from quality.browser import launch

ROOT = Path(__file__).resolve().parents[1]


def site_url() -> str:
    import os  # noqa: PLC0415

    if os.environ.get("SITE_URL"):
        return os.environ["SITE_URL"]
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("site_url:"):
            return line.split('"')[1]
    return ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / DIST_KIT))
    parser.add_argument("--only", nargs="*", default=None, help="số hiệu nghị quyết, ví dụ 11-NQ/TU")
    args = parser.parse_args()
    try:
        dataset = load_dataset(ROOT)
    except DataError as err:
        print("Dữ liệu chưa hợp lệ, chưa in bộ tài liệu:\n" + err.report(), file=sys.stderr)
        return 1
    contents = kit_contents(dataset, site_url())
    if args.only:
        contents = [c for c in contents if c.number in args.only]
    problems = audit(dataset, ROOT, contents)
    if problems:
        print("Chưa in bộ tài liệu: có số không tìm thấy trong dữ liệu\n" + "\n".join(problems), file=sys.stderr)
        return 1
    out = Path(args.out)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    with sync_playwright() as pw:
        browser = launch(pw)
        try:
            paths = write_kit(browser, dataset, contents, tmp)
        except PanelOverflowError as err:
            print(f"Chưa in được bộ tài liệu: {err}", file=sys.stderr)
            return 1
        finally:
            browser.close()
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"Bộ tài liệu: {len(paths)} tệp, {total // 1024} KB trong {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
