"""Draw the site's link preview image (Open Graph / Twitter card) without network.

Usage: python scripts/make_share_image.py [OUTPUT]   (default: docs/assets/images/chia-se.png)

One 1200x630 PNG for every page, committed to the repository, so that `mkdocs build`
needs neither Pillow nor a font. Rerun after changing the text below. Needs Pillow
(requirements-dev.txt) and DejaVu Sans (Debian's fonts-dejavu-core), which has every
Vietnamese glyph.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "assets" / "images" / "chia-se.png"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SIZE = (1200, 630)
RED, WHITE, INK = (183, 28, 28), (255, 255, 255), (33, 33, 33)
LINES = [  # (text, font file, size, colour, space after)
    ("TỈNH ỦY LÀO CAI", "DejaVuSans-Bold.ttf", 34, WHITE, 28),
    ("Sổ tay nghị quyết", "DejaVuSans-Bold.ttf", 78, WHITE, 8),
    ("chuyên đề", "DejaVuSans-Bold.ttf", 78, WHITE, 40),
    ("16 nghị quyết nhiệm kỳ 2020 - 2025: mục tiêu, chỉ tiêu,", "DejaVuSans.ttf", 34, WHITE, 8),
    ("giải pháp, kết quả và tài liệu học tập, có nguồn cho từng ý", "DejaVuSans.ttf", 34, WHITE, 0),
]


def draw(output: Path) -> None:
    image = Image.new("RGB", SIZE, RED)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, SIZE[1] - 60, SIZE[0], SIZE[1]), fill=WHITE)
    small = ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), 26)
    pen.text((80, SIZE[1] - 45), "Sổ tay nghị quyết chuyên đề Tỉnh ủy Lào Cai", font=small, fill=INK)
    y = 90
    for text, font_file, size, colour, after in LINES:
        font = ImageFont.truetype(str(FONT_DIR / font_file), size)
        text = unicodedata.normalize("NFC", text)
        pen.text((80, y), text, font=font, fill=colour)
        y += font.getbbox(text)[3] + after
    output.parent.mkdir(parents=True, exist_ok=True)
    image.convert("P", palette=Image.Palette.ADAPTIVE, colors=32).save(output, optimize=True)


if __name__ == "__main__":
    draw(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
