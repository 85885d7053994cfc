"""Shared fixtures: the project root, a real strict build, a local server, a browser."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "scripts"))

from quality.browser import CHROMIUM, CHROMIUM_ARGS, PHONE  # noqa: E402  (one definition)


def mkdocs_build(project: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a strict build of `project` into `site_dir`; returns the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site_dir)],
        cwd=project, capture_output=True, text=True, encoding="utf-8",
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}, timeout=300,
    )


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


def make_offline_bundle(out_dir: Path, epoch: int) -> Path:
    """Run the bundle step (scripts/bundle.py, as `make bundle` does) into `out_dir`; the zip.
    `epoch` (SOURCE_DATE_EPOCH) keeps the date fixed while others commit during a session."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "bundle.py"), "--out", str(out_dir)],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600,
                            env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
    assert result.returncode == 0, result.stderr
    return next(out_dir.glob("so-tay-nghi-quyet-*-offline.zip"))


@pytest.fixture(scope="session")
def bundle_epoch() -> int:
    """The last commit's time, read once per session (what `make bundle` dates the zip by)."""
    from nqhandbook.outputs.bundle import source_epoch
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


def copy_project(destination: Path) -> Path:
    """A throwaway copy of the project (data, docs, hooks, overrides, mkdocs.yml)."""
    for name in ("data", "docs", "hooks", "overrides"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, destination / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    return destination


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


class _Server(http.server.ThreadingHTTPServer):
    request_queue_size = 64  # a browser and a service worker open many connections at once
    daemon_threads = True


def serve(directory: Path, handler_class: type = QuietHandler):
    """Serve `directory` on 127.0.0.1 (random port) in a thread; returns (url, server)."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def site_url(built_site):
    url, server = serve(built_site)
    yield url
    server.shutdown()
    server.server_close()


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
