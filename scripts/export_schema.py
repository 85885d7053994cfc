"""Regenerate data/schema/*.json from the model. Run after changing hooks/nqhandbook/data/model.py."""

from pathlib import Path

from nqhandbook.data.json_schema import write_schemas

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    for path in write_schemas(ROOT):
        print(f"Đã ghi {path.relative_to(ROOT)}")
