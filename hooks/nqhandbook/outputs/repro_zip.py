"""Byte-for-byte reproducible zip files: the same files give the same zip on any machine.

Fixed entry order, timestamps, permissions, creator system and compression level; no
directory entries and no extra fields (which would carry the file system's own times).
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

DOS_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can hold
FILE_MODE = 0o100644  # regular file, rw-r--r--
UNIX = 3


def entry_time(epoch: int, utc_offset_hours: int) -> tuple[int, int, int, int, int, int]:
    """The local wall-clock time stored in zip entries (zip times have no time zone)."""
    local = time.gmtime(max(epoch, DOS_EPOCH) + utc_offset_hours * 3600)
    return local.tm_year, local.tm_mon, local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec - local.tm_sec % 2


def write_zip(zip_path: Path, source_dir: Path, names: list[str], date_time: tuple) -> None:
    """Zip `names` (POSIX paths relative to `source_dir`) in the given order."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w") as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = UNIX
            info.external_attr = FILE_MODE << 16
            archive.writestr(info, (source_dir / name).read_bytes(), compresslevel=9)


def entry_order(names: list[str], first: tuple[str, ...]) -> list[str]:
    """`first` (those present) in that order, then every other name sorted."""
    head = [name for name in first if name in names]
    return head + sorted(set(names) - set(head))
