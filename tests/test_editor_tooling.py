"""Editors' tooling: pre-commit hooks, yamllint rules, VS Code schemas, GitHub templates."""

from __future__ import annotations

import fnmatch
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import ROOT

BIN = Path(sys.executable).parent


def pins(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith(("#", "-")):
            name, version = line.split("==")
            found[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    return found


def yamllint(*paths, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "yamllint"), "--strict", "-f", "parsable",
                           "-c", str(ROOT / ".yamllint"), *map(str, paths)],
                          cwd=cwd, capture_output=True, text=True, encoding="utf-8")


# --- pre-commit -------------------------------------------------------------------------


def test_pre_commit_config_is_valid():
    result = subprocess.run([str(BIN / "pre-commit"), "validate-config", ".pre-commit-config.yaml"],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stdout + result.stderr


def test_pre_commit_hooks_are_pinned_like_constraints():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert hooks["check-data"]["entry"] == ".venv/bin/python scripts/check.py"  # the installed package
    assert hooks["yamllint"]["entry"].startswith("yamllint")
    constraints = pins(ROOT / "constraints.txt")
    for hook in hooks.values():
        for requirement in hook.get("additional_dependencies", []):
            name, version = requirement.split("==")
            assert constraints[re.sub(r"[-_.]+", "-", name).lower()] == version, requirement


# --- yamllint -------------------------------------------------------------------------


def test_yamllint_accepts_the_data_and_the_repository_yaml():
    result = yamllint("data", ".github", "mkdocs.yml", ".pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout


def test_yamllint_accepts_a_scaffolded_resolution(tmp_path):
    (tmp_path / "data" / "resolutions").mkdir(parents=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "new_resolution.py"), "--root", str(tmp_path),
                    "--number", "44-NQ/TU", "--issued", "2024-03-01", "--issuer", "btv",
                    "--title", "về một chủ đề mới", "--short-title", "Chủ đề mới",
                    "--field", "kinh-te", "--until", "2030", "--source-title", "Tin thử nghiệm",
                    "--source-publisher", "Báo thử nghiệm", "--source-url", "https://example.org/tin"],
                   check=True, capture_output=True)
    result = yamllint(tmp_path / "data" / "resolutions" / "44-nq-tu.yml")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("text, rule", [
    ("issuer: btv\nissuer: bch\n", "key-duplicates"),
    ("linked: yes\n", "truthy"),
    ("sources: [S1, S2\ntext: x\n", "syntax"),
    ("text: một câu   \n", "trailing-spaces"),
])
def test_yamllint_still_catches_real_mistakes(tmp_path, text, rule):
    path = tmp_path / "broken.yml"
    path.write_text(text, encoding="utf-8")
    result = yamllint(path)
    assert result.returncode == 1
    assert f"({rule})" in result.stdout


def test_long_lines_and_no_document_start_are_fine(tmp_path):
    path = tmp_path / "long.yml"
    path.write_text("text: " + " ".join(["rất dài"] * 60) + "\nlinked: true\n", encoding="utf-8")
    assert yamllint(path).returncode == 0


# --- VS Code ---------------------------------------------------------------------------


def test_vscode_recommends_the_yaml_extension():
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]


def test_vscode_maps_every_data_file_to_its_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    data_files = sorted((ROOT / "data").rglob("*.yml"))
    assert data_files
    for path in data_files:
        relative = path.relative_to(ROOT).as_posix()
        schemas = [schema for schema, globs in mapping.items()
                   if any(fnmatch.fnmatch(relative, glob) for glob in globs)]
        assert len(schemas) == 1, relative
        schema = (ROOT / schemas[0]).resolve()
        assert schema.is_file()
        # the same schema as the file's own yaml-language-server comment
        first = path.read_text(encoding="utf-8").splitlines()[0]
        declared = first.removeprefix("# yaml-language-server: $schema=")
        assert (path.parent / declared).resolve() == schema, relative


# --- GitHub templates -----------------------------------------------------------------

FORM_TYPES = {"markdown", "input", "textarea", "dropdown", "checkboxes"}


@pytest.mark.parametrize("name", ["bao-loi-noi-dung.yml", "de-xuat-nghi-quyet.yml"])
def test_issue_forms_are_well_formed(name):
    form = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / name).read_text(encoding="utf-8"))
    assert form["name"] and form["description"]
    ids = [item["id"] for item in form["body"] if "id" in item]
    assert len(ids) == len(set(ids))
    for item in form["body"]:
        assert item["type"] in FORM_TYPES
        if item["type"] != "markdown":
            assert item["attributes"]["label"] and "id" in item
        if item["type"] == "dropdown":
            assert item["attributes"]["options"]
    assert any(item.get("validations", {}).get("required") for item in form["body"])


def test_issue_template_config_and_pull_request_checklist():
    config = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / "config.yml").read_text(encoding="utf-8"))
    assert all(link["url"].startswith("https://") for link in config["contact_links"])
    checklist = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    boxes = [line for line in checklist.splitlines() if line.startswith("- [ ] ")]
    assert len(boxes) >= 4
    for words in ("sources", "nguyên văn", "gap", "make check"):
        assert any(words in box for box in boxes), words
