"""References inside one resolution file, checked on the parsed YAML itself: a source id
in `sources:` lists, `of:` (a related document), `learning.key_targets` (a target id) and a
result's `caveats:` (a note id).

They run on the plain data, not the model, so a file that fails the schema or parses only
in part (Parsed.broken) still gets its reference mistakes in the same `make check` run.
Each message ends with the fix: the nearest defined ids and where they are defined.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from .problems import Problem, field_path
from .safety import shown
from .yaml_source import Parsed, locate


def _walk(value: object, loc: tuple = ()) -> Iterator[tuple[tuple, object]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield loc + (key,), item
            yield from _walk(item, loc + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, loc + (index,))


def _ids(items: object) -> list[str]:
    if not isinstance(items, list):
        return []
    return [item["id"] for item in items if isinstance(item, dict) and isinstance(item.get("id"), str)]


_LOOKALIKES = str.maketrans("OoIl", "0011")


def _plain(name: str) -> str:
    """The id with letters that look like digits read as digits (O -> 0, I/l -> 1)."""
    return name.translate(_LOOKALIKES).casefold()


def fix_hint(wrong: str, defined: list[str], what: str, where: str, line: int | None) -> str:
    """'có phải ý bạn là "S3"?' or the defined ids, then where they are defined."""
    at = f"{where} (dòng {line})" if line else where
    lookalike = [name for name in defined if _plain(name) == _plain(wrong)]  # "S1O" for "S10"
    close = (lookalike + [name for name in difflib.get_close_matches(wrong, defined, n=3, cutoff=0.5)
                          if name not in lookalike])[:3]
    if close:
        quoted = [f'"{name}"' for name in close]
        names = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " hoặc " + quoted[-1]
        return f"có phải ý bạn là {names}? {what} được khai báo ở {at}"
    if defined:
        listed = ", ".join(defined[:12]) + (", …" if len(defined) > 12 else "")
        return f"các mã đã khai báo ở {at}: {listed}; sửa mã hoặc khai báo thêm ở đó"
    return f"tệp chưa khai báo {what.lower()} nào; thêm vào {where}"


def reference_problems(path: str, parsed: Parsed) -> list[Problem]:
    data = parsed.data
    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []

    def line_of(key: str) -> int | None:
        return locate(parsed.node, (key,), point_at_key=True)[0] if key in data else None

    def add(loc: tuple, message: str) -> None:
        line, col = locate(parsed.node, loc)
        problems.append(Problem(path, line, col, field_path(loc), message))

    checks = []  # (does this location refer?, defined ids, message, what, where, line); `what`
    # None: the message holds its own hint
    if "sources" not in parsed.broken and isinstance(data.get("sources", []), list):
        checks.append((lambda loc: loc[-1] in ("sources", "identity_sources") and loc != ("sources",),
                       _ids(data.get("sources")), 'nguồn "{}" không có trong danh sách sources của tệp',
                       "Nguồn", "mục sources", line_of("sources")))
    if "related_documents" not in parsed.broken:
        checks.append((lambda loc: loc[-1] == "of", _ids(data.get("related_documents")),
                       '"{}" không có trong related_documents', "Văn bản liên quan",
                       "mục related_documents", line_of("related_documents")))
    targets = data.get("targets")
    if "targets" not in parsed.broken and not (isinstance(targets, dict) and "items" in targets
                                               and not isinstance(targets["items"], list)):
        items = targets.get("items") if isinstance(targets, dict) else None
        checks.append((lambda loc: loc == ("learning", "key_targets"), _ids(items),
                       'không có chỉ tiêu mã "{}"', "Chỉ tiêu", "mục targets", line_of("targets")))
    if "caveats" not in parsed.broken and isinstance(data.get("caveats", []), list):
        notes = _ids(data.get("caveats"))
        listing = (f"các mã đã có: {', '.join(notes)}" if notes
                   else "chưa lưu ý nào có mã; thêm id: L1 cho lưu ý ấy trong mục caveats")
        checks.append((lambda loc: len(loc) == 4 and loc[0] == "results" and loc[-1] == "caveats", notes,
                       f'không có lưu ý mã "{{}}" trong mục caveats ({listing})', None, "", None))

    for loc, value in _walk(data):
        for refers, defined, message, what, where, line in checks:
            if not refers(loc):
                continue
            wrong = [(loc + (index,), item) for index, item in enumerate(value)] if isinstance(value, list) \
                else [(loc, value)]
            for here, name in wrong:
                if isinstance(name, str) and name not in defined:
                    hint = "; " + fix_hint(name, defined, what, where, line) if what else ""
                    add(here, message.format(shown(name, 80)) + hint)
    return problems
