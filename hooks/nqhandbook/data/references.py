"""References inside one resolution file, checked on the parsed YAML itself: a source id
in `sources:` lists, `of:` (a related document), `learning.key_targets` (a target id) and a
result's `caveats:` (a note id).

They run on the plain data, not the model, so a file that fails the schema or parses only
in part (Parsed.broken) still gets its reference mistakes in the same `make check` run.
Each message ends with the fix: the nearest defined ids and where they are defined.
"""

from __future__ import annotations

import difflib

from .problems import Problem, field_path
from .safety import shown
from .yaml_source import Parsed, locate

# The keys whose values may refer to an id (each check below tests the location's last key).
_REFERRING = frozenset({"sources", "identity_sources", "of", "key_targets", "caveats"})


def referring_entries(data: object) -> list[tuple[tuple, object]]:
    """(location, value) of every mapping entry under a _REFERRING key, in document order."""
    found: list[tuple[tuple, object]] = []
    _collect(data, (), found)
    return found


def _collect(value: object, loc: tuple, found: list) -> None:
    # Enters mappings and lists only: a file has ~1,300 values, a sixth of them such.
    if isinstance(value, dict):
        for key, item in value.items():
            if key in _REFERRING:
                found.append((loc + (key,), item))
            if isinstance(item, (dict, list)):
                _collect(item, loc + (key,), found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, (dict, list)):
                _collect(item, loc + (index,), found)


def cited_sources(entries: list[tuple[tuple, object]]) -> set[str]:
    """Every source id cited in a `sources:` or `identity_sources:` list of ids, at any depth
    (the file's own `sources:` list of declarations is not one); `entries` from
    referring_entries()."""
    found: set[str] = set()
    for loc, value in entries:
        if loc[-1] in ("sources", "identity_sources") and isinstance(value, list) and value \
                and isinstance(value[0], str):
            found.update(value)
    return found


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


def reference_problems(path: str, parsed: Parsed,
                       entries: list[tuple[tuple, object]] | None = None) -> list[Problem]:
    """`entries`: referring_entries(parsed.data), when the caller has them already."""
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

    for loc, value in referring_entries(data) if entries is None else entries:
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
