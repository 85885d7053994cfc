"""Publishing: the workflows and the local dry run build with the same `make pages`;
the build itself publishes the offline zip at its stable address."""

from __future__ import annotations

import json
import re

import yaml

from helpers import ROOT


def job_runs(workflow: str, job: str) -> list[str]:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / workflow).read_text(encoding="utf-8"))
    return [step["run"].strip() for step in data["jobs"][job]["steps"] if "run" in step]


def shell_commands(path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_deploy_and_dry_run_build_with_the_same_make_target():
    deploy = job_runs("pages.yml", "build")
    assert deploy == ["make pages"], "the deploy job builds with `make pages` only"
    dry_run = shell_commands(ROOT / "scripts" / "pages_dry_run.sh")
    build_commands = [line for line in dry_run if line.startswith("make ")]
    assert build_commands == deploy
    assert "make pages" in job_runs("pull-request.yml", "check")


def test_deploy_uploads_the_folder_make_pages_builds():
    data = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    upload = next(step for step in data["jobs"]["build"]["steps"]
                  if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site/"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^pages:(.*)\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe, "Makefile has a `pages` target"
    assert "build" in recipe.group(1).split()
    assert "scripts/service_worker.py site" in recipe.group(2)
    build = re.search(r"^build:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert "properdocs build --strict -f mkdocs.yml" in build.group(1)



def test_the_build_publishes_the_zip_and_nothing_copies_it_again(tmp_path):
    """`make pages` runs the bundle before the build; the build itself publishes dist/'s
    newest zip at the stable address (site.downloads), no later step copies it."""
    from nqhandbook.layout import DOWNLOADS_DIR, STABLE_ZIP
    from nqhandbook.site.downloads import download_files

    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^pages:(.*)\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    prerequisites = recipe.group(1).split()
    assert prerequisites.index("bundle") < prerequisites.index("build")
    assert ".zip" not in recipe.group(2) and "cp " not in recipe.group(2)
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "so-tay-nghi-quyet-20250105-offline.zip").write_bytes(b"old")
    (dist / "so-tay-nghi-quyet-20251127-offline.zip").write_bytes(b"newest bundle")
    (dist / "bundle.json").write_text(json.dumps({
        "file": "so-tay-nghi-quyet-20251127-offline.zip", "bytes": 13, "sha256": "", "build_date": "2025-11-27"}))
    assert download_files(dist, offline=False) == {
        f"{DOWNLOADS_DIR}/{STABLE_ZIP}": dist / "so-tay-nghi-quyet-20251127-offline.zip"}
    assert download_files(dist, offline=True) == {}
    assert download_files(tmp_path / "no-dist", offline=False) == {}
