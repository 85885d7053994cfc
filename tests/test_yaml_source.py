"""yaml_source's shortcuts give what the general code gives: its resolve() types every
scalar as PyYAML's own resolver does, and the walk for anchor-free text (no "&") reads the
same data and reports the same problems as the walk that looks for aliases."""

from __future__ import annotations

import pytest
import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from helpers import FIXTURES
from nqhandbook.data.yaml_source import _TextDatesLoader, parse_yaml

BASE_TEXT = (FIXTURES / "base" / "data" / "resolutions" / "99-nq-tu.yml").read_text(encoding="utf-8")

SCALARS = ["", "~", "null", "Null", "NULL", "nul", "yes", "Yes", "no", "NO", "on", "Off", "true", "False",
           "y", "n", "12", "-3", "+4", "0x1F", "0o17", "017", "0b101", "1_000", "1:20", "190:20:30",
           "1.5", "-2.", ".5", "1e3", "6.8523015e+5", "1:20.5", ".inf", "-.Inf", ".NaN", ".", "=", "<<",
           "!", "&", "*", "2023-09-30", "2023", "2023-09", "Tăng", "Tỉnh ủy", "nghị quyết", "01/07/2025",
           "-", "+", "0", "12%", "on the way", "yesterday", "Ban Thường vụ", "ổn định", "#1", "3 - 5"]


class _Reference(yaml.SafeLoader):
    """PyYAML's own resolve() over the same implicit resolvers (dates kept as text)."""


_Reference.yaml_implicit_resolvers = _TextDatesLoader.yaml_implicit_resolvers


@pytest.mark.parametrize("implicit", [(True, False), (False, True), (False, False)])
def test_resolve_types_every_scalar_as_pyyaml_does(implicit):
    # what our resolve() leaves out: resolvers for any first character, path resolvers
    assert None not in _TextDatesLoader.yaml_implicit_resolvers and not _TextDatesLoader.yaml_path_resolvers
    ours, reference = _TextDatesLoader(""), _Reference("")
    for value in SCALARS:
        assert ours.resolve(ScalarNode, value, implicit) == reference.resolve(ScalarNode, value, implicit), value
    for kind in (SequenceNode, MappingNode):
        assert ours.resolve(kind, None, True) == reference.resolve(kind, None, True)


def test_typed_values_are_read_as_yaml_types():
    parsed, problems = parse_yaml("a: 12\nb: yes\nc: ~\nd: 1.5\ne: '12'\nf: 2023-09-30\ng: Tăng\n", "x.yml")
    assert not problems
    assert parsed.data == {"a": 12, "b": True, "c": None, "d": 1.5, "e": "12", "f": "2023-09-30", "g": "Tăng"}


@pytest.mark.parametrize("text", [
    BASE_TEXT,
    "a: 1\nb:\n  c: x\n  c: y\n  d: [1, !!binary aGk=, z]\n'e': \"f\"\n1: 2\n? [k]\n: v\n",
    "a:\n  - x\n  - {b: 1, b: 2}\n  - !!set {c}\nd: !!python/name:os.system x\n",
])
def test_anchor_free_walk_matches_the_alias_checking_walk(text):
    """A comment that looks like an anchor sends the same document through the walk that
    tracks every node."""
    fast, fast_problems = parse_yaml(text, "x.yml")
    tracked, tracked_problems = parse_yaml(text + "\n# &tracked\n", "x.yml")
    assert fast.data == tracked.data
    assert fast_problems == tracked_problems
    if text != BASE_TEXT:
        assert fast_problems  # the cases above do report duplicate keys and refused tags


def test_an_alias_is_refused_once_at_its_anchored_value():
    parsed, problems = parse_yaml("a: &x [1, 2]\nb: *x\n", "x.yml")
    assert parsed.data == {"a": [1, 2], "b": None}
    assert [(p.line, p.col) for p in problems] == [(1, 4)]  # the alias is the anchored node itself
    assert "bí danh" in problems[0].message


@pytest.mark.parametrize("text", ["a: [&x 1, *x]\n", "a: {b: &x 1, c: *x}\n", '{"a":&x 1, "b": *x}\n',
                                  "- &x\n  b: 1\n- *x\n", "&x a: *x\n", "a: !!str &x b\nc: *x\n",
                                  "u: http://x.vn/?a=1&b=2\na:\t&x 1\nb: *x\n"])
def test_every_place_an_anchor_may_stand_is_looked_at(text):
    _parsed, problems = parse_yaml(text, "x.yml")
    assert any("bí danh" in p.message for p in problems), problems


@pytest.mark.parametrize(("text", "data"), [
    ("u: http://x.vn/?a=1&b=2\nv: [x, y]\n", {"u": "http://x.vn/?a=1&b=2", "v": ["x", "y"]}),
    ("p: Sức khỏe & Môi trường\nq: [a &, '&b']\n", {"p": "Sức khỏe & Môi trường", "q": ["a &", "&b"]}),
])
def test_an_ampersand_that_is_no_anchor_reads_as_text(text, data):
    parsed, problems = parse_yaml(text, "x.yml")
    assert parsed.data == data
    assert not problems
