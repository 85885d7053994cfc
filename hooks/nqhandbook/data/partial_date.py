"""Partial dates (2023, 2023-09, 2023-09-30), kept as text and checked for sense."""

import datetime as dt
import re

from pydantic_core import PydanticCustomError

from .safety import ascii_digits, shown

_PATTERN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
EARLIEST_YEAR = 1990
# On 01/07/2025 Lào Cai merged with Yên Bái: a figure dated from then on is the merged
# province's ("tỉnh Lào Cai mới", CONTRIBUTING.md section 7) and is not directly comparable
# with a target set for the old province.
MERGER_DATE = "2025-07-01"


def merged_province(as_of: str) -> bool:
    """True for a figure dated from the merger on, at its own precision: 2025-07-01 and
    later days, 2025-08 and later months, 2026 and later years (July 2025 as a month and
    2025 as a year still hold the old province's days, so they are not labelled)."""
    return as_of >= MERGER_DATE


def check_partial_date(value: object) -> str:
    """Return a partial date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or raise."""
    text = ascii_digits(str(value).strip())  # fullwidth 2023 is stored as 2023
    match = _PATTERN.fullmatch(text)
    if isinstance(value, bool) or not match:
        raise PydanticCustomError(
            "date_format",
            'phải là ngày dạng NĂM, NĂM-THÁNG hoặc NĂM-THÁNG-NGÀY (ví dụ 2023-09-30), nhận được "{value}"',
            {"value": shown(text, 80)},
        )
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        raise PydanticCustomError(
            "date_impossible", 'ngày không tồn tại: "{value}"', {"value": text}
        ) from None
    return text


def date_bounds_problem(text: str, today: dt.date) -> str | None:
    """Vietnamese message when an issue date is outside 1990..today, else None."""
    year = int(text[:4])
    if year < EARLIEST_YEAR or text > today.isoformat()[: len(text)]:
        return f'ngày ban hành phải trong khoảng {EARLIEST_YEAR} đến hôm nay, nhận được "{text}"'
    return None


def display_date(text: str | None) -> str:
    """Vietnamese display: 30/09/2023, 09/2023, 2023; empty for unknown."""
    if not text:
        return ""
    parts = text.split("-")
    return "/".join(reversed(parts))


def year_of(text: str | None) -> int | None:
    return int(text[:4]) if text else None
