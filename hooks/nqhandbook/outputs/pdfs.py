"""Print the learning pages of a built site to PDF: one per resolution and a booklet.

Usage: python -m nqhandbook.outputs.pdfs [SITE_DIR] [--root PROJECT]   (or the console script nq-pdfs;
default: site/ of the current folder, made by `mkdocs build`)

Writes SITE_DIR/pdf/<slug>.pdf for every resolution with learning material and
SITE_DIR/pdf/so-tay-nghi-quyet.pdf (cover, table of contents, then every page), the
addresses the learning pages link to ("Tải bản in PDF"). `make pdf` builds the site and
runs this; `mkdocs build` alone never needs a browser.

Why headless Chromium (Debian's `chromium`, driven by Playwright's page.pdf) rather than
WeasyPrint:
- The PDF is exactly what a presenter gets from "Print" in a browser: the same engine
  applies the same print rules (@media print in docs/assets/css/handbook.css) to the same
  page, so the one-A4-page check in the tests measures the real artefact, not a second
  renderer.
- mkdocs-material's CSS (custom properties, :has(), flexbox, inline SVG) is rendered as
  designed; WeasyPrint implements a different subset and would need its own stylesheet
  and its own Pango/cairo system libraries.
- Chromium is already required (pinned by Debian, installed by `make test`) for the
  browser tests; WeasyPrint would add a second rendering stack to maintain.
Fonts: Chromium embeds subsets of the fonts it used; the print rules ask for DejaVu Sans
(Debian's fonts-dejavu-core, installed by the Makefile and .ci/run), which has every
Vietnamese glyph.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright
from pypdf import PdfReader, PdfWriter

from ..data.load import load_dataset
from ..layout import BOOKLET_PDF, LEARNING_DIR, PDF_DIR, build_date
from ..pages.learning import pdf_name
from ..pages.templating import environment

# The printer's own browser: Debian's chromium through Playwright (never `playwright
# install`), headless, no network chatter. CHROMIUM overrides the path.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

BOOKLET_TITLE = "Sổ tay học tập các nghị quyết chuyên đề Tỉnh ủy Lào Cai"
BOOKLET_SHORT = "Sổ tay học tập nghị quyết"
PDF_OPTIONS = {"format": "A4", "print_background": True, "prefer_css_page_size": True, "tagged": True}


REWRITE_LINKS_JS = """base => document.querySelectorAll('a[href]').forEach(a => {
  const href = a.getAttribute('href');
  if (!href.startsWith('#')) a.href = new URL(href, base).href;
})"""


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def canonical_url(html_file: Path) -> str:
    match = re.search(r'<link rel="canonical" href="([^"]+)"', html_file.read_text(encoding="utf-8"))
    return match.group(1) if match else ""


def print_pages(browser, site: Path, resolutions) -> list[tuple[object, bytes]]:
    page = browser.new_page(locale="vi-VN")
    printed = []
    for res in resolutions:
        html_file = site / LEARNING_DIR / res.slug / "index.html"
        if not html_file.is_file():
            raise SystemExit(f"{html_file} không có: hãy dựng trang trước (mkdocs build)")
        page.goto(html_file.as_uri(), wait_until="load")
        online = canonical_url(html_file)
        if online:  # links in the PDF lead to the online site, not to the build folder
            page.evaluate(REWRITE_LINKS_JS, online)
        printed.append((res, page.pdf(**PDF_OPTIONS)))
    page.close()
    return printed


def print_front(browser, printed, site_address: str, date: str) -> bytes:
    """Cover and table of contents; page numbers count the front pages themselves."""
    template = environment().get_template("print/booklet_front.html.j2")
    page = browser.new_page(locale="vi-VN")
    front_pages, data = 2, b""
    for _ in range(3):  # the table of contents may itself take more than one page
        items, next_page = [], front_pages + 1
        for res, pdf in printed:
            items.append({"number": res.number, "title": res.short_title, "page": next_page})
            next_page += page_count(pdf)
        page.set_content(template.render(title=BOOKLET_TITLE, items=items, site_address=site_address,
                                         printed=date))
        data = page.pdf(**PDF_OPTIONS)
        if page_count(data) == front_pages:
            break
        front_pages = page_count(data)
    page.close()
    return data


def page_numbers(browser, total: int) -> PdfReader:
    """A transparent overlay with a page number at the foot of every page but the cover."""
    page = browser.new_page(locale="vi-VN")
    page.set_content(environment().get_template("print/page_numbers.html.j2").render(
        label=BOOKLET_SHORT, numbers=[None, *range(2, total + 1)]))
    overlay = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    page.close()
    if len(overlay.pages) != total:
        raise SystemExit(f"lớp số trang có {len(overlay.pages)} trang, cần {total}")
    return overlay


def write_booklet(browser, path: Path, front: bytes, printed) -> int:
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(front)), outline_item="Bìa và mục lục")
    for res, pdf in printed:
        writer.append(PdfReader(io.BytesIO(pdf)), outline_item=f"Nghị quyết {res.number}: {res.short_title}")
    overlay = page_numbers(browser, len(writer.pages))
    for page, numbers in zip(writer.pages, overlay.pages, strict=True):
        page.merge_page(numbers)
        page.compress_content_streams()  # merging leaves the page's content uncompressed
    writer.add_metadata({"/Title": BOOKLET_TITLE, "/Lang": "vi"})
    with path.open("wb") as handle:
        writer.write(handle)
    return len(writer.pages)


def print_pdfs(site: Path, root: Path, date: str) -> list[str]:
    """Print every learning page of the built `site` and the booklet (dated `date`, the build
    date) into site/pdf/; return one line per file written."""
    resolutions = [res for res in load_dataset(root).resolutions if res.learning]
    out = site / PDF_DIR
    out.mkdir(exist_ok=True)
    lines = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        printed = print_pages(browser, site, resolutions)
        front = print_front(browser, printed, canonical_url(site / LEARNING_DIR / "index.html"), date)
        for res, pdf in printed:
            (out / pdf_name(res)).write_bytes(pdf)
            lines.append(f"{PDF_DIR}/{pdf_name(res)}: {page_count(pdf)} trang")
        total = write_booklet(browser, out / BOOKLET_PDF, front, printed)
        lines.append(f"{PDF_DIR}/{BOOKLET_PDF}: {total} trang")
        browser.close()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="In các trang học tập ra PDF (A4).")
    parser.add_argument("site", nargs="?", default="site", help="thư mục trang đã dựng (mặc định: site/)")
    parser.add_argument("--root", default=".", help="thư mục dự án (có data/; mặc định: thư mục hiện tại)")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    for line in print_pdfs(Path(args.site).resolve(), root, build_date(root)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
