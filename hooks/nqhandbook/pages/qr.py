"""QR code geometry for the learning pages (drawn by templates/charts/qr.svg.j2).

segno computes the modules (qr_mask.py chooses segno's data mask faster than segno does);
this module turns dark runs of each row into SVG path data (numbers only, no markup). The
code keeps the standard 4-module quiet zone so that cheap phone cameras read it from paper.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from functools import cache

from .qr_mask import encode

QUIET_ZONE = 4


@dataclass(frozen=True)
class QrCode:
    url: str
    size: int  # modules per side, quiet zone included
    path: str  # SVG path data: one rectangle per horizontal run of dark modules


_DARK_RUN = re.compile(rb"\x01+")  # segno's matrix holds 0 (light) and 1 (dark) per module


@cache  # the kit, the slides and the learning pages encode the same addresses; the build
# clears it once they are written (outputs.site_build), so it never outlives one build
def qr_code(url: str) -> QrCode:
    rows = encode(url).rows  # segno.make(url, error="m", micro=False).matrix
    commands = []
    for y, row in enumerate(rows, start=QUIET_ZONE):
        for start, end in map(re.Match.span, _DARK_RUN.finditer(row)):
            width = end - start
            commands.append(f"M{start + QUIET_ZONE} {y}h{width}v1h-{width}z")
    size = len(rows) + 2 * QUIET_ZONE
    return QrCode(url=url, size=size, path="".join(commands))
