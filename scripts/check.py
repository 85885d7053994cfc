"""Editors' validator: check every data file and print all problems in Vietnamese.

Usage: python scripts/check.py [--github] [PROJECT_ROOT]   (exit 0 when valid, 1 otherwise)

Each problem is `file:line:col: field: message [lỗi]` or `[cảnh báo]`: an error (lỗi) stops
the build, a warning (cảnh báo, the editorial rules in hooks/nqhandbook/editorial.py) is listed
here and on the data-status page. --github also prints each problem as a GitHub Actions
workflow command (`::error ...` or `::warning file=...,line=...,col=...,title=...::message`),
so a pull request shows it as an annotation on the YAML line it is about. --make (how
`make check` runs it) ends the output with one "✓ make check: …" or "✗ make check: dữ liệu
có N lỗi — …" line, the last line the editor sees (the Makefile explains why).
"""

import sys
import time
from pathlib import Path


from nqhandbook.data.load import load_dataset
from nqhandbook.data.problems import DataError, Problem
from nqhandbook.data.safety import shown
from vietnamese_cli import ArgumentParser


def github_annotation(problem: Problem) -> str:
    """One problem as a GitHub Actions `::error` workflow command (values escaped): control
    characters shown as <U+XXXX>, long values cut, then GitHub's own escapes, so a value
    can never end the command or start another one."""
    def data(text: str) -> str:
        text = shown(text, 600, keep="\r\n")
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(text: str) -> str:
        return data(text).replace(":", "%3A").replace(",", "%2C")

    title = prop(problem.field or "dữ liệu")
    command = "error" if problem.is_error else "warning"
    return (f"::{command} file={prop(problem.path)},line={problem.line},col={problem.col},"
            f"title={title}::{data(problem.message)}")


def main(argv: list[str]) -> int:
    parser = ArgumentParser(prog="make check", description="Kiểm tra mọi tệp dữ liệu.",
                            help_hint="python scripts/check.py --help")
    parser.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parents[1]),
                        help="thư mục dự án cần kiểm tra (mặc định: dự án này)")
    parser.add_argument("--github", action="store_true",
                        help="in thêm lỗi dạng chú thích của GitHub Actions")
    parser.add_argument("--make", action="store_true",
                        help="kết thúc bằng một dòng tóm tắt cho lệnh make check")
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
        if args.make:
            files = len({p.path for p in err.errors})
            print(f"✗ make check: dữ liệu có {len(err.errors)} lỗi trong {files} tệp — "
                  "sửa theo các dòng trên rồi chạy lại", file=sys.stderr)
        return 1
    took = time.perf_counter() - started
    for problem in dataset.warnings:
        if args.github:
            print(github_annotation(problem))
        print(problem)
    warned = f", {len(dataset.warnings)} cảnh báo" if dataset.warnings else ""
    print(f"Dữ liệu hợp lệ: {len(dataset.entries)} nghị quyết, "
          f"{len(dataset.fields)} lĩnh vực{warned} ({took:.2f} giây).")
    if args.make:
        print("✓ make check: dữ liệu hợp lệ" + (", xem các cảnh báo ở trên" if dataset.warnings else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
