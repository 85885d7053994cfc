"""Shared fixtures: the project root, a real strict build, a local server, a browser."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers import CHROMIUM, CHROMIUM_ARGS, PHONE, ROOT, fixture_project, make_offline_bundle, mkdocs_build, serve


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real project built once with --strict into a temporary directory."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture project (tests/fixtures/base/data, one made-up resolution) built once."""
    folder = tmp_path_factory.mktemp("fixture")
    site = folder / "site"
    result = mkdocs_build(fixture_project(folder / "project"), site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def bundle_epoch() -> int:
    """The last commit's time, read once per session (what `make bundle` dates the zip by)."""
    from nqhandbook.layout import source_epoch
    return source_epoch(ROOT, {})


@pytest.fixture(scope="session")
def offline_bundle(tmp_path_factory, bundle_epoch) -> Path:
    """The offline zip, built once per session into a temporary directory."""
    return make_offline_bundle(tmp_path_factory.mktemp("dist"), bundle_epoch)


@pytest.fixture(scope="session")
def offline_site(offline_bundle, tmp_path_factory) -> Path:
    """The offline zip unzipped; open (offline_site / "index.html").as_uri() for file://."""
    folder = tmp_path_factory.mktemp("offline-site")
    with zipfile.ZipFile(offline_bundle) as archive:
        archive.extractall(folder)
    return folder


def _served(site: Path):
    url, server = serve(site)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def site_url(built_site):
    yield from _served(built_site)


@pytest.fixture(scope="session")
def fixture_url(fixture_site):
    """The fixture project's site (fixture_site) served on 127.0.0.1."""
    yield from _served(fixture_site)


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium (see .ci/run)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A fresh 390x844 page that records every request it makes."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, locale="vi-VN")
    page = context.new_page()
    page.requests = []
    page.console_errors = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    yield page
    context.close()


# For the offline tests (test_pwa.py, test_first_visit.py): every notice the page showed,
# in order (the progress can be too quick to catch by polling), and every failed install.
RECORD_NOTICES = """
window.__notices = [];
new MutationObserver(() => {
  const notice = document.querySelector('.pwa-notice__text');
  const text = notice && notice.textContent;
  if (text && window.__notices[window.__notices.length - 1] !== text) window.__notices.push(text);
}).observe(document, {subtree: true, childList: true, characterData: true});
window.__failures = [];
if (navigator.serviceWorker) navigator.serviceWorker.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'precache-failed') window.__failures.push(event.data.error);
});
"""


@pytest.fixture
def pwa_phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, locale="vi-VN",
                                  service_workers="allow")
    context.add_init_script(RECORD_NOTICES)
    page = context.new_page()
    page.console_errors, page.documents = [], []
    page.on("request", lambda r: r.resource_type == "document" and page.documents.append(r.url))
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()
