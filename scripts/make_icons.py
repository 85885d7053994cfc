"""Render the web app icons (docs/assets/pwa/*.png) from docs/assets/favicon.svg.

Usage: python scripts/make_icons.py

Run once when the favicon changes and commit the PNGs; the build never runs it. Uses the
Debian chromium through Playwright, offline: the SVG is inlined as a data URL.
"""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "docs" / "assets" / "favicon.svg"
TARGET = ROOT / "docs" / "assets" / "pwa"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
BACKGROUND = "#c62828"  # the favicon's own red, for icons that must have no transparent corner
# name -> (size in px, scale of the favicon, full-bleed background). A maskable icon keeps its
# drawing inside the central 80% circle; iOS fills transparent corners of its icon with black.
ICONS = {
    "icon-192.png": (192, 1.0, False),
    "icon-512.png": (512, 1.0, False),
    "icon-maskable-512.png": (512, 0.8, True),
    "apple-touch-icon.png": (180, 1.0, True),
}
PAGE = """<!doctype html><meta charset="utf-8"><style>
html, body {{ margin: 0; width: {size}px; height: {size}px; background: {background}; }}
body {{ display: grid; place-items: center; }}
img {{ width: {inner}px; height: {inner}px; }}
</style><img src="data:image/svg+xml;base64,{svg}" alt="">"""


def main() -> int:
    svg = base64.b64encode(SOURCE.read_bytes()).decode("ascii")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for name, (size, scale, filled) in ICONS.items():
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(PAGE.format(size=size, inner=round(size * scale), svg=svg,
                                         background=BACKGROUND if filled else "transparent"))
            page.screenshot(path=str(TARGET / name), omit_background=not filled)
            page.close()
            print(TARGET / name)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
