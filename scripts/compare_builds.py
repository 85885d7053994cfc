"""Build the site at two commits and compare the two trees byte for byte.

Usage: python scripts/compare_builds.py [BEFORE] [AFTER] [--config mkdocs.yml] [--bundle] [--keep DIR]
       (defaults: BEFORE=main, AFTER=HEAD; exit 0 when identical, 1 when they differ)

--bundle also makes each commit's offline zip (scripts/bundle.py: its own build, the printed
handouts, the zip; node_modules is linked from this checkout) and compares the zips and
their bundle.json byte for byte.

Each commit is checked out with `git worktree add --detach` into a temporary folder and
built there with `mkdocs build --strict` by this Python (its installed packages; each
commit's hooks/main.py imports the package from its own hooks/ folder). Both builds get the
same date: SOURCE_DATE_EPOCH is the BEFORE commit's time (BUILD_DATE, read by older code, is
that day in Vietnam). Only the generator meta tag and the sitemap's <lastmod> dates are
ignored; sitemap.xml.gz is compared unzipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def build(rev: str, folder: Path, config: str, epoch: int) -> Path:
    tree = folder / "tree"
    git("worktree", "add", "--detach", "-f", str(tree), rev)
    site = folder / "site"
    day = dt.datetime.fromtimestamp(epoch, dt.timezone(dt.timedelta(hours=7))).date().isoformat()
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "BUILD_DATE": day, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SITE_URL", None)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", config,
                             "-d", str(site)], cwd=tree, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"build of {rev} failed:\n{result.stderr}")
    return site


def bundle(tree: Path, folder: Path, epoch: int) -> Path:
    """The commit's offline zip folder (dist) made by its own scripts/bundle.py."""
    if (ROOT / "node_modules").exists() and not (tree / "node_modules").exists():
        (tree / "node_modules").symlink_to((ROOT / "node_modules").resolve())
    dist = folder / "dist"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "scripts/bundle.py", "--out", str(dist)], cwd=tree,
                            capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise SystemExit(f"bundle in {tree} failed:\n{result.stderr}")
    return dist


def normalised(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.suffix in (".html", ".xml", ".gz"):
        data = LASTMOD.sub(b"<lastmod/>", GENERATOR.sub(b"<meta generator>", data))
    return data


def compare(before: Path, after: Path) -> list[str]:
    def files(site: Path) -> set[str]:
        return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}

    left, right = files(before), files(after)
    report = [f"only in BEFORE: {name}" for name in sorted(left - right)]
    report += [f"only in AFTER: {name}" for name in sorted(right - left)]
    report += [f"differs: {name}" for name in sorted(left & right)
               if normalised(before / name) != normalised(after / name)]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", nargs="?", default="main")
    parser.add_argument("after", nargs="?", default="HEAD")
    parser.add_argument("--config", default="mkdocs.yml", help="mkdocs.yml or mkdocs.offline.yml")
    parser.add_argument("--bundle", action="store_true", help="also compare the offline zips")
    parser.add_argument("--keep", type=Path, help="keep both builds in this folder")
    args = parser.parse_args(argv)
    revs = {name: git("rev-parse", rev) for name, rev in (("before", args.before), ("after", args.after))}
    epoch = int(git("log", "-1", "--format=%ct", revs["before"]))
    with tempfile.TemporaryDirectory(prefix="compare-builds-") as tmp:
        base = args.keep.resolve() if args.keep else Path(tmp)
        sites, zips = {}, []
        try:
            for name, rev in revs.items():
                (base / name).mkdir(parents=True, exist_ok=True)
                sites[name] = build(rev, base / name, args.config, epoch)
                if args.bundle:
                    bundle(base / name / "tree", base / name, epoch)
            report = compare(sites["before"], sites["after"])
            if args.bundle:
                report += [f"bundle {line}" for line in compare(base / "before" / "dist", base / "after" / "dist")]
                zips = sorted(p.name for p in (base / "after" / "dist").glob("*.zip"))
            count = sum(1 for p in sites["after"].rglob("*") if p.is_file())
        finally:
            for name in revs:
                if (base / name / "tree").exists():
                    git("worktree", "remove", "--force", str(base / name / "tree"))
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
