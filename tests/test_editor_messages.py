"""What an editor reads when a data file is wrong (issue 15, item 10): every mistake of a
file in one run, each with its line and the fix; indentation judged against the lines
around it; the YAML parser's English never shown; `make` ending in Vietnamese."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_validation_rules import FIXTURES, TARGET, TODAY, make_project

from nqhandbook.data.indentation import indent_slip
from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError
from nqhandbook.data.yaml_messages import UNKNOWN, context_words, syntax_problem, translate

ROOT = Path(__file__).resolve().parents[1]
BASE = (FIXTURES / "valid" / "base.yml").read_text(encoding="utf-8")
EDIT = FIXTURES / "editor_edit" / "99-nq-tu.yml"
# Words of the parser's English that must never reach an editor.
ENGLISH = re.compile(r"did not find|could not find|not allowed|cannot start|expected|found |while "
                     r"(parsing|scanning)|mapping values|indicator|token")


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if needle in line)


def problems(tmp_path, text: str):
    with pytest.raises(DataError) as caught:
        load_dataset(make_project(tmp_path, text=text), today=TODAY)
    return caught.value.problems


# --- the replayed edit: three mistakes, one run -------------------------------------------


def project_with_edit(tmp_path: Path) -> Path:
    project = make_project(tmp_path)
    shutil.copy2(EDIT, project / TARGET)
    return project


def test_three_mistakes_in_one_file_are_all_reported_in_one_check_run(tmp_path):
    project = project_with_edit(tmp_path)
    text = EDIT.read_text(encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py"), "--make", str(project)],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    slip, unit_above = line_of(text, "       unit: triệu lượt"), line_of(text, "indicator: Lượt khách")
    cited = line_of(text, "sources: [S4]")
    new_result = line_of(text, "- text: Kết quả mới do biên tập viên thêm.")
    sources_line = text.splitlines().index("sources:") + 1
    expected = [
        (f"{TARGET}:{slip}:8: lỗi cú pháp YAML: dòng {slip} thụt 7 dấu cách, cần 6 như dòng {unit_above}"),
        (f'{TARGET}:{cited}:17: key_points.items[2].sources[0]: nguồn "S4" không có trong danh sách '
         f'sources của tệp; có phải ý bạn là "S3", "S2" hoặc "S1"? Nguồn được khai báo ở mục sources '
         f"(dòng {sources_line})"),
        (f'{TARGET}:{new_result}:7: results.items[2].as_of: thiếu trường bắt buộc; hãy thêm dòng "as_of: …"'),
    ]
    for message in expected:
        assert any(line.startswith(message) for line in lines), f"{message}\nnot in:\n{run.stderr}"
    assert lines[-2] == "Có 3 lỗi trong 1 tệp dữ liệu. Chưa có tệp nào bị thay đổi."
    assert lines[-1] == "✗ make check: dữ liệu có 3 lỗi trong 1 tệp — sửa theo các dòng trên rồi chạy lại"
    assert not ENGLISH.search(run.stderr)
    assert "ngoặc kép" not in run.stderr  # no quoting advice for an indentation slip


def make_ready() -> bool:
    """`make -o setup` would still reinstall nothing: the tools it runs are there."""
    return shutil.which("make") is not None and (ROOT / ".venv" / "bin" / "python").exists()


@pytest.mark.skipif(not make_ready(), reason="needs GNU make and the project's .venv")
def test_make_check_ends_with_a_vietnamese_line_on_failure_and_on_success(tmp_path):
    project = project_with_edit(tmp_path)
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    failed = subprocess.run(["make", "-s", "-o", "setup", "check", f"PROJECT={project}"], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", env=env)
    assert failed.returncode != 0
    shown = (failed.stdout + failed.stderr).strip().splitlines()
    assert shown[-1].startswith("✗ make check: dữ liệu có 3 lỗi"), failed.stderr
    assert "make: ***" not in failed.stderr and "Error 1" not in failed.stderr

    shutil.copy2(FIXTURES / "valid" / "base.yml", project / TARGET)
    passed = subprocess.run(["make", "-s", "-o", "setup", "check", f"PROJECT={project}"], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", env=env)
    assert passed.returncode == 0, passed.stderr
    assert passed.stdout.strip().splitlines()[-1].startswith("✓ make check: dữ liệu hợp lệ")


@pytest.mark.skipif(not make_ready(), reason="needs GNU make and the project's .venv")
def test_make_new_speaks_vietnamese_in_help_and_errors(tmp_path):
    helped = subprocess.run(["make", "-s", "-o", "setup", "new", "ARGS=--help"], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8")
    assert helped.returncode == 0
    assert helped.stdout.startswith("cách dùng: make new")
    for english in ("usage", "show this help", "options:", "positional arguments", "required"):
        assert english not in helped.stdout
    described = re.findall(r"^  (--[a-z-]+)(?: \S+)?(?:\s{2,}(\S.*))?$", helped.stdout, re.M)
    assert len(described) >= 14
    for option, description in described:  # a description on the line or the next one
        assert description or re.search(rf"{option}.*\n\s{{20,}}\S", helped.stdout), option

    missing = subprocess.run(["make", "-s", "-o", "setup", "new", f"ARGS=--root {tmp_path} --number 44-NQ/TU"],
                             cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert missing.returncode != 0
    err = missing.stderr.strip().splitlines()
    assert "make new: lỗi: thiếu tham số bắt buộc: --issued" in missing.stderr
    assert err[-1] == "✗ make new: chưa tạo được tệp nghị quyết mới — sửa theo các dòng trên rồi chạy lại"
    assert "error" not in missing.stderr and "make: ***" not in missing.stderr


# --- indentation ------------------------------------------------------------------------

SLIPS = [  # (what the base has, what the editor typed, expected "thụt X, cần Y như dòng Z" anchor)
    ("  text: Nghị quyết thử nghiệm", "   text: Nghị quyết thử nghiệm", None),  # first child: any depth
    ("  sources: [S1]\nrelated_documents:", "   sources: [S1]\nrelated_documents:", (3, 2, "  text: Nghị quyết")),
    ("  sources: [S1]\nrelated_documents:", " sources: [S1]\nrelated_documents:", (1, 2, "  text: Nghị quyết")),
    ("      unit: triệu lượt", "       unit: triệu lượt", (7, 6, "indicator: Lượt khách")),
    ("      unit: triệu lượt", "     unit: triệu lượt", (5, 6, "indicator: Lượt khách")),
    ("    - id: doanh-nghiep", "     - id: doanh-nghiep", (5, 4, "- id: khach")),
    ("    - id: doanh-nghiep", "   - id: doanh-nghiep", (3, 4, "- id: khach")),
]


@pytest.mark.parametrize("before, after, expected", SLIPS)
def test_indentation_is_compared_with_the_neighbouring_lines(tmp_path, before, after, expected):
    text = BASE.replace(before, after, 1)
    assert text != BASE
    lines = text.split("\n")
    slip_line = line_of(text, after.split("\n")[0])
    slip = indent_slip(lines, slip_line)
    if expected is None:
        assert slip is None
        return
    found, wanted, like = expected
    message = f"dòng {slip_line} thụt {found} dấu cách, cần {wanted} như dòng {line_of(text, like)}"
    assert slip is not None and slip.message().startswith(message)
    (problem,) = [p for p in problems(tmp_path, text) if "cú pháp" in p.message]
    assert problem.line == slip_line and message in problem.message
    assert "ngoặc kép" not in problem.message


def test_a_line_that_matches_a_sibling_or_parent_is_no_slip():
    lines = BASE.split("\n")
    assert all(indent_slip(lines, number) is None for number in range(1, len(lines) + 1))


def test_key_value_without_a_space_is_reported_on_its_own_line(tmp_path):
    for n, (before, after, field) in enumerate([
            ("short_title: Chủ đề thử nghiệm", "short_title:Chủ đề thử nghiệm", "short_title"),
            ("      unit: triệu lượt", "      unit:triệu lượt", "unit")]):
        text = BASE.replace(before, after, 1)
        (problem,) = problems(tmp_path / str(n), text)
        assert problem.line == line_of(text, after)
        assert f'thiếu dấu cách sau dấu hai chấm; hãy viết "{field}: ' in problem.message


def test_a_colon_inside_a_value_still_gets_the_quoting_advice(tmp_path):
    text = BASE.replace("short_title: Chủ đề thử nghiệm", "short_title: Chủ đề: thử nghiệm")
    (problem,) = problems(tmp_path, text)
    assert problem.line == line_of(text, "short_title:") and "ngoặc kép" in problem.message


# --- partial parsing ----------------------------------------------------------------------


def test_schema_and_reference_problems_are_found_beside_a_syntax_error(tmp_path):
    text = (BASE.replace("identity_sources: [S1, KH]", "identity_sources: [S1, KH")
            .replace("issuer: btv", "issuer: abc")
            .replace("      of: kh-1\ngoals:", "      of: kh-2\ngoals:"))
    found = problems(tmp_path, text)
    fields = {p.field for p in found}
    assert {"", "issuer", "key_points.items[1].of"} <= fields, found
    (syntax,) = [p for p in found if p.field == ""]
    assert syntax.line == line_of(text, "identity_sources:") and "ngoặc vuông [ ] chưa đóng" in syntax.message
    of = next(p for p in found if p.field == "key_points.items[1].of")
    assert 'có phải ý bạn là "kh-1"?' in of.message and "mục related_documents" in of.message
    assert not any("identity_sources" in p.field for p in found)  # its block is the broken one


def test_a_broken_sources_block_does_not_make_every_citation_undefined(tmp_path):
    text = BASE.replace("  - id: S1\n", "  - id: S1\n   oops: [\n", 1)
    found = problems(tmp_path, text)
    assert [p for p in found if "cú pháp" in p.message]
    assert not [p for p in found if "không có trong danh sách sources" in p.message]


def test_every_reference_error_names_the_nearest_ids_and_where_they_are_defined(tmp_path):
    learning = ("learning:\n  key_targets: [khachh]\n")
    text = BASE.replace("sources:\n  - id: KH", learning + "sources:\n  - id: KH", 1)
    found = problems(tmp_path, text)
    target = next(p for p in found if p.field == "learning.key_targets[0]")
    assert 'có phải ý bạn là "khach"? Chỉ tiêu được khai báo ở mục targets' in target.message


def test_a_field_missing_from_fields_yml_lists_the_nearest(tmp_path):
    text = BASE.replace("field: kinh-te", "field: kinh-tee")
    (problem,) = problems(tmp_path, text)
    assert problem.field == "field" and 'có phải ý bạn là "kinh-te"?' in problem.message


# --- every parser message in Vietnamese ------------------------------------------------


def _pure_python_messages() -> tuple[set[str], set[str]]:
    """Problem and context strings of PyYAML's pure-Python reader, scanner, parser and
    composer, with %r / %s / %d filled in."""
    folder = Path(yaml.__file__).parent
    strings: set[str] = set()
    for name in ("reader.py", "scanner.py", "parser.py", "composer.py"):
        source = (folder / name).read_text(encoding="utf-8")
        strings |= set(re.findall(r'"((?:while|found|expected|did not|could not|mapping|special|'
                                  r'unacceptable|but found|second)[^"]*)"', source))
    filled = {s.replace("%r", "'x'").replace("%s", "a tag").replace("%d", "2").replace("%04x", "0001")
              for s in strings}
    return {s for s in filled if not s.startswith("while")}, {s for s in filled if s.startswith("while")}


def _libyaml_messages() -> tuple[set[str], set[str]]:
    """Problem and context strings compiled into PyYAML's LibYAML extension (the parser the
    loader uses when present); the emitter's own messages are not read errors."""
    folder = Path(yaml.__file__).parent
    binaries = list(folder.glob("_yaml*.so")) + list(folder.glob("_yaml*.pyd"))
    if not binaries:
        return set(), set()
    data = binaries[0].read_bytes()
    prefixes = (b"did not find", b"found ", b"could not find", b"mapping ", b"block sequence", b"control characters",
                b"invalid ", b"incomplete ", b"expected ", b"exceeded ", b"while ")
    strings = {s.decode() for s in re.findall(rb"[ -~]{6,}", data) if s.startswith(prefixes)}
    strings = {s for s in strings if not re.search(r"[A-Z]{4,}|vtable|->|&&", s)}
    return {s for s in strings if not s.startswith("while")}, {s for s in strings if s.startswith("while")}


def test_every_parser_problem_and_context_has_a_vietnamese_row():
    pure_problems, pure_contexts = _pure_python_messages()
    lib_problems, lib_contexts = _libyaml_messages()
    assert len(pure_problems) > 30 and len(pure_contexts) > 10
    if yaml.__with_libyaml__:
        assert "did not find expected '-' indicator" in lib_problems and len(lib_problems) > 40
    untranslated = sorted(s for s in pure_problems | lib_problems if translate(s) is None)
    assert untranslated == []
    unplaced = sorted(s for s in pure_contexts | lib_contexts if context_words(s) is None)
    assert unplaced == []


BROKEN = [
    "a: [1, 2\nb: 3\n", "a: {x: 1\nb: 2\n", 'a: "abc\n', "a: 'abc\n", "a: b: c\n", "a: `x`\n", "a: @x\n",
    "a: *nope\n", "a: &x 1\nb: &x 2\n", "- a\nb: 1\n", "a: 1\n- b\n", "a:\n  - x\n - y\n", "a: |0\n  x\n",
    'a: "\\q"\n', "a: !!str [x\n", "? a\n: b\n: c\n", "a: 1\n---\nb: 2\n", "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
    "a: [1,,2]\n", "a: x\n b: y\n", "a:\n  b: 1\n c: 2\n", "a: 'x'y\n", "a: !<x\n", "a: &\n",
]


@pytest.mark.parametrize("text", BROKEN)
def test_both_parsers_errors_read_in_vietnamese(text):
    lines = text.split("\n")
    failed = 0
    for loader in {yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)}:
        try:
            reader = loader(text)  # one document, as the data loader reads it
            try:
                reader.get_single_data()
            finally:
                reader.dispose()
            continue  # valid for this parser
        except yaml.YAMLError as err:
            failed += 1
            english, problem = str(err), syntax_problem(err, lines, "x.yml")
        assert problem.message.startswith("lỗi cú pháp YAML: "), problem
        assert UNKNOWN not in problem.message, (loader.__name__, english)
        assert not ENGLISH.search(problem.message.replace('"', "")), problem.message
        assert 1 <= problem.line <= len(lines)
    assert failed, "a case both parsers accept tests nothing"


# --- make new's scaffold ----------------------------------------------------------------


def scaffold(tmp_path: Path, number: str, *extra: str) -> subprocess.CompletedProcess:
    project = make_project(tmp_path)
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "new_resolution.py"), "--root", str(project),
                           "--number", number, "--issued", "2024-03-01", "--issuer", "btv", "--title", "về thử",
                           "--short-title", "Thử", "--field", "kinh-te", *extra],
                          capture_output=True, text=True, encoding="utf-8")


def test_a_resolution_outside_the_plan_is_never_said_to_be_listed_in_it(tmp_path):
    refused = scaffold(tmp_path / "a", "44-NQ/TU")
    assert refused.returncode == 2 and "không có trong danh mục kèm kế hoạch tuyên truyền" in refused.stderr
    made = scaffold(tmp_path / "b", "44-NQ/TU", "--source-title", "Tin", "--source-publisher", "Báo",
                    "--source-url", "https://example.org/tin")
    assert made.returncode == 0, made.stderr
    text = (tmp_path / "b" / "project" / "data" / "resolutions" / "44-nq-tu.yml").read_text(encoding="utf-8")
    assert "11/2023" not in text and "kế hoạch tuyên truyền" not in text.casefold()
    assert "identity_sources: [S1]" in text and "id: KH" not in text


def test_a_resolution_the_plan_lists_rests_on_the_plan(tmp_path):
    project = make_project(tmp_path)
    (project / TARGET).unlink()  # the fixture plan lists 99-NQ/TU
    made = subprocess.run([sys.executable, str(ROOT / "scripts" / "new_resolution.py"), "--root", str(project),
                           "--number", "99-NQ/TU", "--issued", "2022-03-15", "--issuer", "btv", "--title", "về thử",
                           "--short-title", "Thử", "--field", "kinh-te"], capture_output=True, text=True,
                          encoding="utf-8")
    assert made.returncode == 0, made.stderr
    text = (project / TARGET).read_text(encoding="utf-8")
    assert "identity_sources: [KH]" in text and "kế hoạch tuyên truyền tháng 11/2023" in text


def test_scaffold_comments_sit_on_their_own_lines_and_gaps_do_not_repeat_the_label(tmp_path):
    from nqhandbook.data.own import SECTION_CLASS_LABELS, SectionClass

    made = scaffold(tmp_path, "44-NQ/TU", "--source-title", "Tin", "--source-publisher", "Báo",
                    "--source-url", "https://example.org/tin", "--until", "2030")
    assert made.returncode == 0, made.stderr
    text = (tmp_path / "project" / "data" / "resolutions" / "44-nq-tu.yml").read_text(encoding="utf-8")
    for line in text.splitlines():
        assert line.lstrip().startswith("#") or " #" not in line, line  # no comment after a value
    label = SECTION_CLASS_LABELS[SectionClass.gap]  # the page's title over a gap
    gaps = [line for line in text.splitlines() if line.strip().startswith("gap:")]
    assert len(gaps) == 8 and len(set(gaps)) == 8
    assert all(label.casefold() not in gap.casefold() for gap in gaps)


def test_a_letter_that_looks_like_a_digit_points_at_the_id_meant():
    from nqhandbook.data.references import fix_hint

    hint = fix_hint("S1O", ["S1", "S21", "S10"], "Nguồn", "mục sources", 429)
    assert hint.startswith('có phải ý bạn là "S10", ') and hint.endswith("mục sources (dòng 429)")


WRAPPED = ["check", "build", "new", "test", "lint", "pdf", "bundle", "slides", "kit", "pages", "schema", "bench",
           "browser", "firefox", "office", "node", "java"]


@pytest.mark.skipif(not make_ready(), reason="needs GNU make")
@pytest.mark.parametrize("target", WRAPPED)
def test_every_make_target_fails_in_vietnamese_and_its_commands_are_valid_shell(target):
    planned = subprocess.run(["make", "-n", "-o", "setup", "-W", "package.json", target], cwd=ROOT,
                             capture_output=True, text=True, encoding="utf-8")
    assert planned.returncode == 0, planned.stderr
    syntax = subprocess.run(["sh", "-n"], input=planned.stdout, capture_output=True, text=True)
    assert syntax.returncode == 0, syntax.stderr
    own = [line for line in planned.stdout.replace("\\\n", " ").splitlines() if "scripts/" in line or "properdocs build" in line
           or "pytest" in line or "ruff" in line or "apt-get install" in line or "npm ci" in line
           or "nqhandbook.outputs" in line]
    assert own, planned.stdout
    for line in own:
        assert "✗ make " in line and "kill -INT" in line, line


def test_a_file_whose_every_block_is_broken_still_gets_plain_messages(tmp_path):
    found = problems(tmp_path, "number: [99-NQ/TU\n")
    assert [p.message for p in found if p.line == 1 and "cú pháp" in p.message]
    assert all(p.line >= 1 for p in found)
    assert any("thiếu trường bắt buộc" in p.message for p in found)  # the fields it never wrote
