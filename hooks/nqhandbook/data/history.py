"""Content history from git: the last change and recent changes of each data file.

Read once per build with a single `git log`. Without git or without history (a source
archive, a shallow copy), everything is empty and pages fall back to the build date.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

RECORD, UNIT = "\x1e", "\x1f"


@dataclass(frozen=True)
class Change:
    date: str  # YYYY-MM-DD (committer date)
    subject: str


def read_history(root: Path, paths: tuple[str, ...] = ("data", "docs")) -> dict[str, list[Change]]:
    """File path -> its changes, newest first."""
    try:
        out = subprocess.run(
            ["git", "log", f"--format={RECORD}%cs{UNIT}%s", "--name-only", "--", *paths],
            cwd=root, capture_output=True, text=True, encoding="utf-8", timeout=30, check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    history: dict[str, list[Change]] = {}
    for record in out.split(RECORD)[1:]:
        header, _, names = record.partition("\n")
        date, _, subject = header.partition(UNIT)
        for name in filter(None, (line.strip() for line in names.splitlines())):
            history.setdefault(name, []).append(Change(date, subject))
    return history

