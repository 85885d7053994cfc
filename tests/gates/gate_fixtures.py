"""Fixtures for the quality gates: the built site served like production (under its
published path, gzip, 404 page) and the page types to check.

Not a conftest.py: a second module named `conftest` would shadow tests/conftest.py for
every `from conftest import ...`. Test modules import these fixtures by name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from quality.server import serve  # noqa: E402
from quality.site_pages import representative_pages, site_prefix  # noqa: E402

MISSING_ADDRESS = "khong-co-trang-nay/"  # the server answers with 404.html, like GitHub Pages


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
