"""A data problem, printed as `file:line:col: field.path: message` (message in Vietnamese)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class DataError(Exception):
    """Raised with every problem found, across all data files."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(self.report())

    def report(self) -> str:
        files = len({p.path for p in self.problems})
        lines = [str(p) for p in self.problems]
        lines.append(f"Có {len(self.problems)} lỗi trong {files} tệp dữ liệu. Chưa có tệp nào bị thay đổi.")
        return "\n".join(lines)


def field_path(loc: tuple) -> str:
    """('targets', 'items', 1, 'year') -> 'targets.items[1].year'."""
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out
