"""A data problem, printed as `file:line:col: field.path: message` (message in Vietnamese)."""

from __future__ import annotations

from dataclasses import dataclass

from .safety import shown


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    field: str
    message: str

    def __str__(self) -> str:
        """One line, safe for a terminal or CI log: control characters shown as <U+XXXX>
        (no escape sequence, no second line starting "::error"), long parts cut with "…"."""
        path, field, message = shown(self.path), shown(self.field), shown(self.message, 600)
        where = f"{path}:{self.line}:{self.col}"
        return f"{where}: {field}: {message}" if field else f"{where}: {message}"


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
