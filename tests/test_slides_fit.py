"""fit.clean and fit.lines_needed take shortcuts (measured in the decks' CPU); they must
give what the plain definitions give, on any spacing, Unicode whitespace included."""

from __future__ import annotations

import math
import random

import pytest

from nqhandbook.outputs.slides.fit import _SENTENCE_END, ELLIPSIS, clean, lines_needed, shorten

SPACES = [" ", " ", " ", "  ", "\t", "\n", " \n ", "\xa0", "\u3000", "\u2009", "\x1c"]


def walk_lines(text: str, line_chars: int) -> int:
    """The definition: words placed one by one, a new line when the next does not fit."""
    lines, current = 1, 0
    for word in text.split():
        if current and current + 1 + len(word) > line_chars:
            lines, current = lines + 1, len(word)
        else:
            current += (1 if current else 0) + len(word)
    return max(lines, math.ceil(len(text) / line_chars) if " " not in text else lines)


def texts(count: int, seed: int):
    rng = random.Random(seed)  # noqa: S311 (repeatable test data, not secrets)
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 30)):
            parts.append(rng.choice(["x", "ệ", "*", "**", "2.400"]) * rng.choice([0, 1, 2, 3, 5, 8, 20, 40, 80]))
            parts.append(rng.choice(SPACES))
        text = "".join(parts)
        yield text.strip(" ") if rng.random() < 0.3 else text


@pytest.mark.parametrize("line_chars", [1, 3, 8, 34, 72])
def test_lines_needed_is_the_word_walk(line_chars):
    for text in texts(5000, seed=line_chars):
        assert lines_needed(text, line_chars) == walk_lines(text, line_chars), repr(text)


def test_clean_is_split_and_join_without_emphasis_marks():
    for text in texts(20000, seed=1):
        assert clean(text) == " ".join(text.replace("*", "").split()), repr(text)


def split_shorten(text: str, limit: int) -> str:
    """The definition: whole leading sentences joined while they fit, else a word cut."""
    text = " ".join(text.replace("*", "").split())
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in filter(None, _SENTENCE_END.split(text)):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    if kept:
        return kept[:-1].rstrip() + ELLIPSIS if kept.endswith((";", ":")) else kept
    words = text[: limit - 1].rsplit(" ", 1)[0].split()
    while len(words) > 1 and any(ch.isdigit() for ch in words[-1]):
        words.pop()
    return " ".join(words).rstrip(" ,;:-–(") + ELLIPSIS


def sentences_texts(count: int, seed: int):
    rng = random.Random(seed)  # noqa: S311 (repeatable test data, not secrets)
    pieces = ["Tăng", "trưởng", "2.400", "tỷ", "đồng;", "Đến", "năm", "2025.", "(a)", "“Xã", "đạt”.", "x" * 30,
              "B:", "12/2024!", "ý?", "²", "-", "4"]
    for _ in range(count):
        yield rng.choice(SPACES).join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("limit", [20, 34, 50, 64, 144])
def test_shorten_is_the_sentence_walk(limit):
    for text in sentences_texts(4000, seed=limit):
        assert shorten(text, limit) == split_shorten(text, limit), repr(text)
