"""Regenerate data/schema/*.json from the model. Run after changing hooks/nqhandbook/model.py."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from nqhandbook.data.json_schema import write_schemas  # noqa: E402

if __name__ == "__main__":
    for path in write_schemas(ROOT):
        print(f"Đã ghi {path.relative_to(ROOT)}")
