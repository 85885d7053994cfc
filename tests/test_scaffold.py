"""The editors' scaffold: a new file of explicit gaps that validates and renders."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT, copy_build_inputs, mkdocs_build

ARGS = ["--number", "44-NQ/TU", "--issued", "2024-03-01", "--issuer", "btv",
        "--title", "về một chủ đề mới: thử nghiệm", "--short-title", "Chủ đề mới",
        "--field", "kinh-te", "--until", "2030",
        "--source-title", "Tin về nghị quyết thử nghiệm", "--source-publisher", "Báo thử nghiệm",
        "--source-url", "https://example.org/tin", "--source-date", "2024-03"]


def run_scaffold(project, *extra):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "new_resolution.py"),
                           "--root", str(project), *ARGS, *extra],
                          capture_output=True, text=True, encoding="utf-8")


def test_new_file_validates_and_renders_as_gaps(tmp_path):
    project = copy_build_inputs(tmp_path / "project")
    assert run_scaffold(project).returncode == 0
    created = project / "data" / "resolutions" / "44-nq-tu.yml"
    text = created.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/resolution.schema.json")
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), str(project)],
                           capture_output=True, text=True, encoding="utf-8")
    assert check.returncode == 0, check.stderr
    site = tmp_path / "site"
    assert mkdocs_build(project, site).returncode == 0
    html = (site / "nghi-quyet" / "44-nq-tu" / "index.html").read_text(encoding="utf-8")
    assert html.count("Chưa tìm thấy nguồn công khai") >= 8
    assert "Chưa cập nhật" not in html and "đang được cập nhật" not in html


def test_refuses_an_existing_number(tmp_path):
    project = copy_build_inputs(tmp_path / "project")
    assert run_scaffold(project).returncode == 0
    created = project / "data" / "resolutions" / "44-nq-tu.yml"
    created.write_text(created.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    again = run_scaffold(project)
    assert again.returncode == 1
    assert "không ghi đè" in again.stderr
    assert created.read_text(encoding="utf-8").endswith("# edited\n")


def test_breaking_the_new_file_gives_file_line_messages(tmp_path):
    project = copy_build_inputs(tmp_path / "project")
    run_scaffold(project)
    created = project / "data" / "resolutions" / "44-nq-tu.yml"
    created.write_text(created.read_text(encoding="utf-8").replace("issuer: btv", "issuer: abc"),
                       encoding="utf-8")
    check = subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), str(project)],
                           capture_output=True, text=True, encoding="utf-8")
    assert check.returncode == 1
    line = created.read_text(encoding="utf-8").splitlines().index("issuer: abc") + 1
    assert f"data/resolutions/44-nq-tu.yml:{line}:9: issuer:" in check.stderr
