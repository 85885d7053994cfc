"""Put the downloads into the built site at stable addresses (last step of `make pages`).

  dist/so-tay-nghi-quyet-<YYYYMMDD>-offline.zip (newest)  ->  site/tai-ve/so-tay-nghi-quyet-offline.zip

The print PDFs are made into site/pdf/ by their own step and are listed here. A missing
download is reported as a warning, not an error, so the site itself still deploys.

Usage: python scripts/stage_downloads.py [--root PROJECT_ROOT]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ZIP_GLOB = "so-tay-nghi-quyet-*-offline.zip"
STABLE_ZIP = "tai-ve/so-tay-nghi-quyet-offline.zip"
PDF_DIR = "pdf"


def newest_zip(dist: Path) -> Path | None:
    """The newest offline zip in dist/ (names carry the build date, so they sort by date)."""
    zips = sorted(dist.glob(ZIP_GLOB))
    return zips[-1] if zips else None


def stage(root: Path) -> list[str]:
    """Copy the downloads into root/site; return warnings for what is missing."""
    site = root / "site"
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"{site}/index.html: build the site first (make build)")
    warnings = []
    source = newest_zip(root / "dist")
    if source is None:
        warnings.append(f"no dist/{ZIP_GLOB}: the offline zip is not published (make bundle)")
    else:
        target = site / STABLE_ZIP
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        print(f"{STABLE_ZIP} <- dist/{source.name} ({target.stat().st_size:,} bytes)")
    pdfs = sorted((site / PDF_DIR).glob("*.pdf"))
    if pdfs:
        print(f"{PDF_DIR}/: {len(pdfs)} PDF ({sum(p.stat().st_size for p in pdfs):,} bytes)")
    else:
        warnings.append(f"no site/{PDF_DIR}/*.pdf: the print PDFs are not published (make pdf)")
    return warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    try:
        warnings = stage(args.root)
    except FileNotFoundError as err:
        print(f"stage_downloads: {err}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
