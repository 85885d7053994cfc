"""The Vietnamese search normalisation, in Python and in the browser's JavaScript, against
the shared vectors in fold_vectors.json (and against each other on every word of the site)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from vi_fold import fold

HERE = Path(__file__).resolve().parent
VECTORS = json.loads((HERE / "fold_vectors.json").read_text(encoding="utf-8"))["vectors"]
JS_FILE = HERE.parents[1] / "overrides" / "assets" / "javascripts" / "lunr" / "min" / "lunr.vi.min.js"

# The least the JS file needs from lunr to install itself; enough to call lunr.vi.fold.
LUNR_STUB = """
window.lunr = { Query: { presence: {}, prototype: {} }, QueryLexer: {},
                Index: { prototype: {} }, Pipeline: { registerFunction() {} } }
"""


def vector_id(vector):
    return vector.get("note") or vector["input"] or "empty"


@pytest.mark.parametrize("vector", VECTORS, ids=[f"{i}-{vector_id(v)}" for i, v in enumerate(VECTORS)])
def test_python_fold_matches_vectors(vector):
    assert fold(vector["input"], keep_marks=True) == vector["canonical"]
    assert fold(vector["input"]) == vector["folded"]


@pytest.mark.parametrize("vector", VECTORS, ids=[f"{i}-{vector_id(v)}" for i, v in enumerate(VECTORS)])
def test_python_fold_is_idempotent_and_nfc(vector):
    canonical, folded = fold(vector["input"], keep_marks=True), fold(vector["input"])
    assert fold(canonical, keep_marks=True) == canonical
    assert fold(canonical) == folded and fold(folded) == folded
    assert unicodedata.is_normalized("NFC", canonical) and unicodedata.is_normalized("NFC", folded)


def test_vectors_cover_the_cases_the_search_promises():
    notes = " ".join(v.get("note", "") for v in VECTORS)
    for needed in ("old tone placement", "modern tone placement", "NFD", "đ folds to d",
                   "punctuation kept", "upper case"):
        assert needed in notes
    inputs = {unicodedata.normalize("NFC", v["input"]) for v in VECTORS}
    for word in ("hòa", "hoà", "ủy ban", "uỷ ban", "thủy", "thuỷ", "khỏe", "khoẻ"):
        assert word in inputs


def js_results_in_browser(browser, strings):
    """lunr.vi.fold(s, true) and lunr.vi.fold(s) for each string, computed by Chromium."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content("<!doctype html><meta charset='utf-8'><title>fold</title>")
        page.add_script_tag(content=LUNR_STUB)
        page.add_script_tag(content=JS_FILE.read_text(encoding="utf-8"))
        return page.evaluate(
            "strings => strings.map(s => [lunr.vi.fold(s, true), lunr.vi.fold(s)])", strings)
    finally:
        context.close()


@pytest.mark.browser
def test_js_fold_matches_vectors_in_chromium(browser):
    got = js_results_in_browser(browser, [v["input"] for v in VECTORS])
    expected = [[v["canonical"], v["folded"]] for v in VECTORS]
    mismatches = [(v["input"], g, e) for v, g, e in zip(VECTORS, got, expected, strict=True) if g != e]
    assert not mismatches


def test_js_fold_matches_vectors_in_node():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; the same vectors run in Chromium (test above)")
    result = subprocess.run(
        [node, str(HERE / "fold_vectors_check.cjs"), str(JS_FILE), str(HERE / "fold_vectors.json")],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=True)
    got = json.loads(result.stdout)
    mismatches = [(v["input"], g) for v, g in zip(VECTORS, got, strict=False)
                  if (g["canonical"], g["folded"]) != (v["canonical"], v["folded"])]
    assert len(got) == len(VECTORS) and not mismatches


@pytest.mark.browser
def test_python_and_js_agree_on_every_word_of_the_site(browser, built_site):
    """Beyond the vectors: both functions give the same forms for every word of the site,
    and for each word's decomposed (NFD) and old-tone-style spellings."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["title"] + " " + re.sub(r"<[^>]+>", " ", doc["text"]) for doc in index["docs"])
    words = sorted(set(re.findall(r"[^\W\d_]+", text)))
    old_style = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỷ": "ủy", "uý": "úy",
                 "uỳ": "ùy", "uỹ": "ũy", "uỵ": "ụy", "oẻ": "ỏe", "oè": "òe", "oé": "óe"}
    variants = set(words)
    for word in words:
        variants.add(unicodedata.normalize("NFD", word))
        for new, old in old_style.items():
            if word.endswith(new):
                variants.add(word[: -len(new)] + old)
    strings = sorted(variants)
    assert len(words) > 500
    got = js_results_in_browser(browser, strings)
    mismatches = [(s, g) for s, g in zip(strings, got, strict=True)
                  if g != [fold(s, keep_marks=True), fold(s)]]
    assert not mismatches[:20]
