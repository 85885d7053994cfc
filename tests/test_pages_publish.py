"""Publishing: the workflows and the local dry run build with the same `make pages`;
the downloads land at stable addresses in the site."""

from __future__ import annotations

import re
import subprocess
import sys

import yaml

from helpers import ROOT

STAGE = ROOT / "scripts" / "stage_downloads.py"


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
    assert "scripts/stage_downloads.py" in recipe.group(2)
    build = re.search(r"^build:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert "mkdocs build --strict" in build.group(1)


def fake_site(root):
    (root / "site").mkdir(parents=True)
    (root / "site" / "index.html").write_text("<!doctype html>", encoding="utf-8")


def stage(root):
    return subprocess.run([sys.executable, str(STAGE), "--root", str(root)],
                          capture_output=True, text=True, encoding="utf-8")


def test_newest_zip_is_published_at_the_stable_address(tmp_path):
    fake_site(tmp_path)
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "so-tay-nghi-quyet-20250105-offline.zip").write_bytes(b"old")
    (dist / "so-tay-nghi-quyet-20251127-offline.zip").write_bytes(b"newest bundle")
    (tmp_path / "site" / "pdf").mkdir()
    (tmp_path / "site" / "pdf" / "11-nq-tu.pdf").write_bytes(b"%PDF-1.7")

    result = stage(tmp_path)

    assert result.returncode == 0, result.stderr
    stable = tmp_path / "site" / "tai-ve" / "so-tay-nghi-quyet-offline.zip"
    assert stable.read_bytes() == b"newest bundle"
    assert "warning" not in result.stderr
    assert "1 PDF" in result.stdout


def test_missing_downloads_warn_but_the_site_still_publishes(tmp_path):
    fake_site(tmp_path)
    result = stage(tmp_path)
    assert result.returncode == 0
    assert "offline zip is not published" in result.stderr
    assert "print PDFs are not published" in result.stderr
    assert not (tmp_path / "site" / "tai-ve").exists()


def test_staging_without_a_built_site_fails(tmp_path):
    result = stage(tmp_path)
    assert result.returncode == 1
    assert "make build" in result.stderr
