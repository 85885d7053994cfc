"""Geometry for the static SVG charts (drawn by templates/charts/*.svg.j2).

Only numbers live here: scales and positions. No markup is built in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..data.model import Target
from ..data.partial_date import year_of
from ..data.target_status import Status
from .templating import vi_number

WIDTH, HEIGHT = 340, 170
LEFT, RIGHT, TOP, BOTTOM = 16, 16, 24, 34


@dataclass
class Mark:
    x: float
    y: float
    label: str
    y_top: float | None = None  # upper end of a range milestone


@dataclass
class Timeline:
    chart_id: str
    title: str
    desc: str
    width: int = WIDTH
    height: int = HEIGHT
    baseline_y: float = HEIGHT - BOTTOM
    ticks: list[Mark] = field(default_factory=list)
    milestones: list[Mark] = field(default_factory=list)
    results: list[Mark] = field(default_factory=list)
    baseline: list[Mark] = field(default_factory=list)


@dataclass
class Progress:
    chart_id: str
    title: str
    desc: str
    percent: int
    fill_width: float
    width: int = WIDTH


def _label(value: float, unit: str | None) -> str:
    return f"{vi_number(value)}{' ' + unit if unit and unit != '%' else unit or ''}"


def timeline(target: Target, chart_id: str) -> Timeline | None:
    """Milestones (diamonds), comparable results (circles) and baseline (square) over years."""
    milestones = [m for m in target.milestones if m.value is not None and m.year]
    results = [r for r in target.results if r.value is not None]
    base = target.baseline if target.baseline and target.baseline.value is not None else None
    if len(milestones) + len(results) + (1 if base else 0) < 2 or not milestones:
        return None
    years = [m.year for m in milestones] + [year_of(r.as_of) for r in results]
    if base:
        years.append(year_of(base.as_of))
    first, last = min(years), max(years)
    span = max(last - first, 1)
    top_value = max([m.value_max or m.value for m in milestones] + [r.value for r in results]
                    + ([base.value] if base else [])) or 1

    def x(year: int) -> float:
        return round(LEFT + 20 + (WIDTH - LEFT - RIGHT - 40) * (year - first) / span, 1)

    def y(value: float) -> float:
        return round(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / (top_value * 1.05), 1)

    chart = Timeline(chart_id=chart_id, title=f"{target.indicator}: các mốc chỉ tiêu",
                     desc="; ".join([f"Mốc {m.year}: {m.text}" for m in milestones]
                                    + [f"Kết quả {r.as_of}: {r.text}" for r in results]
                                    + ([f"Mốc xuất phát {base.as_of}: {base.text}"] if base else [])))
    chart.ticks = [Mark(x(yr), HEIGHT - BOTTOM + 16, str(yr)) for yr in sorted(set(years))]
    chart.milestones = [Mark(x(m.year), y(m.value), m.text, y(m.value_max) if m.value_max else None)
                        for m in milestones]
    chart.results = [Mark(x(year_of(r.as_of)), y(r.value), _label(r.value, target.unit)) for r in results]
    if base:
        chart.baseline = [Mark(x(year_of(base.as_of)), y(base.value), _label(base.value, target.unit))]
    return chart


def progress(target: Target, status: Status, chart_id: str) -> Progress | None:
    """How far the latest comparable result is toward the milestone it is measured against."""
    if status.milestone is None or status.result is None or status.result.value is None:
        return None
    goal, value = status.milestone.value, status.result.value
    if not goal:
        return None
    share = max(0.0, min(value / goal, 1.0))
    when = status.milestone.year or "hằng năm"
    return Progress(
        chart_id=chart_id,
        title=f"{target.indicator}: tiến độ so với mốc {when}",
        desc=f"Kết quả {status.result.as_of} là {_label(value, target.unit)}, bằng {round(value / goal * 100)}% "
             f"mốc {when} ({status.milestone.text}).",
        percent=round(value / goal * 100),
        fill_width=round((WIDTH - 2) * share, 1),
    )
