"""The deck as a PowerPoint file (python-pptx): 16:9, Arial, real text boxes.

Arial is on every Windows and Office installation and on macOS, and covers Vietnamese;
LibreOffice substitutes Liberation Sans, which has the same character widths, so the
budgets in fit.py hold there too. Boxes never shrink or grow their text (auto-size off):
the deck model already fits the text to each box. Slide titles are real title
placeholders (the outline view and screen readers see them); everything is editable.

The file is byte-for-byte reproducible: fixed document dates and fixed zip entry times.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import segno
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from . import fit
from .deck import Deck, Slide

FONT = "Arial"
WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.6)
TITLE_TOP, TITLE_HEIGHT = Inches(0.35), Inches(0.95)
BODY_TOP = Inches(1.55)
BODY_HEIGHT = Inches(5.35)
INK = RGBColor(0x21, 0x21, 0x21)
ACCENT = RGBColor(0xA3, 0x1B, 0x1B)  # a deep red, 7:1 on white
MUTED = RGBColor(0x55, 0x55, 0x55)
TITLE_ONLY_LAYOUT = 5
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def write_pptx(deck: Deck) -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    _properties(prs, deck)
    for number, slide in enumerate(deck.slides, start=1):
        _slide(prs, deck, slide, number)
    raw = io.BytesIO()
    prs.save(raw)
    return _reproducible_zip(raw.getvalue())


def _properties(prs, deck: Deck) -> None:
    props = prs.core_properties
    props.title = f"{deck.heading}: {deck.res.short_title}"
    props.author = "Sổ tay nghị quyết chuyên đề"
    props.language = "vi-VN"
    props.created = props.modified = props.last_printed = dt.datetime(*FIXED_TIME)
    props.revision = 1


_XLSX_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _reproducible_zip(data: bytes) -> bytes:
    """The same zip with fixed entry times; chart workbooks (XlsxWriter stamps the time
    into them) get fixed document dates and entry times too."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            content = src.read(info.filename)
            if info.filename.endswith(".xlsx"):
                content = _reproducible_zip(content)
            elif info.filename.endswith("core.xml"):
                content = _XLSX_DATES.sub(rb"\g<1>2020-01-01T00:00:00Z\g<2>", content)
            dst.writestr(entry, content)
    return out.getvalue()


# --- one slide ----------------------------------------------------------------------------


def _slide(prs, deck: Deck, slide: Slide, number: int) -> None:
    page = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY_LAYOUT])
    title = page.shapes.title
    if slide.key == "title":
        _place(title, MARGIN, Inches(0.9), WIDTH - 2 * MARGIN, Inches(1.0))
        _text(title.text_frame, [deck.heading], 40, bold=True, color=ACCENT)
        box = _box(page, MARGIN, Inches(1.95), WIDTH - 2 * MARGIN, Inches(1.6))
        _text(box.text_frame, [deck.subtitle], 26, color=INK)
        box = _box(page, MARGIN, Inches(3.75), WIDTH - 2 * MARGIN, Inches(3.0))
        _bullets(box.text_frame, [line.face for line in slide.lines], 20, bullets=False)
    else:
        _place(title, MARGIN, TITLE_TOP, WIDTH - 2 * MARGIN, TITLE_HEIGHT)
        _text(title.text_frame, [slide.title], 30, bold=True, color=ACCENT)
        _rule(page)
        top = BODY_TOP
        if slide.caption:
            box = _box(page, MARGIN, top, WIDTH - 2 * MARGIN, Inches(0.45))
            _text(box.text_frame, [slide.caption + ":"], 18, italic=True, color=MUTED)
            top += Inches(0.5)
        if slide.key == "chart":
            half = (WIDTH - 2 * MARGIN) // 2
            box = _box(page, MARGIN, top, half - Inches(0.2), BODY_HEIGHT)
            _bullets(box.text_frame, [line.face for line in slide.lines], 20)
            _chart(page, slide, MARGIN + half, top, half, BODY_HEIGHT)
        elif slide.key == "sources":
            _sources(page, deck, top)
        elif slide.key == "closing":
            _closing(page, deck, top)
        else:
            box = _box(page, MARGIN, top, WIDTH - 2 * MARGIN, BODY_TOP + BODY_HEIGHT - top)
            _bullets(box.text_frame, [line.face for line in slide.lines], 20,
                     labels=[line.label for line in slide.lines])
    _footer(page, deck, number)
    page.notes_slide.notes_text_frame.text = "\n".join(deck.notes(slide)) or slide.title


def _place(shape, left, top, width, height) -> None:
    shape.left, shape.top, shape.width, shape.height = left, top, width, height


def _box(page, left, top, width, height):
    box = page.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = Inches(0.05)
    return box


def _font(run, size: int, bold: bool = False, italic: bool = False, color: RGBColor = INK) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.color.rgb = color
    # East-Asian and complex-script slots too, so no editor falls back to another font.
    rpr = run._r.get_or_add_rPr()
    for tag in ("a:ea", "a:cs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = rpr.makeelement(qn(tag), {})
            rpr.append(el)
        el.set("typeface", FONT)


def _text(frame, paragraphs: list[str], size: int, bold: bool = False, italic: bool = False,
          color: RGBColor = INK, align=PP_ALIGN.LEFT) -> None:
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    for i, text in enumerate(paragraphs):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.alignment = align
        run = para.add_run()
        run.text = text
        _font(run, size, bold, italic, color)


def _bullets(frame, items: list[str], size: int, labels: list[str] | None = None, bullets: bool = True) -> None:
    """One paragraph per item; an owner or date label is bold before the text."""
    labels = labels or [""] * len(items)
    for i, (text, label) in enumerate(zip(items, labels, strict=False)):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.space_after = Pt(8)
        if bullets:
            ppr = para._p.get_or_add_pPr()
            ppr.set("marL", str(Inches(0.35)))
            ppr.set("indent", str(-Inches(0.3)))
            bu = ppr.makeelement(qn("a:buChar"), {"char": "•"})
            ppr.append(bu)
        if label and text.startswith(label + ": "):
            run = para.add_run()
            run.text = label + ": "
            _font(run, size, bold=True, color=ACCENT)
            text = text[len(label) + 2:]
        run = para.add_run()
        run.text = text
        _font(run, size)


def _rule(page) -> None:
    line = page.shapes.add_shape(1, MARGIN, TITLE_TOP + TITLE_HEIGHT + Inches(0.05), Inches(2.0), Inches(0.06))
    line.fill.solid()
    line.fill.fore_color.rgb = ACCENT
    line.line.fill.background()


def _footer(page, deck: Deck, number: int) -> None:
    box = _box(page, MARGIN, HEIGHT - Inches(0.5), WIDTH - 2 * MARGIN, Inches(0.35))
    _text(box.text_frame, [f"{deck.heading} · {deck.res.short_title} · {number}/{len(deck.slides)}"],
          12, color=MUTED, align=PP_ALIGN.RIGHT)


def _chart(page, slide: Slide, left, top, width, height) -> None:
    data = CategoryChartData()
    data.categories = [bar.year for bar in slide.chart.bars]
    data.add_series(fit.shorten(slide.chart.title, 40), [bar.value for bar in slide.chart.bars])
    frame = page.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, left, top, width, height, data)
    chart = frame.chart
    chart.has_legend = False
    chart.has_title = False  # the slide title names the indicator
    chart.font.name = FONT
    chart.font.size = Pt(16)
    chart.value_axis.visible = False
    chart.value_axis.has_major_gridlines = False
    chart.value_axis.minimum_scale = 0
    plot = chart.plots[0]
    plot.gap_width = 60
    series = plot.series[0]
    series.format.fill.solid()
    series.format.fill.fore_color.rgb = ACCENT
    for point, bar in zip(series.points, slide.chart.bars, strict=False):
        label = point.data_label
        label.position = XL_LABEL_POSITION.OUTSIDE_END
        label.text_frame.text = fit.shorten(bar.text, 24)
        for para in label.text_frame.paragraphs:
            for run in para.runs:
                _font(run, 14, bold=True)


def _sources(page, deck: Deck, top) -> None:
    refs = [f"{ref.number}. {ref.short}" for ref in deck.sources]
    per = fit.SOURCES_PER_COLUMN
    shown = refs[: 2 * per]
    if len(refs) > len(shown):
        shown[-1] = f"… và {len(refs) - len(shown) + 1} nguồn nữa (xem ghi chú và trang đầy đủ)"
    half = (WIDTH - 2 * MARGIN) // 2
    for column in range(2):
        items = shown[column * per:(column + 1) * per]
        if items:
            box = _box(page, MARGIN + column * half, top, half - Inches(0.1), BODY_HEIGHT)
            _bullets(box.text_frame, items, 14, bullets=False)


def _closing(page, deck: Deck, top) -> None:
    lines = ["Quét mã QR hoặc mở địa chỉ:" if deck.page_url else "Trang của Nghị quyết trong Sổ tay:"]
    if deck.page_url:
        qr = segno.make(deck.page_url, error="m", micro=False)
        png = io.BytesIO()
        qr.save(png, kind="png", scale=10, border=4)
        png.seek(0)
        page.shapes.add_picture(png, MARGIN, top, Inches(3.6), Inches(3.6))
        lines.append(deck.page_url)
        left = MARGIN + Inches(4.0)
    else:
        lines.append(f"nghi-quyet/{deck.slug}/")
        left = MARGIN
    box = _box(page, left, top, WIDTH - MARGIN - left, Inches(3.6))
    _bullets(box.text_frame, lines, 20, bullets=False)


__all__ = ["Emu", "write_pptx"]
