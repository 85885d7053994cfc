"""Generated pages and data files, written to one build's temporary folder.

The hook hands the engine these files by path, as it would find files in docs/, instead of
holding every page and data file in memory for the whole build (peak memory at 2,000
resolutions, `make bench`). `GeneratedFolder` writes each file as soon as it is made, so
that the build never holds them all at once either. The folder is flat (the engine reads a
generated file by its path, and knows it by its site path): one file for each site path and
no folder (at 160 resolutions the site paths would need 660 folders for 1,150 files).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# Text chunks are joined before each write, one write per about this many characters: a
# chunk may be a few characters (a JSON encoder's piece) or a whole resolution's JSON text.
CHARS_PER_WRITE = 1 << 20

Content = str | bytes | Iterable[str]  # an iterable of str: text written chunk by chunk


class GeneratedFolder:
    """Files written under `folder` as they come; `files` maps each site path to its file."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.files: dict[str, Path] = {}

    def write(self, uri: str, content: Content) -> Path:
        # A number makes the name unique; the site path's last part keeps it readable.
        path = self.files.get(uri) or self.folder / f"{len(self.files)}-{uri.rsplit('/', 1)[-1]}"
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_bytes(content.encode("utf-8"))
        else:
            _write_chunks(path, content)
        self.files[uri] = path
        return path

    def write_all(self, contents: dict[str, Content] | Iterable[tuple[str, Content]]) -> dict[str, Path]:
        """Write every (site path, content); site path -> file for these files only."""
        items = contents.items() if isinstance(contents, dict) else contents
        return {uri: self.write(uri, content) for uri, content in items}


def _write_chunks(path: Path, chunks: Iterable[str]) -> None:
    """Text given in pieces (a JSON encoder's output), written without joining it all."""
    with path.open("w", encoding="utf-8", newline="") as out:
        pending: list[str] = []
        size = 0
        for chunk in chunks:
            pending.append(chunk)
            size += len(chunk)
            if size >= CHARS_PER_WRITE:
                out.write("".join(pending))
                pending.clear()
                size = 0
        out.write("".join(pending))


def write_generated(folder: Path, contents: dict[str, Content]) -> dict[str, Path]:
    """Write each file (site path -> text, bytes or text chunks) under `folder`; site path -> file."""
    return GeneratedFolder(folder).write_all(contents)
