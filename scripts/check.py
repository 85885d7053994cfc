"""Editors' validator: check every data file and print all problems in Vietnamese.

Usage: python scripts/check.py [--github] [PROJECT_ROOT]   (exit 0 when valid, 1 otherwise)

--github also prints each problem as a GitHub Actions workflow command
(`::error file=...,line=...,col=...,title=...::message`), so a pull request shows it as an
annotation on the YAML line it is about.
"""

import argparse
import sys
import time
from pathlib import Path


from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError, Problem


def github_annotation(problem: Problem) -> str:
    """One problem as a GitHub Actions `::error` workflow command (values escaped)."""
    def data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(text: str) -> str:
        return data(text).replace(":", "%3A").replace(",", "%2C")

    title = prop(problem.field or "dữ liệu")
    return (f"::error file={prop(problem.path)},line={problem.line},col={problem.col},"
            f"title={title}::{data(problem.message)}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Kiểm tra mọi tệp dữ liệu.")
    parser.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--github", action="store_true",
                        help="in thêm lỗi dạng chú thích của GitHub Actions")
    args = parser.parse_args(argv[1:])
    root = Path(args.root)
    started = time.perf_counter()
    try:
        dataset = load_dataset(root)
    except DataError as err:
        if args.github:
            for problem in err.problems:
                print(github_annotation(problem))
        print(err.report(), file=sys.stderr)
        return 1
    took = time.perf_counter() - started
    print(f"Dữ liệu hợp lệ: {len(dataset.entries)} nghị quyết, "
          f"{len(dataset.fields)} lĩnh vực ({took:.2f} giây).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
