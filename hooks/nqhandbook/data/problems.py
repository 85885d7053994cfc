"""A data problem, printed as `file:line:col: field.path: message` (message in Vietnamese)."""

from __future__ import annotations

from dataclasses import dataclass

from .safety import shown

ERROR = "error"  # stops the build
WARNING = "warning"  # listed by make check, as a GitHub annotation and on the status page
SEVERITY_LABELS = {ERROR: "lỗi", WARNING: "cảnh báo"}


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    field: str
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        """`file:line:col: field: message [lỗi]` (or `[cảnh báo]`), one line, safe for a
        terminal or CI log: control characters shown as <U+XXXX> (no escape sequence, no
        second line starting "::error"), long parts cut with "…"."""
        path, field, message = shown(self.path), shown(self.field), shown(self.message, 600)
        where = f"{path}:{self.line}:{self.col}"
        text = f"{message} [{SEVERITY_LABELS[self.severity]}]"
        return f"{where}: {field}: {text}" if field else f"{where}: {text}"


class DataError(Exception):
    """Raised with every problem found, across all data files."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(self.report())

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    def report(self) -> str:
        errors = self.errors
        files = len({p.path for p in errors})
        lines = [str(p) for p in self.problems]
        summary = f"Có {len(errors)} lỗi trong {files} tệp dữ liệu"
        if self.warnings:
            summary += f" và {len(self.warnings)} cảnh báo"
        lines.append(summary + ". Chưa có tệp nào bị thay đổi.")
        return "\n".join(lines)


def field_path(loc: tuple) -> str:
    """('targets', 'items', 1, 'year') -> 'targets.items[1].year'."""
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out
