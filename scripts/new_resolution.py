"""Create data/resolutions/NN-nq-tu.yml with every section as an explicit gap.

Usage (through make: make new ARGS="..."; help: make new ARGS=--help):
  python scripts/new_resolution.py --number 44-NQ/TU --issued 2024-03-01 --issuer btv \
      --title "về ..." --short-title "..." --field kinh-te [--until 2030] [--vision 2050] \
      [--source-title ... --source-publisher ... --source-url https://... [--source-date 2024-03]]
A resolution the 11/2023 propaganda plan lists (data/plan.yml) rests on that plan; any
other needs the --source-* options: the document the number and title were read from.
Refuses a number that already has a file. The new file validates as it is. Help and
errors are Vietnamese (scripts/vietnamese_cli.py).
"""

import sys
from pathlib import Path

from nqhandbook.data.scaffold import SOURCE_KINDS, IdentitySource, new_resolution_text, plan_numbers, target_path
from vietnamese_cli import ArgumentParser

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = """ví dụ:
  make new ARGS='--number 44-NQ/TU --issued 2024-03-01 --issuer btv --title "về ..." \\
    --short-title "..." --field kinh-te --until 2030 --source-title "..." \\
    --source-publisher "Báo Lào Cai" --source-url https://...'

Tệp mới có mọi mục là chỗ trống (gap); sau đó chạy make check."""


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="make new", description="Tạo tệp nghị quyết mới trong data/resolutions/ "
                            "(mọi mục là chỗ trống, điền dần theo nguồn).", epilog=EXAMPLE,
                            help_hint="make new ARGS=--help")
    need = parser.add_argument_group("bắt buộc")
    need.add_argument("--number", required=True, metavar="SỐ_HIỆU", help="số hiệu nghị quyết, ví dụ 44-NQ/TU")
    need.add_argument("--issued", required=True, metavar="NGÀY",
                      help="ngày ban hành NĂM-THÁNG-NGÀY (hoặc NĂM-THÁNG, NĂM), ví dụ 2024-03-01")
    need.add_argument("--issuer", required=True, choices=["bch", "btv", "unknown"],
                      help="cơ quan ban hành: bch = Ban Chấp hành Đảng bộ tỉnh, btv = Ban Thường vụ "
                           "Tỉnh ủy, unknown = chưa nguồn nào nêu")
    need.add_argument("--title", required=True, metavar="TRÍCH_YẾU", help="trích yếu, viết như văn bản")
    need.add_argument("--short-title", required=True, metavar="TÊN_NGẮN",
                      help="tên ngắn hiện trên thẻ và danh sách")
    need.add_argument("--field", required=True, metavar="MÃ", help="mã lĩnh vực trong data/fields.yml, ví dụ kinh-te")
    more = parser.add_argument_group("không bắt buộc")
    more.add_argument("--until", type=int, metavar="NĂM", help="năm đích, nếu nguồn nêu")
    more.add_argument("--vision", type=int, metavar="NĂM", help="năm tầm nhìn, nếu nguồn nêu")
    more.add_argument("--root", default=str(ROOT), metavar="THƯ_MỤC",
                      help="thư mục dự án (mặc định: dự án này)")
    source = parser.add_argument_group(
        "nguồn của số hiệu và trích yếu",
        "bắt buộc với nghị quyết không có trong danh mục kèm kế hoạch tuyên truyền 11/2023 (data/plan.yml)")
    source.add_argument("--source-title", metavar="TIÊU_ĐỀ",
                        help="tiêu đề văn bản hoặc bài viết nêu số hiệu, trích yếu")
    source.add_argument("--source-publisher", metavar="CƠ_QUAN", help="cơ quan đăng, ví dụ Báo Lào Cai")
    source.add_argument("--source-url", metavar="ĐỊA_CHỈ", help="địa chỉ http/https của nguồn")
    source.add_argument("--source-date", metavar="NGÀY", help="ngày đăng, nếu nguồn ghi (NĂM-THÁNG-NGÀY)")
    source.add_argument("--source-kind", choices=SOURCE_KINDS, default="press",
                        help="loại nguồn: resolution (văn bản nghị quyết), plan (kế hoạch thực hiện), "
                             "review (báo cáo sơ kết, tổng kết), press (báo chí; mặc định), "
                             "aggregator (trang tổng hợp)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    root = Path(args.root)
    path = target_path(root, args.number)
    if path.exists():
        print(f"Đã có tệp {path.relative_to(root)} cho {args.number}; không ghi đè.", file=sys.stderr)
        return 1
    in_plan = args.number in plan_numbers(root)
    source = None
    if not in_plan:
        missing = [name for name in ("--source-title", "--source-publisher", "--source-url")
                   if not getattr(args, name[2:].replace("-", "_"))]
        if missing:
            parser.error(f"nghị quyết {args.number} không có trong danh mục kèm kế hoạch tuyên truyền "
                         f"11/2023 (data/plan.yml), nên cần ghi nguồn nêu số hiệu và trích yếu: thiếu "
                         f"{', '.join(missing)}")
        source = IdentitySource(args.source_title, args.source_publisher, args.source_url,
                                args.source_kind, args.source_date)
    text = new_resolution_text(args.number, args.issued, args.issuer, args.title, args.short_title,
                               args.field, args.until, args.vision, in_plan=in_plan, source=source)
    path.write_text(text, encoding="utf-8")
    print(f"Đã tạo {path.relative_to(root)}. Chạy 'make check' để kiểm tra.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
