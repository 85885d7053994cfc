"""Long resolution pages open with a folded map of their sections: one link per section
heading (h2), in the page's order, each pointing at a heading that exists."""

from __future__ import annotations

from html.parser import HTMLParser


class Headings(HTMLParser):
    """The ids of the article's h2 headings, and the links inside the page map."""

    def __init__(self):
        super().__init__()
        self.h2_ids, self.map_links, self.map_depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h2" and attrs.get("id"):
            self.h2_ids.append(attrs["id"])
        if tag == "details" and "page-map" in (attrs.get("class") or "").split():
            self.map_depth = 1
        elif tag == "details" and self.map_depth:
            self.map_depth += 1
        if tag == "a" and self.map_depth and attrs.get("href", "").startswith("#"):
            self.map_links.append(attrs["href"][1:])

    def handle_endtag(self, tag):
        if tag == "details" and self.map_depth:
            self.map_depth -= 1


def test_every_resolution_page_has_a_map_of_its_sections(built_site):
    pages = sorted((built_site / "nghi-quyet").glob("*-nq-tu/index.html"))
    assert len(pages) >= 16
    for page in pages:
        parsed = Headings()
        parsed.feed(page.read_text(encoding="utf-8"))
        # The map also lists the page title (hidden by CSS) and h3s (hidden); its h2 links
        # must be exactly the page's h2 headings, in order.
        sections = [link for link in parsed.map_links if link in parsed.h2_ids]
        assert sections == parsed.h2_ids, page
        assert len(sections) >= 8, page
        assert set(parsed.map_links) <= set(parsed.h2_ids) | _all_ids(page), page


def _all_ids(page):
    import re

    return set(re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8")))
