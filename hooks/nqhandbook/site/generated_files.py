"""Generated pages and data files, written to one build's temporary folder.

The hook hands the engine these files by path, as it would find files in docs/, instead of
holding every page and data file in memory for the whole build (peak memory at 2,000
resolutions, `make bench`). `GeneratedFolder` writes each file as soon as it is made, so
that the build never holds them all at once either. The folder is flat (the engine reads a
generated file by its path, and knows it by its site path): one file for each site path and
no folder (at 160 resolutions the site paths would need 660 folders for 1,150 files).

A folder may keep small files in memory up to a budget (`in_memory`), handed to the engine
as content: creating, reading and deleting a file costs more than its bytes. The build keeps
IN_MEMORY_BUDGET; beyond it every file goes to disk, so memory at scale grows by that much
at most.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# Text chunks are joined before each write, one write per about this many characters: a
# chunk may be a few characters (a JSON encoder's piece) or a whole resolution's JSON text.
CHARS_PER_WRITE = 1 << 20
# The build's budget (outputs/site_build.py): at 16 resolutions about 100 of 130 files, which
# on disk cost 0.05 s of CPU to create, read and delete; 2 MiB more at 160 and 2,000.
IN_MEMORY_BUDGET = 2 << 20
SMALL_FILE = 64 << 10  # a larger file always goes to disk

Content = str | bytes | Iterable[str]  # an iterable of str: text written chunk by chunk


class GeneratedFolder:
    """Files written under `folder` as they come; `files` maps each site path to its file,
    or to its bytes for a small file kept in memory (at most `in_memory` bytes in all)."""

    def __init__(self, folder: Path, in_memory: int = 0):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.files: dict[str, Path | bytes] = {}
        self.memory_left = in_memory
        self._names = 0  # files named so far on disk

    def write(self, uri: str, content: Content) -> Path | bytes:
        previous = self.files.get(uri)
        if isinstance(previous, bytes):  # written again: its room in memory is free again
            self.memory_left += len(previous)
        data = content.encode("utf-8") if isinstance(content, str) else content
        if isinstance(data, bytes) and len(data) < SMALL_FILE and len(data) <= self.memory_left:
            self.memory_left -= len(data)
            self.files[uri] = data
            return data
        path = previous if isinstance(previous, Path) else self._new_path(uri)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            _write_chunks(path, data)
        self.files[uri] = path
        return path

    def _new_path(self, uri: str) -> Path:
        """A number makes the name unique; the site path's last part keeps it readable."""
        self._names += 1
        return self.folder / f"{self._names - 1}-{uri.rsplit('/', 1)[-1]}"

    def write_all(self, contents: dict[str, Content] | Iterable[tuple[str, Content]]) -> dict[str, Path | bytes]:
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


def engine_source(source: Path | bytes) -> dict:
    """How the engine takes a generated file: File.generated(config, uri, **engine_source(...))."""
    return {"content": source} if isinstance(source, bytes) else {"abs_src_path": str(source)}
