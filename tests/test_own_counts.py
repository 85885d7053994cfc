"""Acceptance (issue 12): for every resolution, the data-status page's and the targets
overview's counts equal a count of the resolution's OWN items made here, directly from the
raw YAML, with the ownership rule restated independently of nqhandbook.data.own:

- an item is the resolution's own when it has neither `of` nor `owner`;
- a result (results section, or a target's result) only when it also has `linked: true`;
- a task item only when neither it nor its group has `of` or `owner`.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
import yaml

SECTIONS = ["key_points", "goals.overall", "goals.specific", "targets", "tasks", "results", "good_models",
            "difficulties"]


def _plain(item: dict) -> bool:
    return "of" not in item and "owner" not in item


def direct_counts(data: dict) -> dict[str, int]:
    def items(path: str) -> list[dict]:
        node = data
        for part in path.split("."):
            node = node[part]
        return node.get("items") or []

    counts = {}
    for key in SECTIONS:
        if key == "tasks":
            counts[key] = sum(1 for group in items(key) if _plain(group)
                              for item in group["items"] if _plain(item))
        elif key == "results":
            counts[key] = sum(1 for item in items(key) if _plain(item) and item.get("linked") is True)
        else:
            counts[key] = sum(1 for item in items(key) if _plain(item))
    return counts


def yaml_files(root: Path) -> list[Path]:
    return sorted((root / "data" / "resolutions").glob("*.yml"))


def slug_of(path: Path) -> str:
    return path.stem


@pytest.fixture(scope="module")
def status_html(built_site) -> str:
    return (built_site / "tinh-trang-du-lieu" / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def targets_html(built_site) -> str:
    return (built_site / "chi-tieu" / "index.html").read_text(encoding="utf-8")


def status_row(html: str, slug: str) -> tuple[list[int], int, bool]:
    """(own count per section cell, the row's own total, marked † = identified only by the plan)."""
    row = re.search(rf'<tr>\s*<td><a href="\.\./nghi-quyet/{slug}/">[^<]+</a>( †)?</td>(.*?)</tr>', html, re.S)
    assert row, f"no status row for {slug}"
    cells = [int(n) for n in re.findall(r'data-own="(\d+)"', row.group(2))]
    tail = re.findall(r"<td>(\d+)</td>", row.group(2))
    return cells, int(tail[0]), bool(row.group(1))


def test_every_resolution_has_a_status_row_with_every_section(root, status_html):
    for path in yaml_files(root):
        cells, _, _ = status_row(status_html, slug_of(path))
        assert len(cells) == len(SECTIONS)


def test_status_page_counts_equal_a_direct_count_of_own_items(root, status_html):
    for path in yaml_files(root):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected = direct_counts(data)
        cells, total, _ = status_row(status_html, slug_of(path))
        assert cells == [expected[key] for key in SECTIONS], path.name
        assert total == sum(expected.values()), path.name


def test_status_cells_say_own_only_where_there_is_own_content(root, status_html):
    for path in yaml_files(root):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        expected = direct_counts(data)
        row = re.search(rf'nghi-quyet/{slug_of(path)}/">.*?</tr>', status_html, re.S).group(0)
        classes = re.findall(r'<a class="cell-([a-z_]+)" data-own', row)
        for key, css in zip(SECTIONS, classes, strict=False):
            assert (css in ("own", "own_partial")) == (expected[key] > 0), (path.name, key, css)


def test_status_page_per_section_totals_equal_the_direct_counts(root, status_html):
    totals = dict.fromkeys(SECTIONS, 0)
    for path in yaml_files(root):
        for key, n in direct_counts(yaml.safe_load(path.read_text(encoding="utf-8"))).items():
            totals[key] += n
    section_table = status_html.split('id="theo-mục"')[1].split("</table>")[0]
    rows = re.findall(r"<tr>\s*<td>([^<]+)</td>(.*?)</tr>", section_table, re.S)
    shown = [int(re.findall(r"<td>(\d+)</td>", cells)[-1]) for _, cells in rows]
    assert shown == [totals[key] for key in SECTIONS]


def test_plan_only_mark_follows_the_identity_sources(root, status_html):
    for path in yaml_files(root):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kinds = {s["kind"] for s in data["sources"] if s["id"] in data["identity_sources"]}
        _, _, marked = status_row(status_html, slug_of(path))
        assert marked == (kinds == {"propaganda-plan"}), path.name


def test_targets_overview_counts_equal_a_direct_count_of_own_targets(root, targets_html):
    shown = {}
    for block in re.split(r"<h3 ", targets_html)[1:]:
        link = re.search(r'href="\.\./nghi-quyet/([a-z0-9-]+)/"', block)
        owners = re.search(r'<p class="target-owners" data-own="(\d+)">(.*?)</p>', block, re.S)
        if link and owners:
            shown[link.group(1)] = (int(owners.group(1)), unescape(owners.group(2)))
    for path in yaml_files(root):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        targets = (data["targets"].get("items") or [])
        own = sum(1 for t in targets if _plain(t))
        if not targets:
            assert slug_of(path) not in shown
            continue
        count, sentence = shown[slug_of(path)]
        assert count == own, path.name
        if own:
            assert sentence.startswith(f"{own} chỉ tiêu của chính nghị quyết"), sentence
        else:
            assert sentence.startswith("Chưa tìm thấy chỉ tiêu nào của chính nghị quyết"), sentence
        assert not re.search(r"(?<![\d,.])0 ", sentence), sentence  # never "0 …"


def test_the_direct_count_rule_itself():
    data = {"key_points": {"items": [{"text": "a"}, {"text": "b", "of": "x"}, {"text": "c", "owner": "context"}]},
            "goals": {"overall": {"items": []}, "specific": {"gap": "g"}},
            "targets": {"items": [{"id": "t", "owner": "uncertain", "owner_note": "n"}]},
            "tasks": {"items": [{"title": "g1", "items": [{"text": "a"}, {"text": "b", "owner": "uncertain"}]},
                                {"title": "g2", "of": "x", "items": [{"text": "c"}]}]},
            "results": {"items": [{"text": "r", "linked": True}, {"text": "s"}]},
            "good_models": {"gap": "g"}, "difficulties": {"items": [{"text": "d"}]}}
    assert direct_counts(data) == {"key_points": 1, "goals.overall": 0, "goals.specific": 0, "targets": 0,
                                   "tasks": 1, "results": 1, "good_models": 0, "difficulties": 1}


def test_status_page_lists_every_editorial_warning(root, status_html):
    from nqhandbook.data.load import load_dataset
    warnings = load_dataset(root).warnings
    for problem in warnings:
        assert f"<code>{problem.path}:{problem.line}</code>" in status_html
        assert unescape(problem.message) in unescape(status_html), problem.message
    assert ('id="cảnh-báo-biên-tập"' in status_html) == bool(warnings)
