"""The shape DESIGN.md promises: a thin hook, a package that never imports mkdocs."""

from __future__ import annotations

import ast


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_package_never_imports_mkdocs(root):
    for path in (root / "hooks" / "nqhandbook").rglob("*.py"):
        assert not any(m.split(".")[0] == "mkdocs" for m in imported_modules(path)), path


def test_hook_is_thin_and_imports_package_at_top(root):
    hook = root / "hooks" / "main.py"
    lines = [line for line in hook.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) <= 80
    tree = ast.parse(hook.read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
    assert any(n.module.startswith("nqhandbook") for n in top_level)
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    assert functions and all(f.name.startswith("on_") for f in functions)


def test_mkdocs_config_lists_only_the_hook(root):
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks:\n  - hooks/main.py\n" in text
    assert "watch:\n  - data\n  - hooks\n" in text
