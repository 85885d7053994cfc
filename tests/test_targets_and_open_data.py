"""Targets overview, status rule, charts and open data, against the real data."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from nqhandbook.data.load import load_dataset
from nqhandbook.data.model import Baseline, Milestone, Resolution, Target, TargetResult
from nqhandbook.data.target_status import TARGET_STATUS_LABELS, target_status

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def dataset(root):
    return load_dataset(root)


def overview_rows(built_site):
    html = (built_site / "chi-tieu" / "index.html").read_text(encoding="utf-8")
    tables = re.findall(r'<table class="targets-cards targets-table">(.*?)</table>', html, re.S)
    return [row for table in tables for row in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S)]


def test_overview_has_one_row_per_target(built_site, dataset):
    expected = sum(len(r.targets.items) for r in dataset.resolutions)
    assert len(overview_rows(built_site)) == expected


def test_each_status_on_the_page_matches_the_rule(built_site, dataset):
    expected = [target_status(t).label for r in _by_field(dataset) for t in r.targets.items]
    shown = [re.search(r'<span class="status status-[a-z_]+">(.*?)</span>', row).group(1)
             for row in overview_rows(built_site)]
    assert shown == expected


def _by_field(dataset):
    return [e.resolution for f in dataset.fields for e in dataset.entries if e.resolution.field == f.id]


def make_target(milestones, results=(), baseline=None):
    return Target(id="t", indicator="Chỉ số", unit="%", sources=["S1"], milestones=milestones,
                  results=list(results), baseline=baseline)


M2030 = Milestone(year=2030, comparator="at_least", value=60, text="từ 60%")


@pytest.mark.parametrize("target, status", [
    (make_target([M2030]), "no_report"),
    (make_target([M2030], [TargetResult(text="x", as_of="2023-09", sources=["S1"])]), "not_comparable"),
    (make_target([M2030], [TargetResult(text="x", as_of="2024", value=61, sources=["S1"])]), "achieved"),
    (make_target([M2030], [TargetResult(text="x", as_of="2024", value=40, sources=["S1"])]), "not_comparable"),
    (make_target([M2030], [TargetResult(text="x", as_of="2024", value=40, sources=["S1"])],
                 Baseline(text="b", as_of="2020", value=20, sources=["S1"])), "on_track"),
    (make_target([M2030], [TargetResult(text="x", as_of="2024", value=25, sources=["S1"])],
                 Baseline(text="b", as_of="2020", value=20, sources=["S1"])), "behind"),
    (make_target([M2030], [TargetResult(text="x", as_of="2031", value=50, sources=["S1"])]), "not_comparable"),
    (make_target([Milestone(year=2025, comparator="less_than", value=5, text="dưới 5%")],
                 [TargetResult(text="x", as_of="2025", value=6, sources=["S1"])]), "behind"),
    (make_target([Milestone(year=2025, comparator="about", value=100, text="khoảng 100")],
                 [TargetResult(text="x", as_of="2025", value=96, sources=["S1"])]), "achieved"),
])
def test_status_rule(target, status):
    assert target_status(target).key == status
    assert status in TARGET_STATUS_LABELS


def test_every_chart_is_valid_svg_with_title_desc_and_a_table(built_site):
    html = (built_site / "chi-tieu" / "index.html").read_text(encoding="utf-8")
    svgs = re.findall(r"<svg\b[^>]*class=\"chart .*?</svg>", html, re.S)
    assert svgs, "expected at least one chart"
    for svg in svgs:
        root = ET.fromstring(svg)
        assert root.find(f"{SVG}title").text.strip()
        assert root.find(f"{SVG}desc").text.strip()
        assert root.get("role") == "img"
    assert html.count('<table class="targets-cards targets-table">') >= 1


def test_csv_has_bom_and_vietnamese(built_site, dataset):
    raw = (built_site / "du-lieu" / "chi-tieu.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == sum(len(t.milestones) for r in dataset.resolutions for t in r.targets.items)
    assert any(row["chi_tieu"] == "Lượt khách du lịch" for row in rows)
    raw_results = (built_site / "du-lieu" / "ket-qua.csv").read_bytes().decode("utf-8-sig")
    results = list(csv.DictReader(io.StringIO(raw_results)))
    assert len(results) == sum(len(t.results) for r in dataset.resolutions for t in r.targets.items) + \
        sum(len(r.results.items) for r in dataset.resolutions)


def test_json_reimport_reproduces_the_data(built_site, dataset):
    payload = json.loads((built_site / "du-lieu" / "nghi-quyet.json").read_text(encoding="utf-8"))
    reloaded = [Resolution.model_validate(item) for item in payload["resolutions"]]
    assert reloaded == dataset.resolutions
    single = json.loads((built_site / "du-lieu" / "nghi-quyet" / "11-nq-tu.json").read_text(encoding="utf-8"))
    assert Resolution.model_validate(single) == next(r for r in dataset.resolutions if r.number == "11-NQ/TU")


def test_open_data_names_the_owner_of_every_row(built_site, dataset):
    from nqhandbook.data.own import ownership
    raw = (built_site / "du-lieu" / "chi-tieu.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    codes = {"own": "nghi_quyet", "document": "van_ban_khac", "context": "boi_canh", "uncertain": "chua_ro"}
    expected = [codes[ownership(t).value] for r in dataset.resolutions for t in r.targets.items for _ in t.milestones]
    assert [row["chu_the"] for row in rows] == expected
    for row in rows:  # a target with `of` is never the resolution's own
        assert not (row["thuoc_van_ban"] and row["chu_the"] == "nghi_quyet")
    results = list(csv.DictReader(io.StringIO((built_site / "du-lieu" / "ket-qua.csv").read_bytes().decode("utf-8-sig"))))
    for row in results:  # a result is the resolution's own only when the source ties it to it
        assert (row["chu_the"] == "nghi_quyet") <= (row["gan_voi_nghi_quyet"] == "có")
    payload = json.loads((built_site / "du-lieu" / "nghi-quyet.json").read_text(encoding="utf-8"))
    by_number = {item["nghi_quyet"]: item for item in payload["ownership"]}
    for res in dataset.resolutions:
        item = by_number[res.number]
        assert item["muc"]["targets"]["nghi_quyet"] == sum(1 for t in res.targets.items if ownership(t).value == "own")
        assert len([k for k in item["chu_the"] if k.startswith("key_points.")]) == len(res.key_points.items)


def test_a_partial_period_result_never_earns_achieved():
    partial = TargetResult(text="x", as_of="2024-09", value=70, period="9 tháng đầu năm 2024", sources=["S1"])
    status = target_status(make_target([M2030], [partial]))
    assert status.key == "not_comparable"
    assert status.result == partial  # the figure shown beside the status is the one it is about
    full = TargetResult(text="y", as_of="2023", value=61, period="năm 2023", sources=["S1"])
    status = target_status(make_target([M2030], [full, partial]))
    assert status.key == "achieved" and status.result == full  # from the full-year figure, not the later one


def test_overview_shows_the_result_its_status_was_computed_from(built_site, dataset):
    from nqhandbook.pages.templating import environment
    from nqhandbook.pages.targets import target_rows
    env = environment()
    for entry in dataset.entries:
        for row in target_rows(entry, env):
            if row.status.result is not None:
                assert row.latest == row.status.result, (entry.path, row.target.id)
