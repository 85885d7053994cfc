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
# Where an anchor may stand: "&" and a name (both parsers refuse "&" without one) after a
# space, a line start or a flow indicator, never after a letter or digit (as the "&" of an
# address's query). "&" comes first in the pattern: a lookbehind first costs 0.1 s at 160.
_ANCHOR = re.compile(r"&(?<!\w&)[\w-]")
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


# LibYAML's parser when PyYAML was built with it (about ten times faster), else pure Python.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextDatesLoader(_BASE_LOADER):
    """Safe loader that keeps 2023-09-30 as the string the editor wrote."""

    def resolve(self, kind, value, implicit):
        """BaseResolver.resolve, for a class without path resolvers or resolvers keyed by
        None: LibYAML's composer calls it for every node (200,000 at 160 resolutions; the
        inherited one costs 0.1 s more)."""
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return _SEQ if kind is SequenceNode else _MAP


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_IMPLICIT = _TextDatesLoader.yaml_implicit_resolvers  # keyed by first character, "" for empty

@dataclass
class Parsed:
    """The document's data and node tree. `broken` names the top-level fields whose block
    did not parse (their syntax error is already reported): the rest was read without them."""
    data: object
    node: Node | None
    broken: frozenset[str] = frozenset()

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
    """Return the parsed document, or None with the problems that stopped parsing.

    When the file does not parse as a whole, each top-level field's block is parsed on its
    own: the blocks that parse are returned (Parsed.broken names the others) so the schema
    and reference checks still run on them and one `make check` shows every mistake."""
    problems = _char_problems(text, path)
    if problems:
        return None, problems
    problems = _tab_problems(text, path)
    lines = text.split("\n")
    if not problems:
        try:
            node, data = _load(text, path, problems)
            return Parsed(data, node), problems
        except yaml.YAMLError as err:
            from .yaml_messages import syntax_problem  # on a syntax error only: ~9 ms to import
            whole = syntax_problem(err, lines, path)
    else:
        whole = None
    tabbed = {p.line for p in problems}
    partial = _parse_blocks(lines, path, tabbed)
    if partial is None:
        return None, problems or [whole]
    parsed, found = partial
    if whole is not None and not any(p.line == whole.line for p in found):
        found.append(whole)  # its block parsed alone but not as fields: the whole file's error says why
    return parsed, problems + found


def _load(text: str, path: str, problems: list[Problem], offset: int = 0) -> tuple[Node | None, object]:
    """Node tree and data of `text`, which starts on line `offset` (0-based) of the file."""
    loader = _TextDatesLoader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as err:
            err.problem_mark, err.context_mark = _shifted(err.problem_mark, offset), _shifted(err.context_mark, offset)
            raise
        if offset:
            _shift(node, offset)
        # An alias needs an anchor; without one no node can be met twice.
        seen = set() if _ANCHOR.search(text) else None
        data = _to_python(node, loader, path, problems, seen) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def _shifted(mark, offset: int):
    if mark is None or not offset:
        return mark
    return yaml.Mark(mark.name, mark.index, mark.line + offset, mark.column, None, None)


def _shift(node: Node | None, offset: int) -> None:
    """Move a block's nodes to their lines in the whole file (each node once)."""
    pending, seen = [node], set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.start_mark = _shifted(current.start_mark, offset)
        current.end_mark = _shifted(current.end_mark, offset)
        if isinstance(current, MappingNode):
            pending += [part for pair in current.value for part in pair]
        elif isinstance(current, SequenceNode):
            pending += current.value


# A top-level field: a line at column 0 that starts with a plain field name and a colon
# (also "key:value", which then fails as a block of its own).
_TOP_KEY = re.compile(r"([A-Za-z_][\w-]*)[ ]*:")
_MAX_BLOCKS = 500  # a data file has about 25; past this only the whole file's error is shown


def _parse_blocks(lines: list[str], path: str, skip_lines: set[int]) -> tuple[Parsed, list[Problem]] | None:
    """Parse each top-level block alone (its positions moved to its lines in the file).
    None when the file has no such blocks or none of them fails alone."""
    starts = [(index, match.group(1)) for index, line in enumerate(lines)
              if (match := _TOP_KEY.match(line))]
    if not starts or len(starts) > _MAX_BLOCKS:
        return None
    problems: list[Problem] = []
    data: dict = {}
    pairs: list[tuple[Node, Node]] = []
    broken: set[str] = set()
    for (first, key), (end, _) in zip(starts, starts[1:] + [(len(lines), "")], strict=True):
        block = "\n".join(lines[first:end])
        found: list[Problem] = []
        try:
            node, value = _load(block, path, found, first)
        except yaml.YAMLError as err:
            broken.add(key)
            if not skip_lines.intersection(range(first + 1, end + 1)):
                from .yaml_messages import syntax_problem
                problems.append(syntax_problem(err, lines, path))
            continue
        if not isinstance(node, MappingNode) or not isinstance(value, dict):
            broken.add(key)  # e.g. "key:value": the whole file's error names it
            continue
        problems += found
        for key_node, value_node in node.value:
            name = str(key_node.value)
            if name in data:
                problems.append(Problem(path, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                        name, f'khóa "{name}" bị lặp lại trong cùng một nhóm'))
                continue
            data[name] = value.get(name)
            pairs.append((key_node, value_node))
    if not broken:
        return None
    mark = pairs[0][0].start_mark if pairs else yaml.Mark(path, 0, 0, 0, None, None)
    node = MappingNode("tag:yaml.org,2002:map", pairs, mark, mark)
    return Parsed(data, node, frozenset(broken - set(data))), problems


def _char_problems(text: str, path: str) -> list[Problem]:
    if not _UNREADABLE.search(text):  # one scan of the file; lines are looked at only if needed
        return []
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        bad = _UNREADABLE.search(line)
        if bad:
            found.append(Problem(path, number, bad.start() + 1, "",
                                 f"tệp chứa ký tự điều khiển {code_point(bad.group(0))} không được phép; "
                                 "hãy xóa ký tự này"))
    return found


def _tab_problems(text: str, path: str) -> list[Problem]:
    if "\t" not in text:
        return []
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
               seen: set[int] | None):
    """Plain data from a node. Anchors and aliases (&a / *a) are refused: a node met twice
    is an alias, and following it could repeat or loop forever. `seen` None: the text has no
    anchor, so no node is met twice (and the text of a mapping's keys and values is read
    in place: this walk visits every node, 200,000 at 160 resolutions)."""
    if seen is not None:
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
            if seen is None and key_node.tag == _STR and key_node.__class__ is ScalarNode:
                key = key_node.value
            else:
                key = _to_python(key_node, loader, path, problems, seen)
                if not isinstance(key, str):
                    key = str(key)
            if key in result:
                problems.append(Problem(path, key_node.start_mark.line + 1,
                                        key_node.start_mark.column + 1, key,
                                        f'khóa "{key}" bị lặp lại trong cùng một nhóm'))
                continue
            if seen is None and value_node.tag == _STR and value_node.__class__ is ScalarNode:
                result[key] = value_node.value
            else:
                result[key] = _to_python(value_node, loader, path, problems, seen)
        return result
    if isinstance(node, SequenceNode):
        return [item.value if seen is None and item.tag == _STR and item.__class__ is ScalarNode
                else _to_python(item, loader, path, problems, seen) for item in node.value]
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
