"""Sizes of the printed kit for `make bench` (budgets in scripts/quality/budgets.py)."""

from __future__ import annotations

from pathlib import Path

from .files import DIST_KIT, LEAFLET_PDF, LEARNING_SHARE_PNG, POSTER_PDF, POSTER_PNG, SHARE_PNG

KINDS = {"leaflet_pdf": (LEAFLET_PDF,), "poster_pdf": (POSTER_PDF,), "poster_png": (POSTER_PNG,),
         "share_png": (SHARE_PNG, LEARNING_SHARE_PNG)}


def kit_sizes(root: Path) -> dict | None:
    """Per kind: file count, largest and total bytes (the largest file names its resolution)."""
    base = root / DIST_KIT
    if not base.is_dir():
        return None
    out = {}
    for kind, names in KINDS.items():
        files = [p for name in names for p in base.glob(f"*/{name}")]
        largest = max(files, key=lambda p: p.stat().st_size) if files else None
        out[kind] = {"files": len(files), "max_bytes": largest.stat().st_size if largest else None,
                     "max_file": largest.relative_to(base).as_posix() if largest else "",
                     "total_bytes": sum(p.stat().st_size for p in files)}
    out["total_bytes"] = sum(p.stat().st_size for p in base.rglob("*") if p.is_file())
    return out
