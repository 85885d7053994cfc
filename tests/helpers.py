"""Helpers shared by the tests (imported as `helpers`; fixtures live in conftest.py files).

The project root, a strict build of a project folder, a throwaway copy of the project, the
offline bundle step and a local HTTP server.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from quality.browser import CHROMIUM, CHROMIUM_ARGS, PHONE  # noqa: F401  (one definition, re-exported)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_DATA = FIXTURES / "base" / "data"  # one made-up resolution (99-NQ/TU), a plan, a field
MISSING_ADDRESS = "khong-co-trang-nay/"  # the server answers with 404.html, like GitHub Pages


def mkdocs_build(project: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run a strict ProperDocs build of `project` into `site_dir`; returns the finished process.
    `env` is added to the environment; a value None removes that variable."""
    environ = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-q", "-f", "mkdocs.yml", "-d", str(site_dir)],
        cwd=project, capture_output=True, text=True, encoding="utf-8",
        env={key: value for key, value in environ.items() if value is not None}, timeout=300,
    )


def make_offline_bundle(out_dir: Path, epoch: int) -> Path:
    """Run the bundle step (scripts/bundle.py, as `make bundle` does) into `out_dir`; the zip.
    `epoch` (SOURCE_DATE_EPOCH) keeps the date fixed while others commit during a session."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "bundle.py"), "--out", str(out_dir)],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600,
                            env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)})
    assert result.returncode == 0, result.stderr
    return next(out_dir.glob("so-tay-nghi-quyet-*-offline.zip"))


def copy_build_inputs(destination: Path) -> Path:
    """A throwaway copy of the project (data, docs, hooks, overrides, mkdocs.yml)."""
    for name in ("data", "docs", "hooks", "overrides"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, destination / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    return destination


def fixture_project(destination: Path) -> Path:
    """The fixture project: the site's code, docs and config with tests/fixtures/base/data
    as its data, so behaviour tests do not depend on the wording of the real resolutions."""
    copy_build_inputs(destination)
    shutil.rmtree(destination / "data")
    shutil.copytree(FIXTURE_DATA, destination / "data")
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
