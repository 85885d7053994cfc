"""Property: whatever an editor does to a valid file, the loader either accepts it or
raises DataError with located problems; it never raises anything else."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError

FIXTURES = Path(__file__).parent / "fixtures"
BASE_TEXT = (FIXTURES / "base" / "data" / "resolutions" / "99-nq-tu.yml").read_text(encoding="utf-8")
BASE_DATA = yaml.safe_load(BASE_TEXT)
TODAY = dt.date(2026, 11, 27)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**12), st.floats(allow_nan=True),
    st.text(max_size=30), st.sampled_from(["<script>x</script>", "javascript:alert(1)", "2o25",
                                           "2023-02-30", "S99", "kh-9", "", "\t", "ủy", "99-NQ/TU",
                                           # hostile data (issue 14)
                                           "# x", "!!! danger", "\u202e", "\u200b", "\x1b[2J", "=1+1",
                                           "２０２３", "203²", "http://u:p@10.0.0.1/", "a" * 5000]),
)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=6)


def paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, prefix + (index,))


ALL_PATHS = [p for p in paths(BASE_DATA) if p]


def mutate(data, path, action, value):
    import copy
    data = copy.deepcopy(data)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "replace":
        parent[last] = value
    elif action == "add_key" and isinstance(parent, dict):
        parent[f"{last}x"] = value
    return data


def load_text(text: str):
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "p"
        shutil.copytree(FIXTURES / "base", project)
        (project / "data" / "resolutions" / "99-nq-tu.yml").write_text(text, encoding="utf-8")
        try:
            load_dataset(project, today=TODAY)
        except DataError as err:
            problems = err.problems
        else:
            return
    assert problems
    for problem in problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.message


fuzz_settings = settings(max_examples=120, deadline=None,
                         suppress_health_check=[HealthCheck.too_slow])


@fuzz_settings
@given(st.sampled_from(ALL_PATHS), st.sampled_from(["delete", "replace", "add_key"]), values)
def test_structural_mutations_only_raise_data_error(path, action, value):
    load_text(yaml.safe_dump(mutate(BASE_DATA, path, action, value), allow_unicode=True))


@fuzz_settings
@given(st.integers(0, len(BASE_TEXT)), st.integers(0, 40),
       st.text(alphabet=st.sampled_from(list(" \t\n:-[]{}#'\"&*!|>%@`ủaZ0")), max_size=6))
@example(0, 0, "x: &a [1, *a]\n")
def test_text_edits_only_raise_data_error(position, cut, insert):
    load_text(BASE_TEXT[:position] + insert + BASE_TEXT[position + cut:])
