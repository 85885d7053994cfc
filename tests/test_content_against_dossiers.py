"""Content is traceable to the research dossiers in ../shared/research (when present):
every source URL and every figure written in the data appears in the dossier of its
resolution. A miss means a typo or an invented figure."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from nqhandbook.pages.data_status import fact_objects
from nqhandbook.data.load import load_dataset

DOSSIERS = Path(__file__).resolve().parents[2] / "shared" / "research" / "resolutions"
pytestmark = pytest.mark.skipif(not DOSSIERS.is_dir(), reason="research dossiers not beside the repository")

# Figures with a thousands separator or a decimal comma, or two or more digits: 44.750, 38,9, 2030
FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d{2,}")


def dossier_text(number: str) -> str:
    text = (DOSSIERS / f"{number.replace('/', '-')}.md").read_text(encoding="utf-8")
    return unicodedata.normalize("NFC", text)


def fact_texts(res) -> list[str]:
    """Statements of fact: everything sourced except quiz questions (their wrong choices
    are made up on purpose) and the spoken broadcast (numbers written as words)."""
    texts = []
    for fact in fact_objects(res):
        if type(fact).__name__ in ("QuizQuestion", "Broadcast"):
            continue
        for field in ("text", "indicator", "name"):
            value = getattr(fact, field, None)
            if isinstance(value, str):
                texts.append(value)
        for milestone in getattr(fact, "milestones", []):
            texts.append(milestone.text)
    return texts


@pytest.fixture(scope="module")
def dataset(root):
    return load_dataset(root)


def test_every_source_url_is_in_the_dossier(dataset):
    missing = []
    for res in dataset.resolutions:
        text = dossier_text(res.number)
        missing += [f"{res.number} {s.id} {s.url}" for s in res.sources if s.url and s.url not in text]
    assert not missing, "\n".join(missing)


def test_every_figure_is_in_the_dossier(dataset):
    missing = []
    for res in dataset.resolutions:
        text = dossier_text(res.number)
        digits = set(FIGURE.findall(text))
        for statement in fact_texts(res):
            for figure in FIGURE.findall(statement):
                if figure not in digits and figure not in text and figure.lstrip("0") not in text:
                    missing.append(f"{res.number}: {figure!r} in: {statement[:90]}")
    assert not missing, f"{len(missing)} figures not found in dossiers:\n" + "\n".join(missing)


def test_status_page_counts_equal_a_count_of_the_yaml(root, built_site):
    html = (built_site / "tinh-trang-du-lieu" / "index.html").read_text(encoding="utf-8")
    expected_facts = 0
    expected = {"filled": 0, "partial": 0, "gap": 0}

    def count_sourced(node, top=False):
        nonlocal expected_facts
        if isinstance(node, dict):
            sources = node.get("sources")
            if not top and isinstance(sources, list) and sources and all(isinstance(s, str) for s in sources):
                expected_facts += 1
            for key, value in node.items():
                if not (top and key == "sources"):
                    count_sourced(value)
        elif isinstance(node, list):
            for value in node:
                count_sourced(value)

    for path in sorted((root / "data" / "resolutions").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        count_sourced(data, top=True)
        sections = [data["key_points"], data["goals"]["overall"], data["goals"]["specific"], data["targets"],
                    data["tasks"], data["results"], data["good_models"], data["difficulties"]]
        for section in sections:
            items, gap = section.get("items") or [], section.get("gap")
            expected["gap" if not items else "partial" if gap else "filled"] += 1
    summary = re.search(r"Tổng cộng: Đủ <strong>(\d+)</strong> · Một phần <strong>(\d+)</strong> · "
                        r"Chưa có <strong>(\d+)</strong> mục, trên \d+ nghị quyết; <strong>(\d+)</strong>", html)
    assert summary, "summary line not found"
    assert [int(g) for g in summary.groups()] == [expected["filled"], expected["partial"], expected["gap"],
                                                  expected_facts]
