"""Parse YAML into plain data while remembering where every value stands.

Dates stay text (no timestamp conversion), duplicate keys and tab indentation are
problems, and `locate()` maps a field path back to a line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import Problem
from .safety import code_point

# What YAML refuses to read (its "unacceptable character" list), found before parsing so
# the editor gets the line, column and code point instead of PyYAML's English message.
_UNREADABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")
# Tags an editor may write (or YAML infers); anything else (!!binary, !!set, !!python/...) is refused.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq")}
_STR = "tag:yaml.org,2002:str"


# LibYAML's parser when PyYAML was built with it (about ten times faster), else pure Python.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextDatesLoader(_BASE_LOADER):
    """Safe loader that keeps 2023-09-30 as the string the editor wrote."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# PyYAML's most common complaints, said the way an editor can act on them.
_SYNTAX_HINTS = {
    "mapping values are not allowed": "có dấu hai chấm \": \" giữa dòng; hãy đặt cả giá trị trong ngoặc kép",
    "could not find expected ':'": "thiếu dấu hai chấm sau tên trường, hoặc ngoặc kép chưa đóng",
    "found character '\\t' that cannot start any token": "có ký tự Tab; hãy dùng dấu cách",
    "found unexpected end of stream": "ngoặc kép hoặc ngoặc vuông chưa đóng",
    "did not find expected key": "thụt lề không đều hoặc thiếu dấu gạch đầu dòng \"- \"",
    "did not find expected ',' or ']'": "danh sách trong ngoặc vuông chưa đóng hoặc thiếu dấu phẩy",
    "did not find expected ',' or '}'": "nhóm trong ngoặc nhọn chưa đóng hoặc thiếu dấu phẩy",
    "found undefined alias": "không dùng bí danh YAML (*); hãy viết đầy đủ giá trị",
    "found duplicate anchor": "không dùng neo YAML (&)",
    "expected <block end>, but found '-'": "gạch đầu dòng \"- \" thụt lề không khớp với các mục khác",
}


def _syntax_message(detail: str) -> str:
    for english, vietnamese in _SYNTAX_HINTS.items():
        if english in detail:
            return f"lỗi cú pháp YAML: {vietnamese} ({detail})"
    return f"lỗi cú pháp YAML: {detail}"


@dataclass
class Parsed:
    data: object
    node: Node | None

    def outline(self, depth: int = 2) -> Parsed:
        """The positions of the first `depth` levels of mappings only, without the data.
        A full node tree is over ten times the size of its file; once a file is checked,
        only messages about top-level fields and the status page's section lines need it."""
        return Parsed(None, _outline(self.node, depth))


def _outline(node: Node | None, depth: int) -> Node | None:
    if isinstance(node, MappingNode) and depth > 0:
        pairs = [(ScalarNode(key.tag, key.value, key.start_mark, key.start_mark), _outline(value, depth - 1))
                 for key, value in node.value if isinstance(key, ScalarNode)]
        return MappingNode(node.tag, pairs, node.start_mark, node.start_mark)
    return None if node is None else ScalarNode(node.tag, "", node.start_mark, node.start_mark)


def parse_yaml(text: str, path: str) -> tuple[Parsed | None, list[Problem]]:
    """Return the parsed document, or None with the problems that stopped parsing."""
    problems = _char_problems(text, path) or _tab_problems(text, path)
    if problems:
        return None, problems
    loader = _TextDatesLoader(text)
    try:
        node = loader.get_single_node()
        data = _to_python(node, loader, path, problems, set()) if node is not None else None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = err.problem or err.context or "không đọc được"
        return None, [Problem(path, line, col, "", _syntax_message(detail))]
    except yaml.YAMLError as err:
        return None, [Problem(path, 1, 1, "", f"lỗi cú pháp YAML: {err}")]
    finally:
        loader.dispose()
    return Parsed(data, node), problems


def _char_problems(text: str, path: str) -> list[Problem]:
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        bad = _UNREADABLE.search(line)
        if bad:
            found.append(Problem(path, number, bad.start() + 1, "",
                                 f"tệp chứa ký tự điều khiển {code_point(bad.group(0))} không được phép; "
                                 "hãy xóa ký tự này"))
    return found


def _tab_problems(text: str, path: str) -> list[Problem]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            found.append(
                Problem(path, number, indent.index("\t") + 1, "",
                        "thụt lề bằng phím Tab; YAML chỉ cho phép dấu cách")
            )
    return found


def _to_python(node: Node, loader: yaml.SafeLoader, path: str, problems: list[Problem],
               seen: set[int]):
    """Plain data from a node. Anchors and aliases (&a / *a) are refused: a node met twice
    is an alias, and following it could repeat or loop forever."""
    if id(node) in seen:
        problems.append(Problem(path, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                "không dùng neo và bí danh YAML (& và *); hãy viết đầy đủ giá trị"))
        return None
    seen.add(id(node))
    if node.tag not in _PLAIN_TAGS:
        problems.append(Problem(path, node.start_mark.line + 1, node.start_mark.column + 1, "",
                                f'không dùng thẻ kiểu YAML "{node.tag.replace("tag:yaml.org,2002:", "!!")[:40]}"; '
                                "hãy viết giá trị bình thường (chữ, số, danh sách)"))
        return None
    if isinstance(node, MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            key = _to_python(key_node, loader, path, problems, seen)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                problems.append(Problem(path, key_node.start_mark.line + 1,
                                        key_node.start_mark.column + 1, key,
                                        f'khóa "{key}" bị lặp lại trong cùng một nhóm'))
                continue
            result[key] = _to_python(value_node, loader, path, problems, seen)
        return result
    if isinstance(node, SequenceNode):
        return [_to_python(item, loader, path, problems, seen) for item in node.value]
    if node.tag == _STR:
        return node.value  # what the safe constructor returns for a string, without its dispatch
    return loader.construct_object(node, deep=True)


def locate(node: Node | None, loc: tuple, point_at_key: bool = False) -> tuple[int, int]:
    """Line and column (1-based) of the value at `loc`, or of its nearest parent."""
    if node is None:
        return 1, 1
    current = node
    for index, step in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(current, MappingNode):
            match = next(((k, v) for k, v in current.value
                          if isinstance(k, ScalarNode) and k.value == str(step)), None)
            if match is None:
                break
            current = match[0] if (last and point_at_key) else match[1]
        elif isinstance(current, SequenceNode) and isinstance(step, int) and step < len(current.value):
            current = current.value[step]
        else:
            break
    return current.start_mark.line + 1, current.start_mark.column + 1
