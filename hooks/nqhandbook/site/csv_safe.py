"""CSV cells a spreadsheet would evaluate are made inert (OWASP "CSV injection").

A cell starting with = + - @ (or their fullwidth forms), a tab or a carriage return is
prefixed with an apostrophe, which Excel and LibreOffice show as plain text. A plain
number such as -5 or -2.5 is left as it is: it is not a formula.
"""

from __future__ import annotations

import re

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def inert(value: object) -> object:
    """The cell as a spreadsheet will read it without evaluating anything."""
    if not isinstance(value, str) or not value.startswith(_TRIGGERS) or _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def is_inert(cell: str) -> bool:
    return not cell.startswith(_TRIGGERS) or bool(_PLAIN_NUMBER.fullmatch(cell))
