"""Print the kit into a folder (dist/kit/ for `make kit`): leaflet and poster PDFs, the
poster PNG, the contest PDFs (headless Chromium, as scripts/make_pdfs.py), the share
images (Pillow) and the post texts. Needs a Playwright browser object from the caller."""

from __future__ import annotations

from pathlib import Path

from ...data.load import Dataset
from .content import KitContent
from .files import (ANSWERS_PDF, CONTEST_SLUG, LEAFLET_PDF, LEARNING_SHARE_PNG, POST_TXT, POSTER_PDF,
                    POSTER_PNG, QUESTIONS_PDF, SHARE_PNG)
from .share import post_text, share_image
from .views import contest_html, leaflet_html, poster_html

PDF_OPTIONS = {"print_background": True, "prefer_css_page_size": True, "tagged": True}
POSTER_PNG_WIDTH = 1240  # pixels: about 106 dpi across A3, sharp on a screen, light to send

# Measures every panel: [selector name, scrollHeight, clientHeight] for those that overflow.
OVERFLOW_JS = """() => [...document.querySelectorAll('[data-panel]')]
  .filter(p => p.scrollHeight > p.clientHeight + 1 || p.scrollWidth > p.clientWidth + 1)
  .map(p => [p.dataset.panel, p.scrollHeight, p.clientHeight])"""


class PanelOverflowError(Exception):
    pass


def load(page, html: str, media: str = "print") -> None:
    page.emulate_media(media=media)
    page.set_content(html, wait_until="load")


def overflowing(page) -> list:
    return page.evaluate(OVERFLOW_JS)


def print_pdf(page, html: str, what: str) -> bytes:
    load(page, html)
    bad = overflowing(page)
    if bad:
        raise PanelOverflowError(f"{what}: nội dung tràn khung {bad}")
    return page.pdf(**PDF_OPTIONS)


def poster_png(page, html: str) -> bytes:
    load(page, html)
    page.set_viewport_size({"width": 1123, "height": 1587})  # A3 at 96 dpi
    data = page.locator(".sheet").screenshot(type="png", scale="device")
    from PIL import Image  # noqa: PLC0415
    import io  # noqa: PLC0415

    image = Image.open(io.BytesIO(data))
    image = image.resize((POSTER_PNG_WIDTH, round(image.height * POSTER_PNG_WIDTH / image.width)))
    out = io.BytesIO()
    image.convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(out, format="PNG", optimize=True)
    return out.getvalue()


def write_resolution(page, c: KitContent, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {
        LEAFLET_PDF: print_pdf(page, leaflet_html(c), f"Tờ gấp {c.number}"),
        SHARE_PNG: share_image(c),
        POST_TXT: ("\ufeff" + post_text(c)).encode("utf-8"),
    }
    if c.res.learning:
        written[LEARNING_SHARE_PNG] = share_image(c, learning=True)
    if c.has_poster:
        html = poster_html(c)
        written[POSTER_PDF] = print_pdf(page, html, f"Áp phích {c.number}")
        written[POSTER_PNG] = poster_png(page, html)
    paths = []
    for name, data in written.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


def write_contest(page, dataset: Dataset, folder: Path) -> list[Path]:
    folder = folder / CONTEST_SLUG
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, answers in ((QUESTIONS_PDF, False), (ANSWERS_PDF, True)):
        load(page, contest_html(dataset, answers))
        (folder / name).write_bytes(page.pdf(format="A4", **PDF_OPTIONS))
        paths.append(folder / name)
    return paths


def write_kit(browser, dataset: Dataset, contents: list[KitContent], out: Path) -> list[Path]:
    page = browser.new_page(locale="vi-VN")
    try:
        paths = []
        for c in contents:
            paths += write_resolution(page, c, out / c.slug)
        paths += write_contest(page, dataset, out)
        return paths
    finally:
        page.close()
