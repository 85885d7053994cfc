"""Sizes of a built offline bundle (scripts/bundle.py prints them, `make bench` budgets them)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..site.bundle_info import latest_bundle

# Fixed bytes per zip entry besides its name: local header 30, central directory record 46.
ENTRY_OVERHEAD = 30 + 46


def bundle_stats(path: Path) -> dict[str, int]:
    """Sizes in bytes of a bundle (the zip, or the folder holding bundle.json and the zip).

    `zip_bytes_without_pdfs` is what the zip would weigh without its handouts: the budget
    (1 MB for the 16-resolution site) is set on that figure.
    """
    if path.is_dir():
        bundle = latest_bundle(path)
        if bundle is None:
            raise FileNotFoundError(f"no bundle in {path}: run `make bundle`")
        path = path / bundle.file
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
    pdfs = [e for e in entries if e.filename.lower().endswith(".pdf")]
    pdf_zip_bytes = sum(e.compress_size + ENTRY_OVERHEAD + 2 * len(e.filename.encode()) for e in pdfs)
    zip_bytes = path.stat().st_size
    return {
        "zip_bytes": zip_bytes,
        "zip_bytes_without_pdfs": zip_bytes - pdf_zip_bytes,
        "uncompressed_bytes": sum(e.file_size for e in entries),
        "files": len(entries),
        "pdf_files": len(pdfs),
        "pdf_bytes": sum(e.file_size for e in pdfs),
    }
