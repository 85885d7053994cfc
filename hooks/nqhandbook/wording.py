"""Small pieces of generated Vietnamese that must read as an editor would write them."""

from __future__ import annotations

from .model import Target


def unit_text(target: Target) -> str:
    """The unit to print after the indicator: nothing when there is none or when the
    indicator already names it; never a second bracket after a closing one."""
    unit = (target.unit or "").strip()
    indicator = " ".join(target.indicator.split())
    if not unit or unit.casefold() in indicator.casefold():
        return ""
    return unit


def unit_joiner(target: Target) -> str:
    """How the unit follows the indicator: " (đơn vị)" or, after a closing bracket,
    ", đơn vị: …" so that brackets never stack."""
    return "comma" if target.indicator.rstrip().endswith(")") else "bracket"


def count_phrase(count: int, noun: str) -> str:
    """"3 chỉ tiêu"; "" for zero (a generated sentence never says "0 …")."""
    return f"{count} {noun}" if count else ""


def join_vi(parts: list[str]) -> str:
    """["a", "b", "c"] -> "a, b và c" (empty parts left out)."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " và " + parts[-1]
