"""Build the offline bundle: dist/so-tay-nghi-quyet-<YYYYMMDD>-offline.zip (make bundle).

Usage: python scripts/bundle.py [--out DIR]

The date is the last commit's date (SOURCE_DATE_EPOCH overrides it); two runs on the same
commit give byte-identical zips. Prints the zip's path and sizes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


import properdocs.replacement  # noqa: F401 (mkdocs.* imports, Material's plugins among them, go to ProperDocs)
from properdocs.config import load_config

from nqhandbook.outputs.bundle import CONFIG, BundleError, make_bundle
from nqhandbook.outputs.bundle_stats import bundle_stats

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    site_url = load_config(str(ROOT / CONFIG)).site_url or ""
    try:
        bundle = make_bundle(ROOT, args.out.resolve(), site_url)
    except BundleError as err:
        print(f"bundle: {err}", file=sys.stderr)
        return 1
    stats = bundle_stats(args.out / bundle.file)
    print(f"{args.out / bundle.file}: {stats['zip_bytes']:,} bytes "
          f"({stats['zip_bytes_without_pdfs']:,} without PDFs), {stats['files']} files, "
          f"built {bundle.build_date}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
