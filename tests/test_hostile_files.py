"""Hostile and careless data, part files and outputs: the loader refuses what it must not
read (with a Vietnamese problem, never a traceback), and published CSV/JSON stay inert."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nqhandbook.site.csv_safe import inert, is_inert
from nqhandbook.data.load import load_dataset
from nqhandbook.site.open_data import open_data_files
from nqhandbook.data.problems import DataError
from nqhandbook.data.safety import MAX_FILE_BYTES, today_for_checks

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 27)
RES = "data/resolutions"


@pytest.fixture
def project(tmp_path):
    target = tmp_path / "project"
    shutil.copytree(FIXTURES / "base", target)
    return target


def problems_of(project) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_dataset(project, today=TODAY)
    return [str(p) for p in caught.value.problems]


def check_cli(project) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), str(project)],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_directory_named_like_a_data_file(project):
    (project / RES / "98-nq-tu.yml").mkdir()
    assert any(p.startswith(f"{RES}/98-nq-tu.yml:1:1: là một thư mục") for p in problems_of(project))
    result = check_cli(project)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "là một thư mục" in result.stderr


def test_symlink_to_a_file_outside_the_repository_is_not_read(project, tmp_path):
    secret = tmp_path / "secret.yml"
    shutil.copy(project / RES / "99-nq-tu.yml", secret)
    (project / RES / "99-nq-tu.yml").unlink()
    (project / RES / "99-nq-tu.yml").symlink_to(secret)
    found = problems_of(project)
    assert any("99-nq-tu.yml:1:1: là liên kết (symlink)" in p for p in found)


def test_symlink_loop_is_a_problem_not_a_crash(project):
    loop = project / RES / "97-nq-tu.yml"
    loop.symlink_to(loop)
    assert any("97-nq-tu.yml:1:1: là liên kết (symlink)" in p for p in problems_of(project))


def test_data_folder_that_is_a_symlink_is_refused(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    shutil.move(project / RES, elsewhere)
    (project / RES).symlink_to(elsewhere, target_is_directory=True)
    assert any("symlink" in p for p in problems_of(project))


@pytest.mark.parametrize("name", ["98-nq-tu.yaml", "98-nq-tu.YML", "98-nq-tu.yml.txt", "ghi-chu"])
def test_file_that_would_be_skipped_silently_is_named(project, name):
    shutil.copy(project / RES / "99-nq-tu.yml", project / RES / name)
    assert any(p.startswith(f"{RES}/{name}:1:1: không phải tệp .yml nên sẽ bị bỏ qua") for p in problems_of(project))


def test_editor_backup_and_hidden_files_are_ignored(project):
    shutil.copy(project / RES / "99-nq-tu.yml", project / RES / "99-nq-tu.yml~")
    (project / RES / ".99-nq-tu.yml.swp").write_bytes(b"\x00swap")
    assert len(load_dataset(project, today=TODAY).entries) == 1


def test_unreadable_file(project, monkeypatch):
    original = Path.read_bytes

    def refuse(self):
        if self.name == "99-nq-tu.yml":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert any("99-nq-tu.yml:1:1: không có quyền đọc tệp" in p for p in problems_of(project))


def test_oversized_file_is_refused_before_parsing(project):
    path = project / RES / "99-nq-tu.yml"
    path.write_text(path.read_text(encoding="utf-8") + "#" * MAX_FILE_BYTES, encoding="utf-8")
    assert any("vượt giới hạn 1.000.000 byte" in p for p in problems_of(project))


def test_fullwidth_digits_are_stored_as_ascii(project):
    text = (FIXTURES / "valid" / "plain_text_lookalikes.yml").read_text(encoding="utf-8")
    (project / RES / "99-nq-tu.yml").write_text(text, encoding="utf-8")
    res = load_dataset(project, today=TODAY).resolutions[0]
    assert res.targets.items[0].results[0].as_of == "2023-09"
    assert res.goals.overall.items[0].text.startswith("Open Data: dữ liệu mở; a<b nhưng b>c")


def test_today_is_the_later_of_the_clock_and_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2099, 1, 2, tzinfo=dt.UTC).timestamp())))
    assert today_for_checks() == dt.date(2099, 1, 2)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert today_for_checks() == dt.date.today()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "x")
    assert today_for_checks() == dt.date.today()


@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+1+1", "'+1+1"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("＝1+1", "'＝1+1"),
    ("-5", "-5"), ("-2.5", "-2.5"), ("12", "12"), ("giảm 5%", "giảm 5%"), ("", ""),
])
def test_csv_cell_is_inert(cell, expected):
    assert inert(cell) == expected and is_inert(inert(cell))


def test_formula_in_an_indicator_reaches_the_csv_as_text(project):
    path = project / RES / "99-nq-tu.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "indicator: Lượt khách", "indicator: '=HYPERLINK(\"http://x.example/\",\"Bấm\")'"), encoding="utf-8")
    dataset = load_dataset(project, today=TODAY)
    files = open_data_files(dataset)
    rows = list(csv.reader(io.StringIO(files["du-lieu/chi-tieu.csv"].decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(\"http://x.example/\",\"Bấm\")" in cells
    assert all(is_inert(cell) for cell in cells)
    # JSON keeps the editor's text as it is (it is data, not a spreadsheet), and is valid JSON.
    payload = json.loads(files["du-lieu/nghi-quyet.json"], parse_constant=lambda c: pytest.fail(c))
    assert payload["resolutions"][0]["targets"]["items"][0]["indicator"].startswith("=HYPERLINK")


def test_nul_byte_message_is_vietnamese_with_the_code_point(project):
    path = project / RES / "99-nq-tu.yml"
    path.write_bytes(path.read_bytes().replace(b"short_title: Ch", b"short_title: \x00Ch"))
    (found,) = [p for p in problems_of(project) if "U+0000" in p]
    assert found.startswith(f"{RES}/99-nq-tu.yml:6:14: tệp chứa ký tự điều khiển U+0000")
    assert os.linesep not in found


def test_build_refuses_file_system_oddities_in_vietnamese_and_writes_nothing(tmp_path):
    from helpers import copy_build_inputs, mkdocs_build

    project = copy_build_inputs(tmp_path / "project")
    (project / RES / "98-nq-tu.yml").mkdir()
    (project / RES / "ghi-chu.txt").write_text("x", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "98-nq-tu.yml:1:1: là một thư mục" in result.stderr
    assert "ghi-chu.txt:1:1: không phải tệp .yml" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "site").exists()


def test_duplicate_related_document_is_reported_at_the_repeated_id(project):
    path = project / RES / "99-nq-tu.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("key_points:\n", "  - id: kh-1\n    name: Bản lặp\n    kind: plan\n"
                                                  "    sources: [S2]\nkey_points:\n", 1), encoding="utf-8")
    line = text.split("key_points:\n")[0].count("\n") + 1
    assert f'{RES}/99-nq-tu.yml:{line}:9: related_documents[1].id: mã văn bản liên quan "kh-1" bị trùng [lỗi]' \
        in problems_of(project)
