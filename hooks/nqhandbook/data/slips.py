"""Semantic slips the schema lets through: dates outside the resolution's window,
duplicate quiz choices, a key target listed twice. Each is (field location, message)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .model import Resolution
from .partial_date import EARLIEST_YEAR, display_date


def _same(text: str) -> str:
    return " ".join(text.casefold().split())


def _as_of_dates(res: Resolution) -> Iterator[tuple[tuple, str]]:
    for index, result in enumerate(res.results.items):
        yield ("results", "items", index, "as_of"), result.as_of
    for t_index, target in enumerate(res.targets.items):
        here = ("targets", "items", t_index)
        if target.baseline:
            yield here + ("baseline", "as_of"), target.baseline.as_of
        for r_index, result in enumerate(target.results):
            yield here + ("results", r_index, "as_of"), result.as_of


def resolution_slips(res: Resolution, today: dt.date) -> Iterator[tuple[tuple, str]]:
    for loc, as_of in _as_of_dates(res):
        if int(as_of[:4]) < EARLIEST_YEAR or as_of > today.isoformat()[: len(as_of)]:
            yield loc, (f"số liệu tính đến (as_of) phải trong khoảng năm {EARLIEST_YEAR} đến hôm nay "
                        f"({display_date(today.isoformat())}), nhận được \"{as_of}\"")

    dated = [(("sources", i, "date"), s.date) for i, s in enumerate(res.sources)]
    dated += [(("related_documents", i, "date"), d.date) for i, d in enumerate(res.related_documents)]
    dated += [(("good_models", "items", i, "date"), p.date) for i, p in enumerate(res.good_models.items)]
    for loc, date in dated:
        if date and date > today.isoformat()[: len(date)]:
            yield loc, f'ngày "{date}" ở tương lai (sau hôm nay, {display_date(today.isoformat())})'

    doc_dates = {doc.id: doc.date for doc in res.related_documents}
    for t_index, target in enumerate(res.targets.items):
        owner_date = doc_dates.get(target.of) if target.of else res.issued
        if not owner_date:
            continue
        owner = "văn bản " + target.of if target.of else "nghị quyết"
        for m_index, milestone in enumerate(target.milestones):
            if milestone.year is not None and milestone.year < int(owner_date[:4]):
                yield (("targets", "items", t_index, "milestones", m_index, "year"),
                       f"mốc năm {milestone.year} sớm hơn năm ban hành của {owner} ({owner_date[:4]}); "
                       "kiểm tra lại năm hoặc ghi of: văn bản đặt ra chỉ tiêu này")

    if res.learning:
        seen: set[str] = set()
        for index, target_id in enumerate(res.learning.key_targets):
            if target_id in seen:
                yield ("learning", "key_targets", index), f'chỉ tiêu "{target_id}" được ghi hai lần'
            seen.add(target_id)
        for q_index, question in enumerate(res.learning.quiz):
            choices: dict[str, int] = {}
            for c_index, choice in enumerate(question.choices):
                key = _same(choice)
                if key in choices:
                    yield (("learning", "quiz", q_index, "choices", c_index),
                           f"phương án {c_index + 1} trùng với phương án {choices[key] + 1}")
                choices.setdefault(key, c_index)
