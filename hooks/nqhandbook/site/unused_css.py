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

import re
from dataclasses import dataclass, field
from pathlib import Path

import tinycss2

from .site_files import site_files

CLASS_ATTRIBUTE = re.compile(rb'class="([^"]*)"')
INLINE_SCRIPT = re.compile(rb"<script(?:\s[^>]*)?>(.*?)</script>", re.S)
PALETTE_ATTRIBUTE = re.compile(rb'(data-md-color-(?:primary|accent|scheme))="([^"]*)"')
NAME = re.compile(rb"[A-Za-z_][\w-]*")
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

    def has_class(self, name: str) -> bool:
        return name in self.classes or any(name.startswith(prefix) for prefix in self.prefixes)


def _names(data: bytes) -> set[str]:
    return {token.decode("ascii") for token in NAME.findall(data)}


def used_in_site(site_dir: Path) -> Used:
    """Scan every page and script of the built site."""
    used = Used()
    # Pages stay bytes, and most class attributes and inline scripts repeat on every page:
    # each distinct one is decoded and split once (at 160 resolutions: 0.33 -> 0.15 s CPU).
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
        used.classes.update(_names(script))
    used.palette = {(name.decode(), value.decode()) for name, value in palette}
    for rel in (rel for rel in files if rel.endswith(".js")):
        data = (site_dir / rel).read_bytes()
        used.classes.update(_names(data))
        used.prefixes.update(prefix.decode("ascii") for prefix in PREFIX_TEMPLATE.findall(data))
        used.properties.update(name.decode("ascii") for name in SCRIPT_PROPERTY.findall(data))
        used.properties.update(VAR_READ.findall(data.decode("utf-8", "replace")))
    return used


def _outside_functions(selector: str) -> str:
    """The selector without the arguments of :is(), :not(), :nth-child() and the like."""
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


def _rules(css: str):
    return tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)


def _nested(rule):
    return tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)


def _walk(rules, rewrite_rule) -> list[str]:
    """Serialize `rules`, each qualified rule through `rewrite_rule` (None drops it), inside
    @media and @supports too; an at-rule left empty is dropped."""
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            text = rewrite_rule(rule)
            if text is not None:
                out.append(text)
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in ("media", "supports"):
            inner = _walk(_nested(rule), rewrite_rule)
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{''.join(inner)}}}")
        else:
            out.append(tinycss2.serialize([rule]))
    return out


def _without_unmatched_rules(css: str, used: Used) -> str:
    def rewrite(rule):
        prelude = tinycss2.serialize(rule.prelude).strip()
        selectors = _split_selectors(prelude)
        kept = [selector for selector in selectors if _can_match(selector, used)]
        if not kept:
            return None
        head = prelude if len(kept) == len(selectors) else ",".join(kept)
        return f"{head}{{{tinycss2.serialize(rule.content)}}}"
    return "".join(_walk(_rules(css), rewrite))


def _without_unread_properties(css: str, reads: set[str]) -> tuple[str, int]:
    removed = 0

    def rewrite(rule):
        nonlocal removed
        nodes = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
        unread = [node for node in nodes if node.type == "declaration"
                  and node.name.startswith("--") and node.name not in reads]
        head = tinycss2.serialize(rule.prelude).strip()
        if not unread or any(node.type not in ("declaration", "qualified-rule", "at-rule") for node in nodes):
            return f"{head}{{{tinycss2.serialize(rule.content)}}}"  # nothing to drop, or unsure
        removed += len(unread)
        kept = [node for node in nodes if node not in unread]
        if not kept:
            return None
        body = ";".join(
            f"{node.name}:{tinycss2.serialize(node.value).strip()}{'!important' if node.important else ''}"
            if node.type == "declaration" else tinycss2.serialize([node]) for node in kept)
        return f"{head}{{{body}}}"
    return "".join(_walk(_rules(css), rewrite)), removed


def prune(material: list[str], ours: str, used: Used) -> list[str]:
    """Material's stylesheet texts without what the site cannot match or never reads. `ours`
    is read for the custom properties it uses, and left as it is."""
    parts = [_without_unmatched_rules(css, used) for css in material]
    while True:  # a property read only by a dropped property is unread in the next round
        reads = used.properties.union(*(set(VAR_READ.findall(css)) for css in [*parts, ours]))
        results = [_without_unread_properties(css, reads) for css in parts]
        parts = [css for css, _ in results]
        if not any(removed for _, removed in results):
            return parts
