"""`mkdocs serve` (what `make serve` runs) picks up an edit to a YAML data file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from helpers import fixture_project


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, needle: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if needle in fetch(url):
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def test_serve_shows_a_yaml_edit_on_reload(tmp_path):
    project = fixture_project(tmp_path / "project")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/"})
    try:
        url = f"http://127.0.0.1:{port}/nghi-quyet/99-nq-tu/"
        assert wait_for(url, "Chủ đề thử nghiệm", 60)
        data = project / "data" / "resolutions" / "99-nq-tu.yml"
        data.write_text(data.read_text(encoding="utf-8").replace(
            "short_title: Chủ đề thử nghiệm", "short_title: Du lịch xanh thử nghiệm"), encoding="utf-8")
        assert wait_for(url, "Du lịch xanh thử nghiệm", 60)
    finally:
        server.terminate()
        server.wait(timeout=20)
