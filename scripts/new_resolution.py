"""Create data/resolutions/NN-nq-tu.yml with every section as an explicit gap.

Usage:
  python scripts/new_resolution.py --number 44-NQ/TU --issued 2024-03-01 --issuer btv \
      --title "về ..." --short-title "..." --field kinh-te [--until 2030] [--vision 2050]
Refuses a number that already has a file. The new file validates as it is.
"""

import argparse
import sys
from pathlib import Path


from nqhandbook.data.scaffold import new_resolution_text, target_path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Tạo tệp nghị quyết mới (mọi mục là chỗ trống).")
    parser.add_argument("--number", required=True, help="Số hiệu, ví dụ 44-NQ/TU")
    parser.add_argument("--issued", required=True, help="Ngày ban hành, ví dụ 2024-03-01")
    parser.add_argument("--issuer", required=True, choices=["bch", "btv", "unknown"])
    parser.add_argument("--title", required=True, help="Trích yếu")
    parser.add_argument("--short-title", required=True)
    parser.add_argument("--field", required=True, help="Mã lĩnh vực trong data/fields.yml")
    parser.add_argument("--until", type=int, help="Năm đích, nếu văn bản nêu")
    parser.add_argument("--vision", type=int)
    parser.add_argument("--root", default=str(ROOT))
    args = parser.parse_args(argv)
    path = target_path(Path(args.root), args.number)
    if path.exists():
        print(f"Đã có tệp {path.relative_to(args.root)} cho {args.number}; không ghi đè.", file=sys.stderr)
        return 1
    text = new_resolution_text(args.number, args.issued, args.issuer, args.title,
                               args.short_title, args.field, args.until, args.vision)
    path.write_text(text, encoding="utf-8")
    print(f"Đã tạo {path.relative_to(args.root)}. Chạy 'make check' để kiểm tra.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
