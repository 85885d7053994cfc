"""Editorial rules in the validator (nqhandbook.data.editorial), from fixture files.

Each tests/fixtures/editorial/<rule>__<severity>.yml is the base fixture with one editorial
problem; its `# expect: <severity>: <line|any>: <field>: <message part>` header says what the
validator must report. An error stops loading (DataError); a warning loads and is listed in
Dataset.warnings, by scripts/check.py and, with --github, as a `::warning` annotation."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from test_validation_rules import TARGET, TODAY, make_project

from nqhandbook.data.editorial import RULES
from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import ERROR, SEVERITY_LABELS, WARNING, DataError

FIXTURES = Path(__file__).parent / "fixtures" / "editorial"
CASES = sorted(FIXTURES.glob("*.yml"))
ROOT = Path(__file__).resolve().parents[1]
SEVERITY = {label: key for key, label in SEVERITY_LABELS.items()}


def expectations(case: Path) -> list[tuple[str, str, str, str]]:
    out = []
    for row in case.read_text(encoding="utf-8").splitlines():
        if not row.startswith("# expect: "):
            break
        severity, line, field, message = row.removeprefix("# expect: ").split(": ", 3)
        out.append((SEVERITY[severity], line, field, message))
    return out


def problems_of(project: Path):
    """(problems, loaded): every problem found, and whether the data loaded (no error)."""
    try:
        dataset = load_dataset(project, today=TODAY)
    except DataError as err:
        return err.problems, False
    return dataset.warnings, True


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_editorial_fixture_reports_rule_with_severity(tmp_path, case):
    project = make_project(tmp_path, text=case.read_bytes())
    problems, loaded = problems_of(project)
    expected = expectations(case)
    for severity, line, field, message in expected:
        matching = [p for p in problems if p.path == TARGET and p.field == field and message in p.message
                    and p.severity == severity and (line == "any" or p.line == int(line))]
        assert matching, f"expected {severity} {field}: {message}\ngot:\n" + "\n".join(map(str, problems))
    errors_expected = any(severity == ERROR for severity, *_ in expected)
    assert loaded == (not errors_expected), "an error stops loading; warnings alone do not"
    if not expected:  # the clean case: no problem at all
        assert problems == []


def test_every_rule_has_an_error_and_a_warning_fixture():
    covered = {(case.stem.split("__")[0].split("_")[0], case.stem.split("__")[1])
               for case in CASES if "__" in case.stem}
    families = {name.split("_")[0] for name in RULES}
    for family in families:
        assert (family, "error") in covered and (family, "warning") in covered, family


def test_warning_line_points_at_the_field(tmp_path):
    case = FIXTURES / "broadcast_length__warning.yml"
    project = make_project(tmp_path, text=case.read_bytes())
    problems, loaded = problems_of(project)
    assert loaded
    lines = (project / TARGET).read_text(encoding="utf-8").splitlines()
    (problem,) = [p for p in problems if p.field == "learning.broadcast"]
    # like every problem on a block, it points at the block's first line, under its key
    assert lines[problem.line - 2].strip() == "broadcast:"
    assert lines[problem.line - 1].strip().startswith("opening:")
    assert str(problem).startswith(f"{TARGET}:{problem.line}:{problem.col}: learning.broadcast: ")
    assert str(problem).endswith("[cảnh báo]")


def run_check(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), *args, str(project)],
                          capture_output=True, text=True, encoding="utf-8")


def test_check_prints_warnings_and_passes(tmp_path):
    project = make_project(tmp_path, text=(FIXTURES / "quiz_traceable__warning.yml").read_bytes())
    result = run_check(project, "--github")
    assert result.returncode == 0, result.stderr
    assert f"::warning file={TARGET}," in result.stdout
    assert "learning.quiz: có 2 câu hỏi tự kiểm tra" in result.stdout and "[cảnh báo]" in result.stdout
    assert "1 cảnh báo" in result.stdout


def test_check_stops_on_an_editorial_error(tmp_path):
    project = make_project(tmp_path, text=(FIXTURES / "broadcast_spoken__error.yml").read_bytes())
    result = run_check(project, "--github")
    assert result.returncode == 1
    assert f"::error file={TARGET}," in result.stdout
    assert 'chữ viết tắt "UBND"' in result.stderr and "[lỗi]" in result.stderr


def test_severities_are_the_two_documented():
    assert set(SEVERITY_LABELS) == {ERROR, WARNING}


def test_rules_do_not_depend_on_today():
    case = FIXTURES / "attribution_linked_before_issue__error.yml"
    for today in (dt.date(2026, 1, 1), dt.date(2030, 1, 1)):
        project = make_project(Path(__import__("tempfile").mkdtemp(prefix="honest-")), text=case.read_bytes())
        with pytest.raises(DataError):
            load_dataset(project, today=today)
