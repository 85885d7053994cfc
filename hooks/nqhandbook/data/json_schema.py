"""JSON Schema files for editors' IDEs, generated from the model (never by hand)."""

from __future__ import annotations

import json
from pathlib import Path

import pydantic

from .. import build_cache, layout
from .model import FieldsFile, Plan, Resolution

SCHEMA_DIR = "data/schema"
MODELS = {
    "resolution.schema.json": Resolution,
    "fields.schema.json": FieldsFile,
    "plan.schema.json": Plan,
}


def schema_texts() -> dict[str, str]:
    """File name -> the JSON text that belongs in data/schema/. A build (which publishes them
    as open data) takes the last build's texts while pydantic and the code of the data layer
    are unchanged (build_cache: 0.015 s of CPU)."""
    def key() -> str:
        sources = sorted(Path(__file__).parent.rglob("*.py")) + [Path(layout.__file__)]
        return build_cache.digest(pydantic.VERSION, *(path.read_bytes() for path in sources))

    return build_cache.remembered("schema", key, _schema_texts, lambda kept: (
        isinstance(kept, dict) and list(kept) == list(MODELS) and all(isinstance(text, str) for text in kept.values())))


def _schema_texts() -> dict[str, str]:
    out = {}
    for name, model in MODELS.items():
        schema = model.model_json_schema(mode="validation")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[name] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out


def write_schemas(root: Path) -> list[Path]:
    written = []
    for name, text in schema_texts().items():
        path = Path(root) / SCHEMA_DIR / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
