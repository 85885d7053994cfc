"""What a built offline bundle is: its metadata file beside the zip, and its sizes."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

METADATA = "bundle.json"  # written beside the zip by `make bundle`
ZIP_PATTERN = "so-tay-nghi-quyet-*-offline.zip"
# Fixed bytes per zip entry besides its name: local header 30, central directory record 46.
ENTRY_OVERHEAD = 30 + 46


@dataclass(frozen=True)
class Bundle:
    file: str
    bytes: int
    sha256: str
    build_date: str  # YYYY-MM-DD


def latest_bundle(out_dir: Path) -> Bundle | None:
    """The bundle described by out_dir/bundle.json, if that zip is there with that size."""
    try:
        bundle = Bundle(**json.loads((out_dir / METADATA).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    path = out_dir / bundle.file
    if not path.is_file() or path.stat().st_size != bundle.bytes:
        return None
    return bundle


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
