"""Material's rules that no page of this site can match, left out of the site's stylesheet.

Material ships one stylesheet for every site it can build: admonition types, tabs, tags, blog
posts, social cards, the version selector, every colour palette. This site uses a part of it.
Every byte of the stylesheet holds the first paint on slow mobile data, and every rule costs
style work on a cheap phone, so the joined stylesheet (site/stylesheet.py) keeps only:

- rules with at least one selector whose classes all occur in the site: in a page's `class`
  attribute or inline script, or anywhere in a script (Material's bundle and ours build
  elements with class names they spell; a name a script builds from a prefix, `md-tag--${…}`,
  keeps every class with that prefix);
- palette rules for the colours and schemes the pages name (`data-md-color-*` attributes);
- custom properties (`--md-…`) that something reads (`var(--…)` in a stylesheet, a page or a
  script, or the property's name in a script).

What is unsure is kept: selectors inside `:is()`, `:not()` and other functions, selectors with
escapes, at-rules other than @media and @supports. Our own stylesheet is never pruned.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import tinycss2

from .. import build_cache
from .site_files import site_files

CLASS_ATTRIBUTE = re.compile(rb'class="([^"]*)"')
INLINE_SCRIPT = re.compile(rb"<script(?:\s[^>]*)?>(.*?)</script>", re.S)
PALETTE_ATTRIBUTE = re.compile(rb'(data-md-color-(?:primary|accent|scheme))="([^"]*)"')
NAME = re.compile(r"[A-Za-z_][\w-]*", re.ASCII)  # on text: no bytes.decode for each name
PREFIX_TEMPLATE = re.compile(rb"([A-Za-z_][\w-]*--)\$\{")  # `md-tag--${name}` in a template string
VAR_READ = re.compile(r"var\(\s*(--[\w-]+)")
SCRIPT_PROPERTY = re.compile(rb"""['"`](--[\w-]+)""")

SELECTOR_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
SELECTOR_ATTRIBUTE = re.compile(r"\[[^\]]*\]")
SELECTOR_PALETTE = re.compile(r"""\[(data-md-color-(?:primary|accent|scheme))=["']?([\w-]+)["']?\]""")


@dataclass
class Used:
    """What the built site can match: classes, class prefixes, palette values, read properties."""
    classes: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    palette: set[tuple[str, str]] = field(default_factory=set)
    properties: set[str] = field(default_factory=set)

    def fingerprint(self) -> str:
        return json.dumps([sorted(self.classes), sorted(self.prefixes), sorted(self.palette),
                           sorted(self.properties)])

    def has_class(self, name: str) -> bool:
        return name in self.classes or name.startswith(tuple(self.prefixes))


def used_in_site(site_dir: Path) -> Used:
    """Scan every page and script of the built site."""
    used = Used()
    # Pages stay bytes, and most class attributes and inline scripts repeat on every page:
    # each distinct one is decoded and split once (at 160 resolutions: 0.33 -> 0.17 s CPU).
    class_values: set[bytes] = set()
    scripts: set[bytes] = set()
    palette: set[tuple[bytes, bytes]] = set()
    files = site_files(site_dir)
    for rel in (rel for rel in files if rel.endswith(".html")):
        data = (site_dir / rel).read_bytes()
        class_values.update(CLASS_ATTRIBUTE.findall(data))
        scripts.update(INLINE_SCRIPT.findall(data))
        palette.update(PALETTE_ATTRIBUTE.findall(data))
        if b"var(" in data:  # no page has one today
            used.properties.update(VAR_READ.findall(data.decode("utf-8", "replace")))
    for value in class_values:
        used.classes.update(value.decode("utf-8", "replace").split())
    for script in scripts:
        used.classes.update(NAME.findall(script.decode("utf-8", "replace")))
    used.palette = {(name.decode(), value.decode()) for name, value in palette}
    names, prefixes, properties = _in_scripts([site_dir / rel for rel in files if rel.endswith(".js")])
    used.classes.update(names)
    used.prefixes.update(prefixes)
    used.properties.update(properties)
    return used


def _in_scripts(paths: list[Path]) -> list[list[str]]:
    """[names, class prefixes, custom properties] the scripts spell; what the last build found
    when the scripts and this module are unchanged (build_cache: they are mostly Material's,
    0.03 s of CPU at any size)."""
    texts = [path.read_bytes() for path in paths]

    def scan() -> list[list[str]]:
        names, prefixes, properties = set(), set(), set()
        for data in texts:
            text = data.decode("utf-8", "replace")
            names.update(NAME.findall(text))
            if b"--${" in data:  # searching every script for a prefix cost 0.01 s
                prefixes.update(prefix.decode("ascii") for prefix in PREFIX_TEMPLATE.findall(data))
            properties.update(name.decode("ascii") for name in SCRIPT_PROPERTY.findall(data))
            properties.update(VAR_READ.findall(text))
        return [sorted(names), sorted(prefixes), sorted(properties)]

    return build_cache.remembered(
        "script-names", lambda: build_cache.digest(_code(), *texts), scan,
        lambda kept: isinstance(kept, list) and len(kept) == 3 and all(
            isinstance(part, list) and all(isinstance(name, str) for name in part) for part in kept))


def _code() -> bytes:
    """What this module's results depend on besides their inputs: its own code and tinycss2's."""
    return Path(__file__).read_bytes() + tinycss2.__version__.encode()


def _outside_functions(selector: str) -> str:
    """The selector without the arguments of :is(), :not(), :nth-child() and the like."""
    if "(" not in selector and ")" not in selector:
        return selector  # most selectors: no character to look at one by one
    kept, depth = [], 0
    for char in selector:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            kept.append(char)
    return "".join(kept)


def _split_selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas."""
    if not any(bracket in prelude for bracket in "([)]"):
        return [part.strip() for part in prelude.split(",")]
    parts, depth, current = [], 0, []
    for char in prelude:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts]


def _can_match(selector: str, used: Used) -> bool:
    if "\\" in selector:
        return True  # an escaped name: unsure, kept
    outside = _outside_functions(selector)
    if any(pair not in used.palette for pair in SELECTOR_PALETTE.findall(outside)):
        return False
    return all(used.has_class(name) for name in SELECTOR_CLASS.findall(SELECTOR_ATTRIBUTE.sub("", outside)))


# Material's stylesheets are parsed once (tinycss2 is pure Python: each parse of them costs
# about 0.07 s CPU), into the tree below; each round of `prune` drops from the tree and
# serializes it again (at any number of resolutions: 0.23 -> 0.10 s CPU).
SURE = ("declaration", "qualified-rule", "at-rule")


class _Rule:
    """A qualified rule that some page can match: its unread custom properties may still go."""

    def __init__(self, head: str, content: list):
        self.head = head
        self.body: str | None = tinycss2.serialize(content)  # None: to be joined from `nodes`
        # None: no custom property in it, or something else than declarations and rules
        # inside (unsure): kept as it is.
        self.nodes: list | None = None
        if "--" in self.body:
            nodes = tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True)
            self.nodes = nodes if all(node.type in SURE for node in nodes) else None

    def drop_unread(self, reads: set[str]) -> int:
        if self.nodes is None:
            return 0
        kept = [node for node in self.nodes if node.type != "declaration"
                or not node.name.startswith("--") or node.name in reads]
        removed = len(self.nodes) - len(kept)
        if removed:
            self.nodes, self.body = kept, None
        return removed

    def text(self) -> str:
        if self.body is None:
            self.body = ";".join(
                f"{node.name}:{tinycss2.serialize(node.value).strip()}{'!important' if node.important else ''}"
                if node.type == "declaration" else tinycss2.serialize([node]) for node in self.nodes)
        return f"{self.head}{{{self.body}}}"


class _Group:
    """@media or @supports around rules; dropped when no rule is left in it."""

    def __init__(self, opening: str, items: list):
        self.opening, self.items = opening, items

    def text(self) -> str:
        return f"{self.opening}{{{_serialize(self.items)}}}"


def _tree(rules, used: Used) -> list:
    """The rules (as _Rule, _Group, or text for any other rule) without those no page can match."""
    items: list = []
    for rule in rules:
        if rule.type == "qualified-rule":
            prelude = tinycss2.serialize(rule.prelude).strip()
            selectors = _split_selectors(prelude)
            kept = [selector for selector in selectors if _can_match(selector, used)]
            if kept:
                items.append(_Rule(prelude if len(kept) == len(selectors) else ",".join(kept), rule.content))
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in ("media", "supports"):
            inner = _tree(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), used)
            if inner:
                items.append(_Group(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}", inner))
        else:
            items.append(tinycss2.serialize([rule]))
    return items


def _drop_unread(items: list, reads: set[str]) -> int:
    """Drop the custom properties nobody reads, then the rules and groups left empty."""
    removed = 0
    for item in items:
        if isinstance(item, _Rule):
            removed += item.drop_unread(reads)
        elif isinstance(item, _Group):
            removed += _drop_unread(item.items, reads)
    items[:] = [item for item in items if not (isinstance(item, _Rule) and item.nodes == [])
                and not (isinstance(item, _Group) and not item.items)]
    return removed


def _serialize(items: list) -> str:
    return "".join(item if isinstance(item, str) else item.text() for item in items)


def prune(material: list[str], ours: str, used: Used) -> list[str]:
    """Material's stylesheet texts without what the site cannot match or never reads. `ours`
    is read for the custom properties it uses, and left as it is."""
    trees = [_tree(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), used)
             for css in material]
    while True:  # a property read only by a dropped property is unread in the next round
        parts = [_serialize(tree) for tree in trees]
        reads = used.properties.union(*(set(VAR_READ.findall(css)) for css in [*parts, ours]))
        if not sum(_drop_unread(tree, reads) for tree in trees):
            return parts


def pruned(material: list[str], ours: str, used: Used) -> list[str]:
    """prune(), or what it gave the last build for the same stylesheets, the same classes and
    properties used, and the same pruning code (build_cache: 0.1 s of CPU a build)."""
    return build_cache.remembered(
        "stylesheet", lambda: build_cache.digest(*material, ours, used.fingerprint(), _code()),
        lambda: prune(material, ours, used),
        lambda kept: isinstance(kept, list) and len(kept) == len(material) and all(isinstance(t, str) for t in kept))
