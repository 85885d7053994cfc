"""Phone-size screenshots (390×844) of changed pages, each scrolled to its first change.

The page's text blocks (headings, paragraphs, list items, table cells) in the article are
compared in order with the same page of the BEFORE site; the first block that differs is
outlined, opened if it sits in a collapsed <details>, and scrolled to the middle of the
screen. The heading above it names the section in the summary. A new page is shown from
its top. Pages are opened from the file system (no server, no service worker) in Debian's
chromium, with the printer's settings (nqhandbook.outputs.pdfs).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import sync_playwright

from ..pdfs import CHROMIUM, CHROMIUM_ARGS
from .pages import Page

PHONE = {"width": 390, "height": 844}
MARK = "#d9480f"  # the outline around the first changed block

# With `before` = null: the article's block texts. With the BEFORE page's texts: outline and
# scroll to the first block that differs; [the heading above it, whether the block shows on
# screen] (["", true] when no text differs). A block may stay hidden (a slide not shown).
FIRST_CHANGE_JS = """([before, mark]) => {
  const root = document.querySelector('article') || document.body;
  const blocks = [...root.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,caption,figcaption,summary,pre')];
  const words = el => [...el.childNodes]
    .filter(n => !(n.classList && n.classList.contains('headerlink')))
    .map(n => n.textContent).join('').replace(/\\s+/g, ' ').trim();
  const texts = blocks.map(words);
  if (before === null) return texts;
  let i = texts.findIndex((text, k) => text !== before[k]);
  if (i < 0 && before.length > texts.length) i = texts.length - 1;
  if (i < 0) return ['', true];
  const el = blocks[i];
  for (let d = el.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
  el.style.outline = `3px solid ${mark}`;
  el.style.outlineOffset = '2px';
  el.scrollIntoView({block: 'center', behavior: 'instant'});
  const above = [...root.querySelectorAll('h1,h2,h3,h4')]
    .filter(h => h === el || (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
  const section = above.length ? words(above[above.length - 1]) : words(el).slice(0, 80);
  return [section, el.getClientRects().length > 0];
}"""


@dataclass(frozen=True)
class Shot:
    page: Page
    image: str  # file name of the PNG in the output folder
    section: str | None  # heading above the first changed block; "" no text changed; None a new page
    shown: bool = True  # the first changed block is on the screenshot's page (not hidden)


def image_name(index: int, page: Page) -> str:
    stem = page.address.strip("/").removesuffix(".html").replace("/", "-") or "trang-chu"
    return f"{index:02d}-{stem}.png"


def screenshots(before: Path, after: Path, pages: tuple[Page, ...], out: Path, browser=None) -> list[Shot]:
    """Screenshot `pages` into `out` with `browser` (a Playwright chromium), or with Debian's
    chromium launched here and closed after (one sync Playwright per process: callers that
    already drive a browser pass it)."""
    if browser is None:
        with sync_playwright() as pw:
            own = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return screenshots(before, after, pages, out, own)
            finally:
                own.close()
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True,
                                  locale="vi-VN", reduced_motion="reduce", service_workers="block")
    tab = context.new_page()
    for index, page in enumerate(pages, 1):
        section, shown = None, True
        if page.status == "changed":
            tab.goto((before / page.file).as_uri(), wait_until="load")
            texts = tab.evaluate(FIRST_CHANGE_JS, [None, MARK])
            tab.goto((after / page.file).as_uri(), wait_until="load")
            section, shown = tab.evaluate(FIRST_CHANGE_JS, [texts, MARK])
        else:
            tab.goto((after / page.file).as_uri(), wait_until="load")
        name = image_name(index, page)
        tab.screenshot(path=str(out / name), animations="disabled")
        shots.append(Shot(page, name, section, shown))
    context.close()
    return shots
