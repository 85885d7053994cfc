"""Two clean builds of the same commit are byte-identical.

The one input that legitimately varies between two builds of a commit is the build date:
SOURCE_DATE_EPOCH (the Makefile sets it to the last commit's time), read by MkDocs for the
sitemap and by nqhandbook.layout.build_date for the pages. Builds made with the same
SOURCE_DATE_EPOCH must be identical whatever the hash seed, output folder or moment; and a
build dated another day may differ ONLY in the exceptions listed here, each justified:

- sitemap.xml: MkDocs writes every page's <lastmod> as the build date.
- sitemap.xml.gz: the same sitemap; the gzip header's mtime is that date.
- pages that show the build date ("Bản dựng: ..."): only that date, in its two spellings.
- sw.js: the revision of each page it keeps, so phones fetch the pages whose date changed.
Search engines use lastmod only as a hint; the Makefile pins it to the commit date.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import gzip
import re
import subprocess

import pytest

from helpers import ROOT, mkdocs_build

DAY_DEPENDENT = {"sitemap.xml", "sitemap.xml.gz", "sw.js"}
LASTMOD = re.compile(r"<lastmod>\d{4}-\d{2}-\d{2}</lastmod>")


def commit_epoch() -> int:
    result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    return int(result.stdout.strip() or 1_700_000_000)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    epoch = commit_epoch()
    settings = {"first": (epoch, "1"), "second": (epoch, "2"), "next week": (epoch + 7 * 86400, "3")}
    sites = {}
    for name, (when, seed) in settings.items():
        site = tmp_path_factory.mktemp("determinism") / name.replace(" ", "-")
        result = mkdocs_build(ROOT, site, env={"SOURCE_DATE_EPOCH": str(when), "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        sites[name] = site
    return sites


def differences(left, right) -> set[str]:
    """Relative paths of files that differ or exist on one side only."""
    found: set[str] = set()

    def walk(compare: filecmp.dircmp, prefix: str) -> None:
        found.update(prefix + name for name in compare.left_only + compare.right_only + compare.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(compare.left, compare.right, compare.common_files, shallow=False)
        found.update(prefix + name for name in mismatch + errors)
        for name, sub in compare.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right), "")
    return found


def test_same_commit_same_bytes(builds):
    assert differences(builds["first"], builds["second"]) == set()


def without_date(html: str, epoch: int) -> str:
    """The page with the build date of `epoch` (as layout.build_date writes it) blanked."""
    from nqhandbook.layout import epoch_date

    iso = epoch_date(epoch)
    shown = "/".join(reversed(iso.split("-")))
    return html.replace(iso, "<build date>").replace(shown, "<build date>")


def test_another_day_changes_only_the_build_date(builds):
    first, later = builds["first"], builds["next week"]
    changed = differences(first, later)
    pages = {name for name in changed if name.endswith(".html")}
    assert changed - pages <= DAY_DEPENDENT
    assert pages, "the pages show the build date"
    for name in pages:
        html = [(site / name).read_text(encoding="utf-8") for site in (first, later)]
        epochs = (commit_epoch(), commit_epoch() + 7 * 86400)
        assert without_date(html[0], epochs[0]) == without_date(html[1], epochs[1]), name
    sitemaps = [(site / "sitemap.xml").read_text(encoding="utf-8") for site in (first, later)]
    assert LASTMOD.sub("", sitemaps[0]) == LASTMOD.sub("", sitemaps[1])
    day = dt.datetime.fromtimestamp(commit_epoch(), dt.UTC).date().isoformat()
    assert f"<lastmod>{day}</lastmod>" in sitemaps[0]  # the date comes from SOURCE_DATE_EPOCH
    unzipped = [gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode("utf-8") for site in (first, later)]
    assert unzipped == sitemaps
