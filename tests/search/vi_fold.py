"""Vietnamese text normalisation for search: the one Python function, `fold`.

Its JavaScript twin is `fold` in overrides/assets/javascripts/lunr/min/lunr.vi.min.js, which
normalises the search index and the queries in the browser. Both follow the same steps and
are tested against the same vectors (tests/search/fold_vectors.json), so a word normalised
at build time (if ever needed) and the same word normalised in the browser agree.

Steps, word by word (a word is a run of letters and combining marks):
1. NFC, with the tone mark on one canonical vowel, so both tone-placement styles meet:
   hòa/hoà -> hoà, thủy/thuỷ -> thuỷ, khỏe/khoẻ -> khoẻ (the modern style: in an open
   syllable ending in oa, oe, uy the tone sits on the second vowel; a vowel with a quality
   mark (ă â ê ô ơ ư, ơ in ươ) always carries it; otherwise the last vowel before a final
   consonant, else the first). Words with several tone marks or several vowel groups (not a
   Vietnamese syllable) are only put in NFC.
2. Unless `keep_marks`, fold: drop every combining mark and turn đ/Đ into d/D.
Case and everything that is not a letter are kept.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold"]

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = "aăâeêioôơuưy"
_MARKED = "ăâêôơư"


def _tone_position(cluster: str, closed: bool) -> int:
    """Index of the vowel that carries the tone in a (lower-case) vowel cluster."""
    ending = cluster.find("ươ")
    if ending >= 0:
        return ending + 1
    for i in range(len(cluster) - 1, -1, -1):
        if cluster[i] in _MARKED:
            return i
    if closed:
        return len(cluster) - 1
    if len(cluster) == 1:
        return 0
    if len(cluster) == 2:
        return 1 if cluster in ("oa", "oe", "uy") else 0
    return 1


def _canonical_word(word: str) -> str:
    nfd = unicodedata.normalize("NFD", word).replace("\u0340", "\u0300").replace("\u0341", "\u0301")
    tones = [ch for ch in nfd if ch in _TONES]
    if len(tones) != 1:
        return unicodedata.normalize("NFC", nfd)
    base = unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in _TONES))
    lower = base.lower()
    if len(lower) != len(base):
        return unicodedata.normalize("NFC", nfd)
    groups = [m.span() for m in re.finditer(f"[{_VOWELS}]+", lower)]
    if len(groups) != 1:
        return unicodedata.normalize("NFC", nfd)
    start, end = groups[0]
    if start == 1 and end - start > 1 and lower[:2] in ("qu", "gi"):
        start += 1  # the u of qu and the i of gi are consonants
    at = start + _tone_position(lower[start:end], end < len(lower))
    return unicodedata.normalize("NFC", base[: at + 1] + tones[0] + base[at + 1 :])


def _words(text: str):
    """Yield (start, end) of each run of letters and combining marks."""
    i, n = 0, len(text)
    while i < n:
        if unicodedata.category(text[i])[0] in "LM":
            j = i + 1
            while j < n and unicodedata.category(text[j])[0] in "LM":
                j += 1
            yield i, j
            i = j
        else:
            i += 1


def fold(text: str, keep_marks: bool = False) -> str:
    """Normalise Vietnamese text for search.

    With keep_marks=True: NFC with every word's tone mark on its canonical vowel
    ("Thủy" -> "Thuỷ", NFD input -> NFC). Otherwise also fold: no diacritics, đ -> d
    ("Thủy" -> "Thuy", "Đảng" -> "Dang").
    """
    text = unicodedata.normalize("NFC", str(text))
    pieces, last = [], 0
    for start, end in _words(text):
        pieces.append(text[last:start])
        pieces.append(_canonical_word(text[start:end]))
        last = end
    pieces.append(text[last:])
    canonical = "".join(pieces)
    if keep_marks:
        return canonical
    bare = "".join(ch for ch in unicodedata.normalize("NFD", canonical)
                   if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", bare.replace("đ", "d").replace("Đ", "D"))
