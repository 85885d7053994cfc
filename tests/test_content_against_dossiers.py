"""Content is traceable to the research dossiers in ../shared/research (when present):
every source URL and every figure written in the data appears in the dossier of its
resolution. A miss means a typo or an invented figure."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

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

# The status page's counts are checked against the YAML in tests/test_own_counts.py.
