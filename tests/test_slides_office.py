"""Every deck opens in a real office suite: Debian's LibreOffice converts each .pptx to
PDF headless (one run for all 16, about a minute on two cores); every slide's text is
found in the PDF, on its own page, and no text runs out of its box (measured from the
positions of the text in the PDF: LibreOffice draws overflowing text past the box)."""

from __future__ import annotations

import shutil
import unicodedata

import pytest
from pypdf import PdfReader

from nqhandbook.data.load import load_dataset
from nqhandbook.outputs.slides.deck import build_deck
from nqhandbook.outputs.slides.pdf import convert
from nqhandbook.outputs.slides.pptx_writer import BODY_HEIGHT, BODY_TOP, HEIGHT, TITLE_HEIGHT, TITLE_TOP, write_pptx

pytestmark = pytest.mark.office
PT = 12700  # EMU per point
SITE = "https://example.org/so-tay/"


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture(scope="module")
def converted(root, tmp_path_factory):
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.fail("LibreOffice is missing: apt-get install libreoffice-impress (make test installs it)")
    out = tmp_path_factory.mktemp("slides-office")
    decks, files = {}, []
    for entry in load_dataset(root).entries:
        deck = build_deck(entry.resolution, SITE)
        path = out / f"{deck.slug}.pptx"
        path.write_bytes(write_pptx(deck))
        decks[deck.slug], files = deck, files + [path]
    pdfs = convert(files, out)
    return {pdf.stem: (decks[pdf.stem], PdfReader(pdf)) for pdf in pdfs}


def test_every_deck_converts_with_one_page_per_slide(converted):
    assert len(converted) == 16
    for slug, (deck, pdf) in converted.items():
        assert len(pdf.pages) == len(deck.slides), slug


def test_every_slides_text_is_in_its_pdf_page(converted):
    for slug, (deck, pdf) in converted.items():
        for page, slide in zip(pdf.pages, deck.slides, strict=False):
            text = _norm(page.extract_text())
            assert _norm(slide.title if slide.key != "title" else deck.heading) in text, (slug, slide.key)
            for line in slide.lines:
                assert _norm(line.face) in text, (slug, slide.key, line.face)
            if slide.key == "sources":
                for ref in deck.sources[:21]:
                    assert _norm(ref.short) in text, (slug, ref.short)
            if slide.key == "closing":
                assert deck.page_url in text.replace(" ", ""), slug


def _fragments(page):
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((y, size * (tm[3] or 1) * (cm[3] or 1), text))

    page.extract_text(visitor_text=visit)
    return found


def test_no_text_runs_out_of_its_box(converted):
    """Slide titles (30 pt) stay in the title box; every other text but the 12 pt footer has
    its baseline inside the body area, above the footer."""
    height = HEIGHT / PT
    title_bottom = height - (TITLE_TOP + TITLE_HEIGHT) / PT
    body_bottom = height - (BODY_TOP + BODY_HEIGHT) / PT
    checked = 0
    for slug, (deck, pdf) in converted.items():
        for number, (page, slide) in enumerate(zip(pdf.pages, deck.slides, strict=False), start=1):
            for y, size, text in _fragments(page):
                if size <= 12.5 and y < body_bottom:  # the footer
                    continue
                checked += 1
                assert y >= body_bottom, (slug, number, text, round(y), round(body_bottom))
                if slide.key != "title" and text.strip() in slide.title:
                    assert y >= title_bottom, (slug, number, "title", text, round(y))
    assert checked > 1000
