"""For Zalo and Facebook: a 1200x630 link preview per resolution page and per learning
page (title and at most one of the resolution's own key numbers, large enough to read as
a chat thumbnail), and a ready-to-paste post. Pillow and DejaVu Sans draw the image (the
fonts the site's own preview uses); Pillow is needed only by `make kit`, never by the build.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

from ...pages.templating import environment
from .content import KitContent

SIZE = (1200, 630)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
RED, WHITE, INK, PALE = (183, 28, 28), (255, 255, 255), (33, 33, 33), (255, 224, 224)
MARGIN = 64
TITLE_LINES = 3


def _font(bold: bool, size: int):
    from PIL import ImageFont  # noqa: PLC0415

    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def wrap(text: str, font, width: int, max_lines: int) -> list[str]:
    """Words into lines no wider than `width`; the last line ends with … if text is left."""
    words, lines, line = text.split(), [], ""
    for _n, word in enumerate(words):
        trial = f"{line} {word}".strip()
        if font.getlength(trial) <= width:
            line = trial
            continue
        lines.append(line)
        line = word
        if len(lines) == max_lines:
            last = lines[-1]
            while font.getlength(last + " …") > width and " " in last:
                last = last.rsplit(" ", 1)[0]
            lines[-1] = last + " …"
            return lines
    lines.append(line)
    return lines


def share_image(c: KitContent, learning: bool = False) -> bytes:
    from PIL import Image, ImageDraw  # noqa: PLC0415

    image = Image.new("RGB", SIZE, RED)
    pen = ImageDraw.Draw(image)
    width = SIZE[0] - 2 * MARGIN
    head = "TÀI LIỆU HỌC TẬP NGHỊ QUYẾT" if learning else "NGHỊ QUYẾT CHUYÊN ĐỀ TỈNH ỦY LÀO CAI"
    pen.text((MARGIN, 44), head, font=_font(True, 30), fill=PALE)
    pen.text((MARGIN, 86), c.number, font=_font(True, 84), fill=WHITE)
    number = c.share_number
    title_font = _font(True, 44 if number else 52)
    y = 200
    for line in wrap(_nfc(c.res.short_title if number else c.title), title_font, width,
                     2 if number else TITLE_LINES + 1):
        pen.text((MARGIN, y), line, font=title_font, fill=WHITE)
        y += title_font.size + 14
    if number:
        box_top = max(y + 16, 350)
        pen.rectangle((0, box_top, SIZE[0], SIZE[1]), fill=WHITE)
        line = number.lines[0]
        label_font, value_font = _font(False, 30), _font(True, 58)
        ty = box_top + 26
        for part in wrap(_nfc(f"{number.indicator}: {line.label.lower()}"), label_font, width, 2):
            pen.text((MARGIN, ty), part, font=label_font, fill=INK)
            ty += label_font.size + 8
        for part in wrap(_nfc(line.text), value_font, width, 1):
            pen.text((MARGIN, ty + 6), part, font=value_font, fill=RED)
        note = _font(False, 26)
        pen.text((MARGIN, SIZE[1] - 50), wrap(_nfc(number.owner_label), note, width, 1)[0], font=note, fill=INK)
    else:
        pen.rectangle((0, SIZE[1] - 70, SIZE[0], SIZE[1]), fill=WHITE)
        pen.text((MARGIN, SIZE[1] - 52), "Sổ tay nghị quyết chuyên đề Tỉnh ủy Lào Cai", font=_font(False, 30),
                 fill=INK)
    out = io.BytesIO()
    image.convert("P", palette=Image.Palette.ADAPTIVE, colors=48).save(out, format="PNG", optimize=True)
    return out.getvalue()


def post_text(c: KitContent) -> str:
    """A few short paragraphs with the page link; the only hashtag is the resolution's number."""
    return environment().get_template("kit/post.txt.j2").render(
        c=c, hashtag="#" + "".join(ch for ch in c.number if ch.isalnum())).strip() + "\n"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))
