"""Throwaway projects for the build benchmark, made in a temporary folder, never in data/.

`scaled_project` copies the project and adds renumbered copies of the real resolution
files (1000-NQ/TU, 1001-NQ/TU, ...) until there are `total` resolutions. `baseline_project`
takes the Markdown and data files our hooks generated for a project (dumped during a build
by build_bench.DUMP_HOOK) and lays them out as ordinary docs of a plain MkDocs project with
the same theme and extensions and no hooks.
"""

from __future__ import annotations

import compileall
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOLUTIONS = "data/resolutions"
FIRST_COPY_NUMBER = 1000
# .git is copied: the hooks read the content history from it, as in a real build.
NOT_COPIED = {".github", ".venv", "node_modules", "site", ".site-tmp", "dist", "tests",
              ".pytest_cache", ".hypothesis", "__pycache__", ".ruff_cache", ".cache"}
NUMBER_LINE = re.compile(r"^number: .*$", re.M)
HOOKS_BLOCK = re.compile(r"^hooks:\n(?:[ \t]+-.*\n)+", re.M)
DOCS_DIR = re.compile(r"^docs_dir: .*$", re.M)
BASELINE_CONFIG = "mkdocs.baseline.yml"
BASELINE_DOCS = "baseline-docs"


def copy_project(destination: Path) -> Path:
    """Everything a build reads (data, docs, hooks, overrides, configs, git history)."""
    destination.mkdir(parents=True, exist_ok=True)
    for entry in sorted(ROOT.iterdir()):
        if entry.name in NOT_COPIED:
            continue
        if entry.is_dir():
            shutil.copytree(entry, destination / entry.name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(entry, destination / entry.name)
    return destination


def scaled_project(destination: Path, total: int) -> Path:
    """A copy of the project with `total` resolutions (the real ones plus renumbered copies)."""
    project = copy_project(destination)
    # A build imports the copy's package (the engine puts the project's hooks/ folder first on
    # the import path): compiled once here, as pip compiles the engine's own packages, so the
    # timed builds do not compile it (PYTHONDONTWRITEBYTECODE may forbid keeping bytecode).
    compileall.compile_dir(project / "hooks", quiet=1)
    folder = project / RESOLUTIONS
    real = sorted(folder.glob("*.yml"))
    for index in range(total - len(real)):
        number = FIRST_COPY_NUMBER + index
        text = real[index % len(real)].read_text(encoding="utf-8")
        text, replaced = NUMBER_LINE.subn(f"number: {number}-NQ/TU", text, count=1)
        if not replaced:
            raise ValueError(f"no 'number:' line in {real[index % len(real)]}")
        (folder / f"{number}-nq-tu.yml").write_text(text, encoding="utf-8")
    return project


def baseline_project(project: Path, generated: Path) -> str:
    """Add a plain-MkDocs twin to `project`: BASELINE_DOCS holds docs/ plus the files the
    hooks generated (in `generated`), and BASELINE_CONFIG is mkdocs.yml without hooks.
    Returns the config's file name."""
    docs = project / BASELINE_DOCS
    shutil.copytree(project / "docs", docs)
    shutil.copytree(generated, docs, dirs_exist_ok=True)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config, hooks = HOOKS_BLOCK.subn("", config)
    config, dirs = DOCS_DIR.subn(f"docs_dir: {BASELINE_DOCS}", config)
    if hooks != 1 or dirs != 1:
        raise ValueError("mkdocs.yml: expected one `hooks:` list and one `docs_dir:` line")
    (project / BASELINE_CONFIG).write_text(config, encoding="utf-8")
    return BASELINE_CONFIG
