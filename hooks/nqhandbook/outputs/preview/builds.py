"""A commit's site built in a temporary git worktree, with a given build date.

The build runs ProperDocs (the project's engine) under this Python, in the worktree: each
commit's hooks/main.py imports the package from its own hooks/ folder, so each commit is
built by its own code. Both sides of a comparison get one SOURCE_DATE_EPOCH (BUILD_DATE,
read by older code, is that day in Vietnam), so the build date is never a difference.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from ...layout import UTC_OFFSET_HOURS


class BuildError(Exception):
    """A commit's build or bundle failed; `output` is what the tool wrote to stderr."""

    def __init__(self, rev: str, output: str):
        super().__init__(rev)
        self.rev, self.output = rev, output


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()


def commit_epoch(root: Path, rev: str) -> int:
    return int(git(root, "log", "-1", "--format=%ct", rev))


def build_env(epoch: int) -> dict[str, str]:
    day = dt.datetime.fromtimestamp(epoch, dt.timezone(dt.timedelta(hours=UTC_OFFSET_HOURS))).date().isoformat()
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "BUILD_DATE": day, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_URL", None)
    return env


def build(root: Path, rev: str, folder: Path, config: str, epoch: int) -> Path:
    """Check `rev` out into folder/tree (left there for remove_worktrees) and build it
    into folder/site; the site folder."""
    tree = folder / "tree"
    git(root, "worktree", "add", "--detach", "-f", str(tree), rev)
    site = folder / "site"
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-q", "-f", config,
                             "-d", str(site)], cwd=tree, capture_output=True, text=True, env=build_env(epoch))
    if result.returncode != 0:
        raise BuildError(rev, result.stderr)
    return site


def remove_worktrees(root: Path, *folders: Path) -> None:
    for folder in folders:
        if (folder / "tree").exists():
            git(root, "worktree", "remove", "--force", str(folder / "tree"))
