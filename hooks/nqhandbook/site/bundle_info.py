"""The offline bundle as the download page sees it: the metadata `make bundle` writes beside the zip."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..layout import BUNDLE_METADATA as METADATA


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
