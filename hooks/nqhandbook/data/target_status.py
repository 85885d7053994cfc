"""Target status: computed only where it is honest to compute.

The rule (also shown on the targets page):
- no reported result at all                          -> no_report
- results exist but none is comparable (a value in
  the target's unit, same scope, a full period; a
  result whose period is some months never counts)   -> not_comparable
- the latest comparable result meets the milestone due
  in its year or the next one                        -> achieved
- the milestone's year has passed (or is the result's
  year) and the result does not meet it              -> behind
- the milestone is still ahead and a dated baseline
  exists: on the straight line from baseline to
  milestone, the result is at or past the line       -> on_track, otherwise behind
- the milestone is still ahead and there is no
  baseline to draw that line from                    -> not_comparable
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Comparator, Milestone, Target, TargetResult
from .partial_date import year_of

PARTIAL_PERIOD = re.compile(r"\d+\s+tháng|\bquý\b", re.I)


def is_partial_period(period: str | None) -> bool:
    """A period of some months ("9 tháng đầu năm 2023", "quý III"), not a full year or term."""
    return bool(period and PARTIAL_PERIOD.search(period))

TARGET_STATUS_LABELS = {
    "achieved": "Đã đạt",
    "on_track": "Đúng tiến độ",
    "behind": "Chậm so với mốc",
    "not_comparable": "Chưa so sánh được",
    "no_report": "Chưa có báo cáo",
}
LOWER_IS_BETTER = {Comparator.at_most, Comparator.less_than}
ABOUT_TOLERANCE = 0.95  # "khoảng"/"ước" counts as met at 95% of the value


@dataclass(frozen=True)
class Status:
    key: str
    milestone: Milestone | None
    result: TargetResult | None

    @property
    def label(self) -> str:
        return TARGET_STATUS_LABELS[self.key]


def meets(value: float, milestone: Milestone) -> bool:
    goal = milestone.value
    c = milestone.comparator
    if c is Comparator.at_most:
        return value <= goal
    if c is Comparator.less_than:
        return value < goal
    if c is Comparator.more_than:
        return value > goal
    if c in (Comparator.about, Comparator.estimate):
        return value >= goal * ABOUT_TOLERANCE
    return value >= goal  # exactly / at_least: reaching the (lower end of the) value


def due_milestone(target: Target, year: int) -> Milestone | None:
    """The numeric milestone due in `year` or the first one after it."""
    numeric = [m for m in target.milestones if m.value is not None]
    annual = [m for m in numeric if m.annual]
    if annual:
        return annual[0]
    ahead = sorted((m for m in numeric if m.year >= year), key=lambda m: m.year)
    return ahead[0] if ahead else None


def target_status(target: Target) -> Status:
    if not target.results:
        return Status("no_report", None, None)
    comparable = sorted((r for r in target.results if r.value is not None and not is_partial_period(r.period)),
                        key=lambda r: r.as_of)
    if not comparable:
        return Status("not_comparable", None, max(target.results, key=lambda r: r.as_of))
    latest = comparable[-1]
    year = year_of(latest.as_of)
    milestone = due_milestone(target, year)
    if milestone is None:
        return Status("not_comparable", None, latest)
    if meets(latest.value, milestone):
        return Status("achieved", milestone, latest)
    if milestone.annual or milestone.year <= year:
        return Status("behind", milestone, latest)
    baseline = target.baseline
    if baseline is None or baseline.value is None or year_of(baseline.as_of) >= milestone.year:
        return Status("not_comparable", milestone, latest)
    start, end = year_of(baseline.as_of), milestone.year
    expected = baseline.value + (milestone.value - baseline.value) * (year - start) / (end - start)
    better = latest.value <= expected if milestone.comparator in LOWER_IS_BETTER else latest.value >= expected
    return Status("on_track" if better else "behind", milestone, latest)
