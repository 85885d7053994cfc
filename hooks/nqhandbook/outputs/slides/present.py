"""The presentation view: trinh-chieu/<slug>/index.html, a standalone page per deck.

Rendered by templates/slides/present.html.j2 from the same deck model as the .pptx; its
styles are docs/assets/css/slides.css and its script docs/assets/js/slides.js, both
linked relatively so that the page works from the offline zip.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...pages.qr import qr_code
from ...pages.templating import environment
from .deck import Deck
from .publish import SlideLinks, view_uri

TEMPLATE = "slides/present.html.j2"


def full_page_href(slug: str, directory_urls: bool) -> str:
    return f"../../nghi-quyet/{slug}/" if directory_urls else f"../../nghi-quyet/{slug}.html"


def render_view(deck: Deck, links: SlideLinks, directory_urls: bool = True, site_url: str = "",
                site_name: str = "", env=None, offline_date: str = "") -> str:
    env = env or environment()
    qr_svg = ""
    if deck.page_url:
        qr = qr_code(deck.page_url)
        qr_svg = env.get_template("charts/qr.svg.j2").render(
            qr=qr, label=f"Mã QR dẫn tới {deck.page_url}").strip()
    return env.get_template(TEMPLATE).render(
        deck=deck, links=links, qr_svg=qr_svg, full_href=full_page_href(deck.slug, directory_urls),
        site_url=site_url.rstrip("/") + "/" if site_url else "", site_name=site_name, offline_date=offline_date)


def render_views(decks: list[Deck], links: dict[str, SlideLinks], directory_urls: bool = True,
                 site_url: str = "", site_name: str = "", offline_date: str = "") -> Iterator[tuple[str, str]]:
    """(site path, HTML) for every deck, one at a time; `offline_date`: the offline
    bundle's build date, shown on each view as on every page of the zip."""
    env = environment()  # one environment: each template is compiled once
    for d in decks:
        yield view_uri(d.slug), render_view(d, links[d.slug], directory_urls, site_url, site_name, env, offline_date)
