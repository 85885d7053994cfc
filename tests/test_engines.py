"""ProperDocs (the engine) and MkDocs 1.6.1 (the line it continues) build the same site.

The fixture project (tests/fixtures/base data with the real docs, hooks and theme) is built
by both with the same dates; every file must be identical once each page's generator tag
is taken out. sw.js lists a hash of every page, so it is written again for both
normalised sites before the comparison.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from helpers import ROOT, copy_build_inputs
from nqhandbook.site.service_worker import write_service_worker

GENERATOR = re.compile(r'^\s*<meta name="generator" content="([^"]*)">\n', re.MULTILINE)
ENV = {"SOURCE_DATE_EPOCH": "1764547200", "NO_MKDOCS_2_WARNING": "1"}


def build(engine: str, project, site) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", engine, "build", "--strict", "-q", "-f", "mkdocs.yml", "-d", str(site)]
    return subprocess.run(command, cwd=project, capture_output=True, text=True, encoding="utf-8", timeout=600,
                          env={**os.environ, **ENV})


def normalised(site) -> tuple[dict[str, bytes], set[str]]:
    """Every file of `site` (generator tags removed, sw.js written again), and the tags."""
    tags = set()
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        tags.update(GENERATOR.findall(text))
        page.write_text(GENERATOR.sub("", text), encoding="utf-8")
    write_service_worker(site)
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}, tags


def test_properdocs_and_mkdocs_build_the_same_site(tmp_path):
    project = copy_build_inputs(tmp_path / "project")
    shutil.rmtree(project / "data")
    shutil.copytree(ROOT / "tests" / "fixtures" / "base" / "data", project / "data")
    sites = {}
    for engine in ("properdocs", "mkdocs"):
        result = build(engine, project, tmp_path / engine)
        assert result.returncode == 0, f"{engine}: {result.stderr}"
        sites[engine] = normalised(tmp_path / engine)
    (proper, proper_tags), (mkdocs, mkdocs_tags) = sites["properdocs"], sites["mkdocs"]
    assert proper_tags == {"mkdocs-ProperDocs 1.6.7, mkdocs-material-9.8.2"}
    assert mkdocs_tags == {"mkdocs-1.6.1, mkdocs-material-9.8.2"}
    assert "nghi-quyet/99-nq-tu/index.html" in proper and len(proper) > 50
    assert proper.keys() == mkdocs.keys()
    assert [name for name in proper if proper[name] != mkdocs[name]] == []
