"""Property-based corpus of hostile and careless data (issue 14): the fixture resolution,
with a learning section, mutated with each fault class. Whatever the mutation:

- the validator never raises anything but DataError, every problem located;
- a "valid" verdict always renders every page and the open data files;
- the structure of every rendered page (every element: headings, lists, tables, quotes,
  code blocks, admonitions, links, chart text) is the same as with the unmutated data: data text never makes structure;
- every CSV cell is inert for a spreadsheet, and the JSON is strict JSON (no NaN/Infinity).

The full MkDocs build of hostile but valid data is in test_hostile_build.py.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nqhandbook.site.csv_safe import is_inert
from nqhandbook.data.load import load_dataset
from nqhandbook.site.open_data import open_data_files, summary
from nqhandbook.data.problems import DataError
from nqhandbook.pages.render import render_pages
from nqhandbook.data.safety import MAX_TEXT
from nqhandbook.data.yaml_source import parse_yaml

FIXTURES = Path(__file__).parent / "fixtures"
TARGET = "data/resolutions/99-nq-tu.yml"
TODAY = dt.date(2026, 11, 27)
LEARNING = {
    "why": {"text": "Vì sao nghị quyết quan trọng.", "sources": ["S1"]},
    "local": [{"text": "Ý nghĩa với thôn bản.", "sources": ["S1"]}],
    "key_targets": ["khach"],
    "questions": ["Câu hỏi một?", "Câu hỏi hai?", "Câu hỏi ba?"],
    "presenter_notes": ["Lưu ý cho báo cáo viên."],
    "broadcast": {"opening": "Kính thưa bà con.", "paragraphs": [
                      # long enough for the editorial rule on broadcasts (120 to 400 words)
                      " ".join(["Đoạn một kể việc thực hiện nghị quyết ở thôn bản."] * 7),
                      " ".join(["Đoạn hai kể kết quả và việc cần làm tiếp theo."] * 7)],
                  "closing": "Xin cảm ơn.", "sources": ["S1"]},
    "quiz": [{"question": "Câu đố?", "choices": ["Có", "Không", "Chưa rõ"], "answer": 1,
              "explain": "Giải thích.", "sources": ["S1"]}],
}
_parsed, _ = parse_yaml((FIXTURES / "base" / "data" / "resolutions" / "99-nq-tu.yml").read_text(encoding="utf-8"), TARGET)
BASE = {**_parsed.data, "learning": LEARNING}

# Keys whose values are editors' free text (the model's Text type), and other leaves.
TEXT_KEYS = {"text", "title", "short_title", "gap", "indicator", "unit", "note", "period", "name",
             "publisher", "identity_note", "question", "choices", "explain", "opening",
             "paragraphs", "closing", "questions", "presenter_notes"}
NUMBER_KEYS = {"value", "value_max"}
DATE_KEYS = {"as_of", "date", "issued"}


def leaves(node, prefix=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from leaves(value, prefix + (index,))
    else:
        yield prefix, node


def key_of(path: tuple) -> str:
    return next(step for step in reversed(path) if isinstance(step, str))


LEAVES = list(leaves(BASE))
TEXT_PATHS = [p for p, v in LEAVES if isinstance(v, str) and key_of(p) in TEXT_KEYS]
NUMBER_PATHS = [p for p, v in LEAVES if key_of(p) in NUMBER_KEYS]
DATE_PATHS = [p for p, v in LEAVES if key_of(p) in DATE_KEYS]
URL_PATHS = [p for p, v in LEAVES if key_of(p) == "url"]

BLOCK = ["# ", "## ", "###### ", "1. ", "2) ", "- ", "* ", "+ ", "> ", '!!! danger "Giả"\n    ',
         "??? note\n    ", "| a | b |\n|---|---|\n| c | d |\n", "```\n", "~~~\n", "---\n", "===\n",
         "<div>", "    ", "*[HTML]: ", "[^1]: ", ": ", "[x]: http://e.example\n", "{: .x }\n",
         "<!-- ", "/// details\n", "=== \"Thẻ\"\n    "]
INVISIBLE = ["\u202e", "\u2066", "\u200e", "\u200b", "\u200d", "\u2060", "\ufeff", "\u2028", "\u2029",
             "\x85", "\x9b", "\x1b", "\x00", "\x07", "\x7f", "\u00ad", "\u061c", "\u3164", "\r", "\U000e0001"]
FORMULA = ["=", "+", "-", "@", "\t", "\r", "＝", "=HYPERLINK(\"http://x.example\",\"y\")", "@SUM(1)", "-2+3+cmd|' /C calc'!A0"]

text_faults = st.one_of(
    st.tuples(st.just("prefix"), st.sampled_from(BLOCK + FORMULA)),
    st.tuples(st.just("second_line"), st.sampled_from(BLOCK)),
    st.tuples(st.just("invisible"), st.sampled_from(INVISIBLE)),
    st.tuples(st.just("replace"), st.one_of(
        st.text(max_size=40), st.sampled_from(["", " ", "\u200b", "a" * MAX_TEXT, "a" * (MAX_TEXT + 1),
                                              "a<b nhưng b>c", "Open Data: x", "２０２３"]))),
)
numbers = st.sampled_from([float("nan"), float("inf"), float("-inf"), 1e308, 1e12, 1e12 + 1, -1e12, 0.0,
                           -0.0, 5e-324, "1e308", "1e309", "１２", "12", 10**400, True, "0x1F"])
dates = st.sampled_from(["２０２３-09", "٢٠٢٣", "0001", "2099-12", "1989", "1990", "2023-02-30",
                         "2023-⁹", "2023", 2023, "2026-11-27", "2026-11-28"])
urls = st.sampled_from(["https://user:pw@baolaocai.vn/a", "http://10.0.0.1/a", "http://[::1]/", "http://localhost/",
                        "http://" + "." * 5_000, "https://baolaocai.vn/" + "a" * 3_000, "https://baolaocai.vn/\u202e",
                        "javascript:alert(1)", "https://baolaocai.vn/b?x=1&y=2#z", "HTTPS://BAOLAOCAI.VN/C",
                        "http://８.８.８.８/", "https://xn--lo-cai-4ta.vn/"])


def apply_text_fault(original: str, fault: tuple[str, str]) -> str:
    kind, piece = fault
    if kind == "prefix":
        return piece + original
    if kind == "second_line":
        return original + "\n" + piece + "x"
    if kind == "invisible":
        middle = len(original) // 2
        return original[:middle] + piece + original[middle:]
    return piece


def with_value(path: tuple, value) -> dict:
    data = copy.deepcopy(BASE)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return data


def original(path: tuple):
    node = BASE
    for step in path:
        node = node[step]
    return node


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "project"
    shutil.copytree(FIXTURES / "base", folder)
    return folder


def load(project: Path, data: dict):
    """The dataset, or None when the validator says no (with every problem located)."""
    (project / TARGET).write_text(yaml.safe_dump(data, allow_unicode=True, width=10**6), encoding="utf-8")
    try:
        return load_dataset(project, today=TODAY)
    except DataError as err:
        assert err.problems
        for problem in err.problems:
            assert problem.line >= 1 and problem.col >= 1 and problem.message
            assert "\x1b" not in str(problem) and "\n" not in str(problem)
        return None


MD = markdown.Markdown(extensions=["abbr", "admonition", "attr_list", "md_in_html", "tables", "toc",
                                   "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed"])
INLINE_ALLOWED = {"strong", "em"}  # the documented inline subset: **bold**, *italic*


class Shape(HTMLParser):
    """Every element of the page (headings, lists, tables, admonitions, code, links, SVG
    text...) with its class, in order; only the allowed emphasis is left out."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in INLINE_ALLOWED:
            self.tags.append(f"{tag}.{dict(attrs).get('class') or ''}")


def structure(pages) -> dict[str, list[str]]:
    shapes = {}
    for page in pages:
        MD.reset()
        parser = Shape()
        # The status page lists the editorial warnings the data earns (one item each): which
        # warnings a text earns is the validator's verdict, not structure made by the text.
        content = re.sub(r"## Cảnh báo biên tập\n.*?(?=\n## )", "", page.content, flags=re.S)
        parser.feed(MD.convert(content))
        shapes[page.src_uri] = parser.tags
    return shapes


def check_outputs(dataset) -> list:
    pages = render_pages(dataset, open_data=summary(dataset))
    files = open_data_files(dataset)
    for name, content in files.items():
        if name.endswith(".csv"):
            for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))):
                assert all(is_inert(cell) for cell in row), row
        elif name.endswith(".json"):
            json.loads(content, parse_constant=lambda c: pytest.fail(f"{name}: {c}"))
    return pages


@pytest.fixture(scope="module")
def base_shape(project):
    return structure(check_outputs(load(project, BASE)))


corpus = settings(max_examples=150, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@corpus
@given(path=st.sampled_from(TEXT_PATHS), fault=text_faults)
def test_text_faults_never_change_page_structure(project, base_shape, path, fault):
    dataset = load(project, with_value(path, apply_text_fault(original(path), fault)))
    if dataset is not None:
        assert structure(check_outputs(dataset)) == base_shape


@corpus
@given(choice=st.one_of(st.tuples(st.sampled_from(NUMBER_PATHS), numbers),
                        st.tuples(st.sampled_from(DATE_PATHS), dates),
                        st.tuples(st.sampled_from(URL_PATHS), urls)))
def test_value_faults_are_refused_or_build(project, choice):
    path, value = choice
    dataset = load(project, with_value(path, value))
    if dataset is not None:
        check_outputs(dataset)
