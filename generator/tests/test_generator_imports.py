"""The generator's modules import one another in one direction, and each imports on its own.

A cycle (``specdiff`` <-> ``specdiff_render`` was one) makes a module's import depend on which
of the two was imported first, and hides which module owns a name. Imports are read from the
source with ``ast``, all of them: module level, inside functions and under ``TYPE_CHECKING``,
since a function-level import only moves a cycle's failure to call time.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import dokploy_codegen

PACKAGE = Path(dokploy_codegen.__file__).resolve().parent
NAME = "dokploy_codegen"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = [NAME, *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_package(module: str) -> bool:
    return MODULES[module].name == "__init__.py"


def _imports(module: str) -> set[str]:
    """The project modules ``module`` imports, by absolute name (a package's own ``__init__``
    is not counted as imported by its submodules: Python imports it anyway, no edge to follow)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    package = module if _is_package(module) else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    return {t for t in targets if t in MODULES and t != module and not module.startswith(t + ".")}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative enough here)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_sees_the_imports() -> None:
    """The checker itself: relative imports of every depth resolve to the modules they name."""
    assert f"{NAME}.specdiff.schema" in _imports(f"{NAME}.specdiff.diff")
    assert f"{NAME}.naming" in _imports(f"{NAME}.specdiff.schema")
    assert f"{NAME}.learn.source_types" in _imports(f"{NAME}.cli")  # imported inside a function
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_among_generator_modules() -> None:
    graph = {module: _imports(module) for module in MODULES}
    assert _cycles(graph) == []


def test_every_generator_module_imports_on_its_own() -> None:
    """Each module imported first, in a fresh set of modules: none relies on another's import order."""
    script = (
        "import importlib, sys\n"
        f"for name in {sorted(MODULES)!r}:\n"
        "    for loaded in [m for m in sys.modules if m.split('.')[0] == 'dokploy_codegen']:\n"
        "        del sys.modules[loaded]\n"
        "    importlib.import_module(name)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
