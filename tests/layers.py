"""The layer rule of the nqhandbook package, as a checker the architecture test runs on the
real package and on a small synthetic one (tests/test_architecture.py).

Layers, lowest first: data <- pages <- site <- outputs. A module may import its own layer
and any lower one; the top-level modules (`layout`, `build_cache`) are importable from every
layer and import nothing of the package; no module of the package imports mkdocs (only
hooks/main.py does). Every import counts, also inside functions and `if TYPE_CHECKING:`.
"""

from __future__ import annotations

import ast
from pathlib import Path

LAYERS = ("data", "pages", "site", "outputs")
SHARED = ("layout", "build_cache")  # top-level modules every layer may import


def imports(path: Path, package: str, module: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in the file at `path`, whose own dotted
    name is `module` (relative imports are resolved against it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # `from . import x` / `from ..site import open_data`: x may itself be a module
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
    return found


def rank(module: str, package: str) -> int | None:
    """The layer index of a module of the package; -1 for a shared module; None otherwise."""
    parts = module.split(".")
    if parts[0] != package or len(parts) < 2:
        return None
    if parts[1] in SHARED:
        return -1
    return LAYERS.index(parts[1]) if parts[1] in LAYERS else None


def violations(package_dir: Path) -> list[str]:
    """Every import that breaks the rule, as 'file:line: importer -> imported (why)'."""
    package = package_dir.name
    found = []
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir.parent).with_suffix("")
        module = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        own = rank(module, package)
        for line, target in imports(path, package, module):
            where = f"{path.relative_to(package_dir.parent)}:{line}: {module} -> {target}"
            if target.split(".")[0] == "mkdocs":
                found.append(f"{where} (only hooks/main.py imports mkdocs)")
                continue
            other = rank(target, package)
            if other is None or own is None:
                continue
            if own == -1 and other != -1:
                found.append(f"{where} (layout imports nothing of the package)")
            elif other > own:
                found.append(f"{where} ({LAYERS[own]} is below {LAYERS[other]})")
    return found


def unplaced(package_dir: Path) -> list[str]:
    """Modules of the package that are in no layer and are not shared."""
    names = []
    for path in sorted(package_dir.glob("*.py")):
        if path.stem not in SHARED and path.stem != "__init__":
            names.append(path.name)
    for path in sorted(p for p in package_dir.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        if path.name not in LAYERS:
            names.append(path.name + "/")
    return names
