"""Hand-written subclasses of generated resources, found at generate time.

A file ``dokploy/resources/<router>.py`` of the hand-written package that defines
``<Router>Resource`` and ``Async<Router>Resource`` extends that router: the generated
registry creates ``client.<router>`` from those classes (with the owning client) and its
``.pyi`` types the attribute as them, so helpers sit on the resource they extend. The
files are read as syntax trees (nothing is imported or run at generate time); the
templates wire only routers the spec being generated has, so a helper for a router an
older Dokploy lacks is simply not wired. Its ``_exceptions`` module, when it defines
``RouterNotAvailable``, is what the registry raises for a router another version has.
"""

from __future__ import annotations

import ast
import importlib.util
from dataclasses import dataclass
from pathlib import Path

EXTENSION_PACKAGE = "dokploy.resources"


@dataclass(frozen=True)
class Extension:
    router: str  # the router attribute, e.g. "application"
    module: str  # "dokploy.resources.application"
    sync_class: str  # "ApplicationResource"
    async_class: str  # "AsyncApplicationResource"
    path: Path


def dokploy_package() -> Path | None:
    """The folder of the hand-written ``dokploy`` package (a checkout's ``overrides/dokploy``
    through ``src/``, or the installed one), or None when it is not importable."""
    spec = importlib.util.find_spec("dokploy")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def class_prefix(router: str) -> str:
    """``ssh_key`` -> ``SshKey``: the generated resource classes' prefix for a router."""
    return "".join(part[:1].upper() + part[1:] for part in router.split("_"))


def discover(package: Path | None) -> dict[str, Extension]:
    """Router -> its extension, for each ``resources/<router>.py`` defining both classes."""
    folder = None if package is None else package / "resources"
    if folder is None or not folder.is_dir():
        return {}
    found: dict[str, Extension] = {}
    for path in sorted(folder.glob("*.py")):
        router = path.stem
        if router.startswith("_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        defined = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
        sync_class = class_prefix(router) + "Resource"
        async_class = "Async" + sync_class
        if sync_class in defined and async_class in defined:
            found[router] = Extension(router, f"{EXTENSION_PACKAGE}.{router}", sync_class, async_class, path)
    return found


ROUTER_ERROR = "RouterNotAvailable"  # what ``client.<router>`` raises for a router another version has
ROUTER_ERROR_MODULE = "_exceptions"


def router_error(package: Path | None) -> str | None:
    """The module of the hand-written package that defines ``ROUTER_ERROR`` (read as a
    syntax tree, like the resources), or None: the registry then raises ``AttributeError``."""
    path = None if package is None else package / f"{ROUTER_ERROR_MODULE}.py"
    if path is None or not path.is_file():
        return None
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    if not any(isinstance(node, ast.ClassDef) and node.name == ROUTER_ERROR for node in tree.body):
        return None
    return f"{EXTENSION_PACKAGE.rpartition('.')[0]}.{ROUTER_ERROR_MODULE}"
