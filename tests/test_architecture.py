"""The shape DESIGN.md promises: a thin hook; a package in layers (data <- pages <- site <-
outputs, layout shared) that never imports mkdocs; no edits of the import path anywhere."""

from __future__ import annotations

import ast
import re

from layers import LAYERS, unplaced, violations


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


def test_package_layers_import_only_downward(root):
    assert violations(root / "hooks" / "nqhandbook") == []
    assert unplaced(root / "hooks" / "nqhandbook") == []


def test_every_layer_says_its_purpose_in_one_line(root):
    for layer in LAYERS:
        text = (root / "hooks" / "nqhandbook" / layer / "__init__.py").read_text(encoding="utf-8").strip()
        assert text.startswith('"""') and text.endswith('"""') and "\n" not in text, layer


def _write(folder, files: dict[str, str]):
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_layer_check_catches_a_lower_layer_importing_a_higher_one(tmp_path):
    """The checker itself, on a tiny package: a clean one passes, each violation is named."""
    package = tmp_path / "pkg"
    clean = {
        "__init__.py": "", "layout.py": "import os\n",
        "data/__init__.py": "", "data/model.py": "from ..layout import X\n",
        "pages/__init__.py": "", "pages/views.py": "from ..data.model import M\nfrom . import charts\n",
        "pages/charts.py": "",
        "site/__init__.py": "", "site/index.py": "from pkg.pages import views\n",
        "outputs/__init__.py": "", "outputs/zip.py": "from ..site.index import I\nfrom ..data import model\n",
    }
    _write(package, clean)
    assert violations(package) == []
    _write(package, {
        "data/model.py": "from ..layout import X\n\ndef f():\n    from ..pages.views import V\n",
        "pages/views.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.site import index\n",
        "site/index.py": "import mkdocs.plugins\n",
        "layout.py": "from .data import model\n",
    })
    found = violations(package)
    assert any(line.startswith("pkg/data/model.py:4: pkg.data.model -> pkg.pages.views (data is below pages)")
               for line in found), found
    assert any("pkg/pages/views.py:3: pkg.pages.views -> pkg.site" in line for line in found), found
    assert any("pkg/site/index.py:1" in line and "mkdocs" in line for line in found), found
    assert any("pkg/layout.py:1" in line and "layout imports nothing" in line for line in found), found
    _write(package, {"util.py": ""})
    assert unplaced(package) == ["util.py"]


def test_no_import_path_edits(root):
    """The package is installed (pyproject.toml, make setup); nothing edits the import path."""
    needle = "sys" + ".path"  # spelled apart so that this file does not match itself
    for folder in ("hooks", "scripts", "tests"):
        for path in (root / folder).rglob("*.py"):
            assert needle not in path.read_text(encoding="utf-8"), path


def test_no_test_imports_conftest_as_a_module(root):
    for path in (root / "tests").rglob("*.py"):
        assert not re.search(r"^\s*(from conftest import|import conftest)", path.read_text(encoding="utf-8"), re.M), path
