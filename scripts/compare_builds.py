"""Build the site at two commits and compare the two trees byte for byte.

Usage: python scripts/compare_builds.py [BEFORE] [AFTER] [--config mkdocs.yml] [--bundle] [--keep DIR]
       (defaults: BEFORE=main, AFTER=HEAD; exit 0 when identical, 1 when they differ)

--bundle also makes each commit's offline zip (scripts/bundle.py: its own build, the printed
handouts, the zip; node_modules is linked from this checkout) and compares the zips and
their bundle.json byte for byte.

Each commit is checked out with `git worktree add --detach` into a temporary folder and
built there with `properdocs build --strict` (nqhandbook.outputs.preview.builds). Both builds
get the same date: SOURCE_DATE_EPOCH is the BEFORE commit's time. The comparison is
nqhandbook.outputs.preview.diff: only the generator meta tag and the sitemap's <lastmod>
dates are ignored; sitemap.xml.gz is compared unzipped. scripts/preview_changes.py shows the
same comparison as pages, with screenshots, for pull requests.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from nqhandbook.outputs.preview.builds import BuildError, build, build_env, commit_epoch, git, remove_worktrees
from nqhandbook.outputs.preview.diff import compare_sites

ROOT = Path(__file__).resolve().parents[1]


def bundle(tree: Path, folder: Path, epoch: int) -> Path:
    """The commit's offline zip folder (dist) made by its own scripts/bundle.py."""
    if (ROOT / "node_modules").exists() and not (tree / "node_modules").exists():
        (tree / "node_modules").symlink_to((ROOT / "node_modules").resolve())
    dist = folder / "dist"
    result = subprocess.run([sys.executable, "scripts/bundle.py", "--out", str(dist)], cwd=tree,
                            capture_output=True, text=True, env=build_env(epoch))
    if result.returncode != 0:
        raise BuildError(str(tree), result.stderr)
    return dist


def compare(before: Path, after: Path) -> list[str]:
    return compare_sites(before, after).lines()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", nargs="?", default="main")
    parser.add_argument("after", nargs="?", default="HEAD")
    parser.add_argument("--config", default="mkdocs.yml", help="mkdocs.yml or mkdocs.offline.yml")
    parser.add_argument("--bundle", action="store_true", help="also compare the offline zips")
    parser.add_argument("--keep", type=Path, help="keep both builds in this folder")
    args = parser.parse_args(argv)
    revs = {name: git(ROOT, "rev-parse", rev) for name, rev in (("before", args.before), ("after", args.after))}
    epoch = commit_epoch(ROOT, revs["before"])
    with tempfile.TemporaryDirectory(prefix="compare-builds-") as tmp:
        base = args.keep.resolve() if args.keep else Path(tmp)
        sites, zips = {}, []
        try:
            for name, rev in revs.items():
                (base / name).mkdir(parents=True, exist_ok=True)
                sites[name] = build(ROOT, rev, base / name, args.config, epoch)
                if args.bundle:
                    bundle(base / name / "tree", base / name, epoch)
            report = compare(sites["before"], sites["after"])
            if args.bundle:
                report += [f"bundle {line}" for line in compare(base / "before" / "dist", base / "after" / "dist")]
                zips = sorted(p.name for p in (base / "after" / "dist").glob("*.zip"))
            count = sum(1 for p in sites["after"].rglob("*") if p.is_file())
        except BuildError as err:
            raise SystemExit(f"build of {err.rev} failed:\n{err.output}") from None
        finally:
            remove_worktrees(ROOT, *(base / name for name in revs))
    print(f"{args.before} ({revs['before'][:8]}) vs {args.after} ({revs['after'][:8]}), {args.config}, "
          f"SOURCE_DATE_EPOCH={epoch}: {count} files")
    if args.bundle:
        print(f"offline bundles compared too: {', '.join(zips)} and bundle.json")
    for line in report:
        print(line)
    print("identical" if not report else f"{len(report)} difference(s)")
    return 0 if not report else 1


if __name__ == "__main__":
    sys.exit(main())
