"""Content history from git: the last change and recent changes of each data file.

Read once per build with a single `git log`, or taken from the last build while HEAD names
the same commit (nqhandbook.build_cache). Without git or without history (a source
archive, a shallow copy), everything is empty and pages fall back to the build date.

Readers see only editors' notes, never developers' commit subjects: a change counts as
content history when its subject is written the way CONTRIBUTING teaches editors
("11-NQ/TU: thêm kết quả lượt khách năm 2024"), naming the resolution of that file, in
Vietnamese.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .. import build_cache

RECORD, UNIT = "\x1e", "\x1f"
FORMAT = f"--format={RECORD}%cs{UNIT}%s"
COMMIT_ID = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")  # SHA-1 or SHA-256
# "11-NQ/TU: note", "9-NQ/TU : note"; the number is compared as a number (09 == 9).
NOTE_SUBJECT = re.compile(r"^(\d{1,3})-NQ/TU\s*:\s*(\S.*)$")
# Readers' notes are Vietnamese; developers write commit subjects in English, even when
# they start one with a resolution number. A note needs one letter that only Vietnamese
# uses (đ, ư, ơ, or a vowel with a tone mark), so "11-NQ/TU: keep sources" stays out.
VIETNAMESE_LETTER = re.compile(r"[đĐưƯơƠàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                               r"ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴăâêôĂÂÊÔ]")


@dataclass(frozen=True)
class Change:
    date: str  # YYYY-MM-DD (committer date)
    subject: str


def read_history(root: Path, paths: tuple[str, ...] = ("data", "docs")) -> dict[str, list[Change]]:
    """File path -> its changes, newest first. A build takes what the last build read while
    HEAD names the same commit (build_cache: the `git log` costs 0.02 s of CPU with 350
    commits, and grows with them)."""
    def git_log() -> str:
        return subprocess.run(["git", "log", FORMAT, "--name-only", "--", *paths], cwd=root, capture_output=True,
                              text=True, encoding="utf-8", timeout=30, check=True).stdout

    head = _head(root)
    try:  # a failed git log raises: nothing is kept for it
        out = build_cache.remembered("git-history", lambda: build_cache.digest(head, FORMAT, *paths), git_log,
                                     lambda kept: isinstance(kept, str)) if head else git_log()
    except (OSError, subprocess.SubprocessError):
        return {}
    history: dict[str, list[Change]] = {}
    for record in out.split(RECORD)[1:]:
        header, _, names = record.partition("\n")
        date, _, subject = header.partition(UNIT)
        for name in filter(None, (line.strip() for line in names.splitlines())):
            history.setdefault(name, []).append(Change(date, subject))
    return history


def _head(root: Path) -> str | None:
    """What the history depends on, read from .git without running git: the commit HEAD
    names, and a shallow clone's boundary. None when .git is not a plain folder (a worktree)
    or HEAD cannot be read this simply: git is asked then, and nothing is kept."""
    git = root / ".git"
    try:
        head = (git / "HEAD").read_text(encoding="ascii").strip()
        if head.startswith("ref: "):
            ref = head.removeprefix("ref: ")
            loose = git / ref
            head = loose.read_text(encoding="ascii").strip() if loose.is_file() else _packed_ref(git, ref)
        limits = [(git / name).read_bytes() for name in ("shallow", "info/grafts") if (git / name).is_file()]
    except (OSError, UnicodeError):
        return None
    return build_cache.digest(head, *limits) if COMMIT_ID.fullmatch(head) else None


def _packed_ref(git: Path, ref: str) -> str:
    for line in (git / "packed-refs").read_text(encoding="ascii").splitlines():
        commit, _, name = line.partition(" ")
        if name == ref:
            return commit
    return ""


def content_notes(changes: list[Change], number: str) -> list[Change]:
    """The editors' notes among a data file's changes (newest first), for the resolution
    numbered `number` ("11-NQ/TU"), with the number taken off the front."""
    own = int(number.split("-", 1)[0])
    notes = []
    for change in changes:
        match = NOTE_SUBJECT.match(change.subject.strip())
        if match and int(match.group(1)) == own and VIETNAMESE_LETTER.search(match.group(2)):
            notes.append(Change(change.date, match.group(2).strip()))
    return notes
