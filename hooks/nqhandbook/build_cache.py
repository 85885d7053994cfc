"""Work one build leaves for the next: results that depend only on inputs that seldom change
between two builds, kept in the project's .cache/nqhandbook/ and found by a digest of
everything they depend on. At 16 resolutions they are about 0.4 s of the build's CPU
(issue 13: the build against plain ProperDocs on the same Markdown):

- the compiled templates: Jinja's own bytecode cache, which checks each template's source,
  in a folder per Jinja version and environment settings (pages/templating.py);
- Material's stylesheet pruned for the site, and the names the site's scripts spell
  (site/unused_css.py);
- the JSON Schema texts, by pydantic's version and the data layer's code (data/json_schema.py);
- the gzip size of each file a phone may keep offline, by its content (site/precache.py);
- the content history `git log` gives, by the commit HEAD names (data/history.py).

The data is never kept: every build loads and checks every file.

Only a build keeps anything: hooks/main.py sets the folder; tests, scripts and the package
used as a library keep nothing. A missing, unreadable or damaged entry is computed again,
and a folder that cannot be written costs the speed, never the build. `make clean` removes
the folder. (What is kept is read as code, as .pyc files are: whoever can write the folder
can already edit the hooks.)
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import jinja2

FOLDER = ".cache/nqhandbook"  # under the project's root
KEPT_PER_KIND = 8  # entries of one kind (the online and the offline site each have theirs)
_folder: list[Path] = []  # the folder while a build keeps its work; empty otherwise
T = TypeVar("T")


def use(folder: Path | None) -> None:
    """Keep work in `folder` from now on (None: keep nothing)."""
    _folder[:] = [folder] if folder else []


def folder() -> Path | None:
    return _folder[0] if _folder else None


def digest(*parts: str | bytes) -> str:
    """One hex digest of the parts, each length-prefixed (so ("ab", "c") != ("a", "bc"))."""
    found = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        found.update(len(data).to_bytes(8, "big"))
        found.update(data)
    return found.hexdigest()


def load(kind: str, key: str) -> object | None:
    """The JSON value kept under kind/key, or None: nothing kept, missing or damaged."""
    if not _folder:
        return None
    try:
        return json.loads((_folder[0] / kind / f"{key}.json").read_bytes())
    except (OSError, ValueError):
        return None


def store(kind: str, key: str, value: object) -> None:
    """Keep `value` (JSON) under kind/key; the oldest entries of the kind beyond
    KEPT_PER_KIND go. Nothing happens when no folder is set or it cannot be written."""
    if not _folder:
        return
    path = _folder[0] / kind / f"{key}.json"
    try:
        _write(path, json.dumps(value, ensure_ascii=False).encode("utf-8"))
        others = sorted((entry for entry in path.parent.glob("*.json") if entry != path),
                        key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
        for old in others[KEPT_PER_KIND - 1:]:
            old.unlink()
    except OSError:
        pass


def remembered(kind: str, key: Callable[[], str], make: Callable[[], T], valid: Callable[[object], bool]) -> T:
    """make(), or the value kept under kind/key() when `valid` accepts it (JSON values only;
    the key is worked out only when a folder is set)."""
    if not _folder:
        return make()
    found = key()
    kept = load(kind, found)
    if kept is not None and valid(kept):
        return kept
    value = make()
    store(kind, found, value)
    return value


def templates(settings: str) -> jinja2.BytecodeCache | None:
    """A bytecode cache for an environment whose compiled code depends on `settings` (its
    options and the names of its filters and tests), or None when nothing is kept."""
    if not _folder:
        return None
    return _Templates(str(_folder[0] / f"templates-{digest(jinja2.__version__, settings)[:16]}"), "%s.cache")


class _Templates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache (an entry is used only when its template's source is unchanged), made
    quiet: a damaged entry is compiled again, a folder that cannot be written is skipped."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # Jinja reads an entry's checksum with pickle, which can raise almost any error on a
        # damaged file: each one means "compile it again".
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename: a build running beside this one never
    reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
