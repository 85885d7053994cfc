"""QR code geometry for the learning pages (drawn by templates/charts/qr.svg.j2).

segno computes the modules; this module turns dark runs of each row into SVG path
data (numbers only, no markup). The code keeps the standard 4-module quiet zone so that
cheap phone cameras read it from paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import segno

QUIET_ZONE = 4


@dataclass(frozen=True)
class QrCode:
    url: str
    size: int  # modules per side, quiet zone included
    path: str  # SVG path data: one rectangle per horizontal run of dark modules


@lru_cache(maxsize=256)  # learning pages, leaflets and posters encode the same addresses
def qr_code(url: str) -> QrCode:
    code = segno.make(url, error="m", micro=False)
    commands = []
    for y, row in enumerate(code.matrix_iter(border=QUIET_ZONE)):
        x, width = 0, len(row)
        while x < width:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < width and row[x]:
                x += 1
            commands.append(f"M{start} {y}h{x - start}v1h-{x - start}z")
    size = code.symbol_size(border=QUIET_ZONE)[0]
    return QrCode(url=url, size=size, path="".join(commands))
