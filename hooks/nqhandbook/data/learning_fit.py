"""Fit a learning page into its word budget (issue 6: at most 600 words on screen).

What and why, what it means for a commune, the questions, gap notes and the page's own
labels are always shown. Key points fill the rest, 3 to 5 of them in their data order;
when even 3 do not fit, the last of the (up to 3) key numbers give way, down to one.
Whatever is left out is on the full resolution page, and the learning page says so.

These are estimates from the data (white-space separated words, citation markers not
counted) that only steer; tests/test_learning_browser.py counts every visible word of
the rendered page, citation markers included, hence the margin under 600.
"""

from __future__ import annotations


from .model import DOC_KIND_LABELS, Fact, Resolution, Target
from .own import Ownership, ownership

WORD_BUDGET = 570  # a margin under the 600 words the tests enforce on the rendered page
FRAME_WORDS = 121  # title, meta line, headings, buttons (the save button: 11), QR caption, link lines, summaries
KEY_POINTS = (3, 5)
MORE_LINE_WORDS = 8  # "Trang đầy đủ có thêm N ... nữa."


def words(text: str | None) -> int:
    return len(text.split()) if text else 0


def fact_words(fact: Fact, res: Resolution) -> int:
    """The fact's text and, for a fact of another document, its "Theo <kind>" label."""
    kinds = {doc.id: doc.kind for doc in res.related_documents}
    return words(fact.text) + (1 + words(DOC_KIND_LABELS[kinds[fact.of]]) if fact.of else 0)


def label_words(target: Target, res: Resolution) -> int:
    """Words of the key number's "who owns it" label (templates/pages/learning.md.j2)."""
    owner = ownership(target)
    kinds = {doc.id: doc.kind for doc in res.related_documents}
    kind = words(DOC_KIND_LABELS[kinds[target.of]]) if target.of in kinds else 3
    if owner is Ownership.own:
        return 5  # "Chỉ tiêu của nghị quyết"
    if owner is Ownership.document:
        return 6 + kind  # "Thuộc <kind>, không phải của nghị quyết"
    if owner is Ownership.uncertain:
        return 9 + kind  # "Chưa rõ là chỉ tiêu của nghị quyết hay <kind>"
    return 9  # "Số liệu bối cảnh, không phải chỉ tiêu của nghị quyết"


def _target_words(target: Target, res: Resolution) -> int:
    return (words(target.indicator) + words(target.unit) + label_words(target, res)
            + sum(2 + words(m.text) for m in target.milestones))


def fixed_words(res: Resolution, targets: list[Target], questions: list[str]) -> int:
    learning = res.learning
    gaps = words(res.key_points.gap) + 6 if res.key_points.gap else 0
    if not targets:
        gaps += 22 if res.targets.items else words(res.targets.gap) + 8
    return (FRAME_WORDS + words(res.short_title) + words(res.issuer_name) + words(learning.why.text)
            + sum(_target_words(t, res) for t in targets) + sum(fact_words(f, res) for f in learning.local)
            + sum(words(q) for q in questions) + gaps)


def _points(res: Resolution, room: int) -> list[Fact]:
    chosen, used = [], 0
    for item in res.key_points.items[:KEY_POINTS[1]]:
        if len(chosen) >= KEY_POINTS[0] and used + fact_words(item, res) > room:
            break
        chosen.append(item)
        used += fact_words(item, res)
    return chosen


def fit(res: Resolution, targets: list[Target], questions: list[str]) -> tuple[list[Target], list[Fact]]:
    """(key numbers, key points) for the page: every key number and the first 3 to 5 key
    points that fit; when even 3 key points do not fit, the last key numbers give way, down
    to one."""
    for count in range(len(targets), 0, -1) if targets else [0]:
        shown = targets[:count]
        room = WORD_BUDGET - fixed_words(res, shown, questions)
        room -= MORE_LINE_WORDS if len(shown) < len(res.targets.items) and shown else 0
        points = _points(res, room - (MORE_LINE_WORDS if len(res.key_points.items) > KEY_POINTS[0] else 0))
        if sum(fact_words(p, res) for p in points) <= room or count <= 1:
            return shown, points
    raise AssertionError("unreachable")
