"""Character budgets and shortening rules: slide text fits its box by construction.

Budgets are counted in characters for Arial (and its metric twin Liberation Sans, which
LibreOffice uses where Arial is missing) at the sizes pptx_writer.py sets. A line of the
body box holds BODY_LINE_CHARS characters of 20 pt text; the box holds BODY_LINES lines.

Shortening never writes new words: a text too long for its budget keeps its first
sentence(s) that fit; failing that, it is cut at a word boundary and ends in "…". The full
text always goes into the speaker notes.
"""

from __future__ import annotations

import math
import re

TITLE_CHARS = 50  # slide title, one line at 30 pt bold
SUBTITLE_CHARS = 150  # the resolution's title on the first slide, 2 lines at 26 pt
BODY_LINE_CHARS = 72  # one line of a 20 pt bullet in the 12.1 in wide body box
BODY_LINES = 12  # lines the body box holds (5.3 in at 20 pt, with paragraph spacing)
ITEM_CHARS = 2 * BODY_LINE_CHARS  # one bullet: at most two lines
HALF_LINE_CHARS = 34  # a bullet in a half-width box (beside a chart or the QR code)
SOURCE_CHARS = 64  # one line of the sources slide (14 pt, half width)
SOURCES_PER_COLUMN = 11
ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-ZĐÀ-Ỹ0-9\"“(])")


def clean(text: str) -> str:
    """One line, no Markdown emphasis marks."""
    text = text.replace("*", "")
    # Most texts are already one line with single spaces: then split/join would give them
    # back unchanged (every whitespace but " " is unprintable). 8 -> 3 us a text.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(clean(text)) if s]


def shorten(text: str, limit: int) -> str:
    """`text` if it fits `limit` characters; else its leading sentences that fit; else cut
    at the last word boundary with an ellipsis."""
    return shorten_clean(clean(text), limit)


def shorten_clean(text: str, limit: int) -> str:
    """shorten() of a text that is already clean() (a deck cleans each text once)."""
    if len(text) <= limit:
        return text
    # The leading sentences that fit end at the last sentence break within `limit` (one
    # space each in clean text): no need to split the whole text.
    kept = ""
    for end in _SENTENCE_END.finditer(text, 0, limit + 2):
        if end.start() > limit:
            break
        kept = text[:end.start()]
    if kept:
        # a run cut after "…; " or "…: " says it goes on
        return kept[:-1].rstrip() + ELLIPSIS if kept.endswith((";", ":")) else kept
    words = text[: limit - 1].rsplit(" ", 1)[0].split()
    # Never end on a number: "giảm 2.400…" would lose the number's unit.
    while len(words) > 1 and any(map(str.isdigit, words[-1])):
        words.pop()
    return " ".join(words).rstrip(" ,;:-–(") + ELLIPSIS


def lines_needed(text: str, line_chars: int = BODY_LINE_CHARS) -> int:
    """Lines a text takes when wrapped at word boundaries to `line_chars` characters (a word
    longer than a line takes a line of its own)."""
    if len(text) <= line_chars:
        return 1
    # Greedy wrapping of the single-spaced words, a line at a time: each line ends at the
    # last space within reach (a walk word by word was 0.08 s of the decks at 160).
    words = " ".join(text.split())
    lines, start = 1, 0
    while len(words) - start > line_chars:
        end = words.rfind(" ", start, start + line_chars + 1)
        if end == -1:  # the line's first word is longer than a line
            end = words.find(" ", start)
            if end == -1:
                break
        lines, start = lines + 1, end + 1
    return max(lines, math.ceil(len(text) / line_chars) if " " not in text else lines)
