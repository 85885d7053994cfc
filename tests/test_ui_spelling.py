"""One spelling convention for the site's own words: the tone mark of "oa", "oe" and "uy"
at the end of a syllable sits on the first vowel ("hòa", "xóa", "khỏe", "Tỉnh ủy"), as in
the data and the rest of the interface; "quý" and "quá" are another case ("qu" is one
consonant) and stay as they are."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD_STYLE = re.compile(r"(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![a-zà-ỹđ])", re.IGNORECASE)
UI_TEXT = ("hooks/nqhandbook/templates", "overrides", "docs")
SUFFIXES = {".j2", ".html", ".md", ".js", ".webmanifest", ".txt"}


def old_style_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    return [m.group(0) for m in OLD_STYLE.finditer(text)]


def test_the_rule_finds_old_style_and_spares_qu():
    assert old_style_words("Xoá hết; hoà bình; khoẻ; Tỉnh uỷ") == ["oá", "oà", "oẻ", "uỷ"]
    assert old_style_words("Xóa, hòa, khỏe, Tỉnh ủy, quý, quá, hoàn thành, thuyền") == []


def test_interface_text_uses_one_tone_placement():
    found = []
    for folder in UI_TEXT:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in SUFFIXES or path.name.endswith(".min.js"):
                continue  # the vendored search language file lists both spellings on purpose
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found += [f"{path.relative_to(ROOT)}:{number}: {w}" for w in old_style_words(line)]
    assert found == []
