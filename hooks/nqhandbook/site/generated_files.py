"""Generated pages and data files, held as bytes from when they are made until the engine
takes them, and then let go.

No temporary folder: writing every file there only for the engine to read it back, or copy
it, cost more than the rest of the hook's file work (at 2,000 resolutions 14,000 files and
490 MB: about 6 s of CPU, `make bench`). Instead:
- a page goes to the engine as content (`engine_source`); the engine reads it once into its
  own text, and `release` then drops the bytes, which the engine's File would otherwise
  keep to the end of the build;
- any other file is written by the hook straight to its place in the site folder, once the
  engine has cleaned it (`engine_source`, in on_files), and handed over by that path: the
  engine leaves a file that is already where it belongs (its copy step is then a no-op).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

# Text given in pieces (a JSON encoder's output) is encoded about this many characters at a
# time: a piece may be a few characters or a whole resolution's JSON text, and the text of
# the largest file (all resolutions, 110 MB at 2,000) is never held twice.
CHARS_PER_WRITE = 1 << 20

Content = str | bytes | Iterable[str]  # an iterable of str: text made piece by piece


def encoded(content: Content) -> bytes:
    """A file's bytes: text as UTF-8, bytes as they are."""
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode("utf-8")
    out = io.BytesIO()  # its value is handed over without a copy
    pending: list[str] = []
    size = 0
    for chunk in content:
        pending.append(chunk)
        size += len(chunk)
        if size >= CHARS_PER_WRITE:
            out.write("".join(pending).encode("utf-8"))
            pending.clear()
            size = 0
    out.write("".join(pending).encode("utf-8"))
    return out.getvalue()


def encoded_all(contents: dict[str, Content] | Iterable[tuple[str, Content]]) -> dict[str, bytes]:
    """Site path -> bytes of every (site path, content), each encoded as it comes."""
    items = contents.items() if isinstance(contents, dict) else contents
    return {uri: encoded(content) for uri, content in items}


def is_page(uri: str) -> bool:
    return uri.endswith(".md")


def engine_source(uri: str, source: Path | bytes, site_dir: Path) -> dict:
    """How the engine takes a file: File.generated(config, uri, **engine_source(...)), called
    after the engine has cleaned `site_dir`. A generated file other than a page is written to
    its place there now."""
    if isinstance(source, Path):
        return {"abs_src_path": str(source)}
    if is_page(uri):
        return {"content": source}
    target = site_dir / uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source)
    return {"abs_src_path": str(target)}


def release(file) -> None:
    """Drop a generated page's bytes once the engine has read them (the engine's File, duck
    typed: this layer never imports mkdocs). A page read from docs/ has a path, and no bytes
    to drop."""
    if file.abs_src_path is None:
        file.content_bytes = b""
