"""What an editor's layout slip looks like next to its neighbours: a line indented one
space too many or too few, a "key:value" without the space after the colon.

The parser only says where it stopped ("mapping values are not allowed here"); these
helpers compare that line with the lines above it so the message can name the fix:
"dòng 94 thụt 11 dấu cách, cần 10 như dòng 93".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

# A line that opens structure: optional "- " markers, then an optional `key:`.
_STRUCTURE = re.compile(r"^(?P<indent> *)(?P<dashes>(?:-(?: +|$))*)(?P<key>[A-Za-z_][\w-]*:(?=\s|$))?")
# `key:value` with no space after the colon (a plain ASCII field name, as in the data files).
_NO_SPACE = re.compile(r"^(?P<head> *(?:- +)*[A-Za-z_][\w-]*:)(?P<value>[^\s:/][^\n]*)$")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    indent: int  # spaces before the first "- " or key
    content: int  # column where its keys start (after any "- ")
    dash: bool
    opener: bool  # `key:` with nothing after it: the next line may go deeper

    def levels(self, dash: bool) -> int:
        """The column a sibling of this line starts at: a "- " sibling at the dash, a key at
        the item's keys."""
        return self.indent if (dash and self.dash) else self.content


def _structure(number: int, text: str) -> Line | None:
    stripped = text.lstrip(" ")
    if not stripped or stripped.startswith("#"):
        return None
    match = _STRUCTURE.match(text)
    if not match.group("dashes") and not match.group("key"):
        return None  # a wrapped value or a block of text, not structure
    rest = text[match.end():].split(" #")[0].strip()
    indent = len(match.group("indent"))
    return Line(number, indent, indent + len(match.group("dashes")), bool(match.group("dashes")),
                bool(match.group("key")) and not rest)


@dataclass(frozen=True)
class IndentSlip:
    line: int
    found: int
    wanted: int
    like: int  # the neighbouring line whose indentation is right

    def message(self) -> str:
        return (f"dòng {self.line} thụt {self.found} dấu cách, cần {self.wanted} như dòng {self.like}; "
                "hãy sửa lề cho thẳng hàng với dòng đó (chỉ dùng dấu cách)")


def indent_slip(lines: list[str], number: int) -> IndentSlip | None:
    """The indentation slip on line `number` (1-based), judged by the lines above it: None
    when its indentation matches a sibling or parent, or the line is not structure."""
    if not 1 <= number <= len(lines):
        return None
    here = _structure(number, lines[number - 1])
    if here is None:
        return None
    above = (s for s in (_structure(n, lines[n - 1]) for n in range(number - 1, 0, -1)) if s is not None)
    previous = next(above, None)
    if previous is None:
        return None
    if previous.opener and (here.indent > previous.indent or (here.dash and here.indent == previous.indent)):
        return None  # the first line inside a new group may start at any deeper column
    candidates: list[tuple[int, Line]] = []  # (column a sibling starts at, the line showing it)
    lowest = None
    for line in itertools.chain([previous], above):  # upwards until a line at column 0
        if lowest is not None and line.indent >= lowest:
            continue  # inside an earlier sibling: says nothing about this line
        candidates.append((line.levels(here.dash), line))
        if line.dash and not here.dash:
            candidates.append((line.indent, line))
        lowest = line.indent
        if lowest == 0:
            break
    if any(column == here.indent for column, _ in candidates):
        return None

    def fit(candidate: tuple[int, Line]) -> tuple[int, int, int]:
        column, line = candidate
        same_kind = line.dash == here.dash and column == line.levels(here.dash)
        return abs(column - here.indent), 0 if same_kind else 1, -column

    column, line = min(candidates, key=fit)
    return IndentSlip(number, here.indent, column, line.number)


def missing_space(lines: list[str], first: int, last: int) -> tuple[int, int, str] | None:
    """The first `key:value` line between lines `first` and `last` (1-based): (line, column
    after the colon, the line as it should read)."""
    for number in range(max(first, 1), min(last, len(lines)) + 1):
        match = _NO_SPACE.match(lines[number - 1].rstrip())
        if match:
            fixed = f"{match.group('head')} {match.group('value')}".strip()
            return number, len(match.group("head")) + 1, fixed
    return None
