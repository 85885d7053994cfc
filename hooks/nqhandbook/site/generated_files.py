"""Generated pages and data files, written to one build's temporary folder.

The hook hands the engine these files by path, as it would find files in docs/, instead of
holding every page and data file in memory for the whole build (peak memory at 2,000
resolutions, `make bench`).
"""

from __future__ import annotations

from pathlib import Path


def write_generated(folder: Path, contents: dict[str, str | bytes]) -> dict[str, Path]:
    """Write each file (site path -> text or bytes) under `folder`; site path -> file."""
    written = {}
    for uri, content in contents.items():
        path = Path(folder, uri)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        written[uri] = path
    return written
