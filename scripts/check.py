"""Editors' validator: check every data file and print all problems in Vietnamese.

Usage: python scripts/check.py [PROJECT_ROOT]   (exit 0 when valid, 1 otherwise)
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hooks"))

from nqhandbook.load import load_dataset  # noqa: E402
from nqhandbook.problems import DataError  # noqa: E402


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1]
    started = time.perf_counter()
    try:
        dataset = load_dataset(root)
    except DataError as err:
        print(err.report(), file=sys.stderr)
        return 1
    took = time.perf_counter() - started
    print(f"Dữ liệu hợp lệ: {len(dataset.entries)} nghị quyết, "
          f"{len(dataset.fields)} lĩnh vực ({took:.2f} giây).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
