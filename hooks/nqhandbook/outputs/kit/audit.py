"""Every number in a kit file must be found in the resolution's data: no invented figure.

A number is a run of digits with its Vietnamese grouping ("44.750", "22,5"). The data's
numbers are those of the resolution's YAML file, plus its dates as the kit shows them
(27/08/2021). Markup, styles, QR codes and addresses are not text and are skipped."""

from __future__ import annotations

import re
from typing import ClassVar
from html.parser import HTMLParser
from pathlib import Path

from ...data.partial_date import display_date

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
URL = re.compile(r"(?:https?://|file://)\S+")
ISO_DATE = re.compile(r"\b\d{4}(?:-\d{2}){0,2}\b")
CONTEST_LABEL = re.compile(r"\bCâu \d+\.")  # the contest set numbers its own questions


class _Text(HTMLParser):
    SKIP: ClassVar[set[str]] = {"style", "script", "svg", "title"}

    def __init__(self):
        super().__init__()
        self.parts, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def numbers_in(text: str) -> set[str]:
    text = CONTEST_LABEL.sub(" ", URL.sub(" ", text))
    return {m.group(0).rstrip(".,") for m in NUMBER.finditer(text)}


def data_numbers(yaml_text: str) -> set[str]:
    found = numbers_in(yaml_text)
    for date in set(ISO_DATE.findall(yaml_text)):
        found |= numbers_in(display_date(date))
    # a number the data writes with a leading zero ("08") also stands without it, and back
    found |= {n.lstrip("0") or "0" for n in found} | {n.zfill(2) for n in found if n.isdigit() and len(n) == 1}
    return found


def unknown_numbers(text: str, yaml_text: str) -> list[str]:
    """Numbers in `text` (plain text) not found in the resolution's data file."""
    return sorted(numbers_in(text) - data_numbers(yaml_text))


def resolution_yaml(root: Path, entry) -> str:
    return (root / entry.path).read_text(encoding="utf-8")


def audit(dataset, root: Path, contents) -> list[str]:
    """Vietnamese problems: every kit text of every resolution checked against its data."""
    from .share import post_text  # noqa: PLC0415
    from .views import leaflet_html, poster_html  # noqa: PLC0415

    entries = {e.resolution.number: e for e in dataset.entries}
    problems = []
    for c in contents:
        entry = entries[c.number]
        data = resolution_yaml(root, entry)
        texts = {"tờ gấp": visible_text(leaflet_html(c)), "bài đăng": post_text(c)}
        if c.has_poster:
            texts["áp phích"] = visible_text(poster_html(c))
        if c.share_number:
            texts["ảnh chia sẻ"] = " ".join([c.number, c.res.short_title, c.share_number.indicator,
                                              *(f"{line.label} {line.text}" for line in c.share_number.lines)])
        for what, text in texts.items():
            for number in unknown_numbers(text, data):
                problems.append(f"{entry.path}: {what} {c.number} có số {number} không có trong dữ liệu")
    return problems
