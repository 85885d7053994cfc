"""Fixtures for the quality gates: the built site served like production (under its
published path, gzip, 404 page) and the page types to check."""

from __future__ import annotations

import pytest

from quality.server import serve
from quality.site_pages import representative_pages, site_prefix

from helpers import MISSING_ADDRESS



@pytest.fixture(scope="session")
def gate_url(built_site):
    with serve(built_site, site_prefix(built_site)) as url:
        yield url


@pytest.fixture(scope="session")
def page_types(built_site) -> dict[str, str]:
    """Page type -> URL path of the page that represents it (see quality.site_pages)."""
    pages = representative_pages(built_site)
    pages["404 (a missing address)"] = MISSING_ADDRESS
    return pages
