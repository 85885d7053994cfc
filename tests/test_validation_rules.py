"""Every validation rule, from fixture folders: valid files load, each invalid file fails
with the expected `file:line: field: message` and nothing else breaks."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from pathlib import Path

import pytest

from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError

FIXTURES = Path(__file__).parent / "fixtures"
TARGET = "data/resolutions/99-nq-tu.yml"
TODAY = dt.date(2026, 11, 27)


def make_project(tmp_path: Path, case: Path | None = None, text: str | bytes | None = None) -> Path:
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "base", project)
    if case is not None and case.is_dir():
        shutil.rmtree(project / "data" / "resolutions")
        shutil.copytree(case / "resolutions", project / "data" / "resolutions")
    elif text is not None:
        target = project / TARGET
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return project


def expectations(case: Path) -> list[tuple[str, str, str, str]]:
    """(path, line, field, message) from an expect header or expect.txt."""
    if case.is_dir():
        rows = (case / "expect.txt").read_text(encoding="utf-8").splitlines()
        out = []
        for row in rows:
            path, line, field, message = row.split(":", 3)
            out.append((path, line.strip(), field.strip(), message.strip()))
        return out
    header = case.read_text(encoding="utf-8").splitlines()[0]
    _, line, field, message = header.split(":", 3)
    return [(TARGET, line.strip(), field.strip(), message.strip())]


@pytest.mark.parametrize("case", sorted((FIXTURES / "valid").glob("*.yml")), ids=lambda p: p.stem)
def test_valid_fixture_loads(tmp_path, case):
    project = make_project(tmp_path, text=case.read_bytes())
    dataset = load_dataset(project, today=TODAY)
    res = dataset.resolutions[0]
    assert res.number == "99-NQ/TU"
    for text in (res.title, res.summary.text, res.key_points.items[0].text):
        assert unicodedata.is_normalized("NFC", text)


INVALID = sorted((FIXTURES / "invalid").iterdir())


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_reports_file_line_field(tmp_path, case):
    text = None if case.is_dir() else case.read_bytes()
    project = make_project(tmp_path, case=case, text=text)
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    with pytest.raises(DataError) as caught:
        load_dataset(project, today=TODAY)
    problems = caught.value.problems
    for path, line, field, message in expectations(case):
        matching = [
            p for p in problems
            if p.path == path and p.field == field and message in p.message
            and (line == "any" or p.line == int(line))
        ]
        assert matching, f"expected {path}:{line}: {field}: {message}\ngot:\n{caught.value.report()}"
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == before


def test_all_problems_across_files_are_collected(tmp_path):
    project = make_project(tmp_path, text=(FIXTURES / "invalid" / "year_typo.yml").read_bytes())
    second = project / "data" / "resolutions" / "98-nq-tu.yml"
    second.write_text((FIXTURES / "invalid" / "script_in_text.yml").read_text(encoding="utf-8")
                      .replace("99-NQ/TU", "98-NQ/TU"), encoding="utf-8")
    (project / "data" / "fields.yml").write_text("fields: nope\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_dataset(project, today=TODAY)
    paths = {p.path for p in caught.value.problems}
    assert paths == {TARGET, "data/resolutions/98-nq-tu.yml", "data/fields.yml"}


def test_report_format_is_file_line_col_field_message(tmp_path):
    project = make_project(tmp_path, text=(FIXTURES / "invalid" / "year_typo.yml").read_bytes())
    with pytest.raises(DataError) as caught:
        load_dataset(project, today=TODAY)
    first = str(caught.value.problems[0])
    assert first.startswith(f"{TARGET}:43:")
    assert 'targets.items[0].milestones[0].year: phải là năm có 4 chữ số, nhận được "2o25"' in first


def test_non_utf8_file_is_reported_not_crashed(tmp_path):
    project = make_project(tmp_path, text=b"number: 99-NQ/TU\ntitle: v\xe1\xbb\x81 \xe2\n")
    with pytest.raises(DataError) as caught:
        load_dataset(project, today=TODAY)
    assert "UTF-8" in caught.value.report()


def test_real_data_is_valid(root):
    dataset = load_dataset(root)
    files = sorted((root / "data" / "resolutions").glob("*.yml"))
    assert [e.path.rsplit("/", 1)[1] for e in sorted(dataset.entries, key=lambda e: e.path)] == \
        [f.name for f in files]


def test_common_yaml_syntax_errors_get_a_vietnamese_hint(tmp_path):
    text = (FIXTURES / "valid" / "base.yml").read_text(encoding="utf-8").replace(
        "short_title: Chủ đề thử nghiệm", "short_title: Chủ đề: thử nghiệm")
    project = make_project(tmp_path, text=text)
    with pytest.raises(DataError) as caught:
        load_dataset(project, today=TODAY)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == (TARGET, 6)  # the short_title line
    assert "hãy đặt cả giá trị trong ngoặc kép" in problem.message


def test_ownership_keys_load_with_their_meaning(tmp_path):
    from nqhandbook.data.own import Ownership, own_content, ownership

    project = make_project(tmp_path, text=(FIXTURES / "valid" / "ownership.yml").read_bytes())
    res = load_dataset(project, today=TODAY).resolutions[0]
    assert res.issuer_name == "Chưa rõ cơ quan ban hành" and not res.issuer_known
    assert res.is_unconfirmed("issued") and res.is_unconfirmed("title") and not res.is_unconfirmed("issuer")
    assert [ownership(d) for d in res.difficulties.items] == [Ownership.own, Ownership.context]
    assert ownership(res.targets.items[0]) is Ownership.uncertain  # uncertain wins over `of`
    assert ownership(res.results.items[0]) is Ownership.own  # linked: true
    assert ownership(res.results.items[1]) is Ownership.context  # neither linked, of nor owner
    own = own_content(res)
    assert own.counts["targets"] == 0 and own.targets == []
    assert own.sections["targets"].status.value == "uncertain"
