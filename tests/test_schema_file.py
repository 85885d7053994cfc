"""The JSON Schema in data/schema/ is generated from the model and must not go stale."""

from __future__ import annotations

import json

import jsonschema
import pytest

from nqhandbook.data.json_schema import SCHEMA_DIR, schema_texts
from nqhandbook.data.yaml_source import parse_yaml


def test_committed_schema_is_current(root):
    for name, text in schema_texts().items():
        committed = (root / SCHEMA_DIR / name).read_text(encoding="utf-8")
        assert committed == text, f"{SCHEMA_DIR}/{name} is stale: run 'make schema'"


@pytest.mark.parametrize("kind", ["resolution", "plan", "fields"])
def test_real_data_validates_against_json_schema(root, kind):
    schema = json.loads((root / SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
    files = sorted((root / "data" / "resolutions").glob("*.yml")) if kind == "resolution" \
        else [root / "data" / f"{kind}.yml"]
    for path in files:
        parsed, problems = parse_yaml(path.read_text(encoding="utf-8"), path.name)
        assert not problems
        jsonschema.validate(parsed.data, schema)


def test_data_files_point_editors_at_the_schema(root):
    for path in [*sorted((root / "data" / "resolutions").glob("*.yml")), root / "data" / "plan.yml",
                 root / "data" / "fields.yml"]:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), path.name
