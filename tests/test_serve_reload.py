"""`properdocs serve` (what `make serve` runs) picks up an edit to a YAML data file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

from helpers import copy_build_inputs, fixture_project


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
        [sys.executable, "-m", "properdocs", "serve", "--strict", "-f", "mkdocs.yml", "-a", f"127.0.0.1:{port}"],
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


def start_server(project, port):
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "-a", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{port}/"})


def wait_without(url: str, needle: str, present: str, seconds: float) -> bool:
    """Wait until the page answers with `present` and without `needle`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            text = fetch(url)
            if present in text and needle not in text:
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


BANNER = "Dữ liệu vừa lưu chưa hợp lệ"


def test_serve_keeps_the_last_good_site_with_a_banner_and_recovers(tmp_path):
    project = copy_build_inputs(tmp_path / "project")
    port = free_port()
    server = start_server(project, port)
    try:
        url = f"http://127.0.0.1:{port}/nghi-quyet/11-nq-tu/"
        assert wait_for(url, "Phát triển du lịch", 60)
        data = project / "data" / "resolutions" / "11-nq-tu.yml"
        good = data.read_text(encoding="utf-8")
        data.write_text(good.replace("short_title: Phát triển du lịch", "short_title: \"# \\u202e\""),
                        encoding="utf-8")
        assert wait_for(url, BANNER, 60)
        page = fetch(url)
        assert "U+202E" in page and "11-nq-tu.yml:" in page and "Phát triển du lịch" in page
        assert wait_for(f"http://127.0.0.1:{port}/chi-tieu/", BANNER, 10)  # every page, not one
        # A second broken save: the last good site still has every file, data files too.
        data.write_text(good.replace("short_title: Phát triển du lịch", "short_title: \"# \\u202d\""),
                        encoding="utf-8")
        assert wait_for(url, "U+202D", 60)
        assert "Phát triển du lịch" in fetch(url)
        assert "11-NQ/TU" in fetch(f"http://127.0.0.1:{port}/du-lieu/nghi-quyet/11-nq-tu.json")
        data.write_text(good.replace("short_title: Phát triển du lịch", "short_title: Du lịch đã sửa"),
                        encoding="utf-8")
        assert wait_without(url, BANNER, "Du lịch đã sửa", 60)
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_serve_starts_with_broken_data_and_shows_the_problems(tmp_path):
    project = copy_build_inputs(tmp_path / "project")
    data = project / "data" / "resolutions" / "11-nq-tu.yml"
    good = data.read_text(encoding="utf-8")
    data.write_text(good.replace("issuer: ", "issuer: [", 1), encoding="utf-8")
    (project / "data" / "resolutions" / "98-nq-tu.yml").mkdir()
    port = free_port()
    server = start_server(project, port)
    try:
        home = f"http://127.0.0.1:{port}/"
        assert wait_for(home, "Dữ liệu chưa hợp lệ", 60)
        page = fetch(home)
        assert "98-nq-tu.yml:1:1: là một thư mục" in page and "11-nq-tu.yml:" in page
        data.write_text(good, encoding="utf-8")
        (project / "data" / "resolutions" / "98-nq-tu.yml").rmdir()
        assert wait_without(home, "Dữ liệu chưa hợp lệ", "nghị quyết chuyên đề", 90)
        assert wait_for(f"http://127.0.0.1:{port}/nghi-quyet/11-nq-tu/", "Phát triển du lịch", 30)
    finally:
        server.terminate()
        server.wait(timeout=20)
