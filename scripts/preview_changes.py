"""Preview a change for reviewers: the pages it changes, phone screenshots and a summary.

Usage: python scripts/preview_changes.py [BEFORE] [AFTER] [--out DIR] [--limit N]
       python scripts/preview_changes.py --sites BEFORE_SITE AFTER_SITE [--out DIR] [--limit N]
       (defaults: BEFORE=main, AFTER=HEAD, --out xem-truoc-thay-doi, --limit 20)

Builds both commits like scripts/compare_builds.py (temporary git worktrees, one build
date), or takes two built sites, and writes into DIR: tom-tat.md, the Vietnamese summary of
the changed, added and removed pages (address, title, first changed section), and one
390×844 screenshot per changed or added page (at most N). The pull-request workflow appends
tom-tat.md to the job summary and uploads DIR as the artifact "anh-chup-trang-thay-doi".
When BEFORE itself does not build, tom-tat.md says so (with the end of the error) and the
script exits 0: that is not the change's fault. When AFTER does not build, it exits 1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from nqhandbook.outputs.preview.builds import BuildError, build, commit_epoch, git, remove_worktrees
from nqhandbook.outputs.preview.report import LIMIT, SUMMARY, make_preview
from nqhandbook.outputs.preview.summary import render_base_failed

ROOT = Path(__file__).resolve().parents[1]


def preview_commits(before: str, after: str, out: Path, limit: int):
    revs = {name: git(ROOT, "rev-parse", rev) for name, rev in (("before", before), ("after", after))}
    # "HEAD (6e632dac)", "main (1b77f52a)"; a commit given by its hash: the short hash only
    labels = {name: revs[name][:8] if revs[name].startswith(rev.lower()) else f"{rev} ({revs[name][:8]})"
              for name, rev in (("before", before), ("after", after))}
    epoch = commit_epoch(ROOT, revs["before"])
    with tempfile.TemporaryDirectory(prefix="preview-changes-") as tmp:
        folders = {name: Path(tmp) / name for name in revs}
        try:
            sites = {name: build(ROOT, rev, folders[name], "mkdocs.yml", epoch) for name, rev in revs.items()}
            return make_preview(sites["before"], sites["after"], out, labels["before"], labels["after"], limit)
        except BuildError as err:
            if err.rev != revs["before"]:
                raise SystemExit(f"Không dựng được trang ở {err.rev}:\n{err.output}") from None
            out.mkdir(parents=True, exist_ok=True)
            (out / SUMMARY).write_text(render_base_failed(labels["before"], labels["after"], err.output),
                                       encoding="utf-8")
            print(f"Không dựng được bản gốc {labels['before']}: không so sánh; tóm tắt: {out / SUMMARY}")
            return None
        finally:
            remove_worktrees(ROOT, *folders.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Xem trước các trang mà một thay đổi làm khác đi.")
    parser.add_argument("before", nargs="?", default="main", help="bản gốc (mặc định: main)")
    parser.add_argument("after", nargs="?", default="HEAD", help="bản có thay đổi (mặc định: HEAD)")
    parser.add_argument("--sites", nargs=2, type=Path, metavar=("TRUOC", "SAU"),
                        help="so sánh hai thư mục trang đã dựng thay vì dựng hai bản")
    parser.add_argument("--out", type=Path, default=Path("xem-truoc-thay-doi"), help="thư mục kết quả")
    parser.add_argument("--limit", type=int, default=LIMIT, help=f"số ảnh chụp tối đa (mặc định: {LIMIT})")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if args.sites:
        before, after = (site.resolve() for site in args.sites)
        preview = make_preview(before, after, out, str(args.sites[0]), str(args.sites[1]), args.limit,
                               same_date=False)
    else:
        preview = preview_commits(args.before, args.after, out, args.limit)
        if preview is None:  # the base does not build: said in the summary, not the change's fault
            return 0
    changes = preview.changes
    print(f"{len(changes.changed)} trang sửa, {len(changes.added)} trang mới, {len(changes.removed)} trang bị bỏ; "
          f"{len(preview.shots)} ảnh chụp; tóm tắt: {out / SUMMARY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
