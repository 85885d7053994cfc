"""scripts/check.py --github: problems as GitHub Actions annotations on the right YAML line."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys

from helpers import FIXTURE_DATA, ROOT

from nqhandbook.data.problems import Problem

RESOLUTION = "data/resolutions/99-nq-tu.yml"  # the fixture project's


def load_check_module():
    spec = importlib.util.spec_from_file_location("check_script", ROOT / "scripts" / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_check(project, *args):
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), *args, str(project)],
                          capture_output=True, text=True, encoding="utf-8")


def test_annotation_escapes_properties_and_message():
    check = load_check_module()
    problem = Problem("data/a,b.yml", 12, 3, "targets.items[0]", "sai: 50%\nxem lại")
    assert check.github_annotation(problem) == (
        "::error file=data/a%2Cb.yml,line=12,col=3,title=targets.items[0]::sai: 50%25%0Axem lại"
    )


def test_problem_without_field_still_has_a_title():
    check = load_check_module()
    line = check.github_annotation(Problem("data/plan.yml", 1, 1, "", "lỗi cú pháp YAML: x: y"))
    assert line == "::error file=data/plan.yml,line=1,col=1,title=dữ liệu::lỗi cú pháp YAML: x: y"


def test_broken_copy_is_annotated_on_the_broken_line(tmp_path):
    shutil.copytree(FIXTURE_DATA, tmp_path / "data")
    path = tmp_path / RESOLUTION
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith("issuer: "))
    lines[index] = "issuer: abc\n"
    path.write_text("".join(lines), encoding="utf-8")

    result = run_check(tmp_path, "--github")

    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotations == [
        f"::error file={RESOLUTION},line={index + 1},col=9,title=issuer::"
        "phải là một trong các giá trị: 'bch', 'btv' hoặc 'unknown', nhận được \"abc\""
    ]
    # the readable report still goes to the log
    assert f"{RESOLUTION}:{index + 1}:9: issuer:" in result.stderr


def test_valid_data_prints_no_annotation():
    result = run_check(ROOT, "--github")
    assert result.returncode == 0, result.stderr
    assert "::error" not in result.stdout


def test_annotation_cannot_be_ended_or_forged_by_a_value():
    check = load_check_module()
    hostile = "x\r\n::error file=evil.yml::forged \x1b[31mred\x1b[0m" + "y" * 5000
    line = check.github_annotation(Problem("data/a.yml", 1, 1, "title", hostile))
    assert "\n" not in line and "\r" not in line and "\x1b" not in line
    assert line.startswith("::error file=data/a.yml,line=1,col=1,title=title::x%0D%0A::error")
    assert "<U+001B>[31m" in line and line.endswith("…") and len(line) < 800


def test_plain_report_escapes_control_characters_and_cuts_long_values(tmp_path):
    shutil.copytree(FIXTURE_DATA, tmp_path / "data")
    path = tmp_path / RESOLUTION
    text = path.read_text(encoding="utf-8")
    hostile = '"\\e[2J\\r\\n::error file=x::forged ' + "z" * 1_000 + '"'
    path.write_text(text.replace("issuer: ", f"issuer: {hostile}\nold_issuer: ", 1), encoding="utf-8")

    result = run_check(tmp_path)

    assert result.returncode == 1
    assert "\x1b" not in result.stderr and "\r" not in result.stderr
    assert not any(line.startswith("::") for line in result.stderr.splitlines())
    assert "<U+001B>[2J<U+000D><U+000A>::error" in result.stderr
    assert "z" * 1_000 not in result.stderr and "…" in result.stderr
