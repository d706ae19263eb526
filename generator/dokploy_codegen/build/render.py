"""Render the package's modules on every core: openapi-python-client's ``Project.build``, split.

``Project.build`` renders ~1,300 modules one after another, about half of a generation. Each
module depends only on the parsed spec, so the folders are made first and the modules are then
rendered by this process and forked workers that share the parsed data copy-on-write, each
claiming a few modules at a time and writing their files. The files and their bytes are the
ones ``Project.build`` writes (a test compares the two). Without ``fork`` (Windows) or with
one core, everything renders in this process.
"""

from __future__ import annotations

import functools
import multiprocessing
import shutil
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .background import cores
from .import_lines import wrap_lazy_imports

_MAX_WORKERS = 8


@dataclass(frozen=True)
class _Module:
    path: Path
    render: Callable[[], str]


def _from_template(template: Any, context: dict[str, Any]) -> Callable[[], str]:
    return functools.partial(_render, template, context)


def _render(template: Any, context: dict[str, Any]) -> str:
    return wrap_lazy_imports(template.render(**context))


_CHUNK = 8  # modules claimed at a time: ~160 claims in all, a few ms in all
_PENDING: tuple[Sequence[_Module], Any] = ((), None)  # inherited by the forked workers, never pickled


def build(project: Any, others: Mapping[Path, Callable[[], str]]) -> Sequence[Any]:
    """What ``project.build()`` does for a package without metadata; returns its errors.
    ``others``: more files (path: its text), rendered on the same cores as the modules."""
    project.project_dir.mkdir(parents=True, exist_ok=True)
    project._create_package()
    modules = _modules(project) + [_Module(path, text) for path, text in others.items()]
    _compile_imported_templates(project.env)
    _write_all(modules, _worker_count())
    return project._get_errors()  # type: ignore[no-any-return]


def _modules(project: Any) -> list[_Module]:
    """Every module of ``_build_models`` and ``_build_api``, their folders made (and emptied)."""
    from openapi_python_client import strings
    from openapi_python_client.parser import import_string_from_class
    from openapi_python_client.parser.properties import LiteralEnumProperty

    env, package = project.env, project.package_dir
    modules: list[_Module] = []

    def add(path: Path, template: Any, **context: Any) -> None:
        modules.append(_Module(path, _from_template(template, context)))

    models_dir = _fresh_folder(package / "models")
    model_template = env.get_template("model.py.jinja")
    imports, alls = [], []
    for model in project.openapi.models:
        add(models_dir / f"{model.class_info.module_name}.py", model_template, model=model)
        imports.append(import_string_from_class(model.class_info))
        alls.append(model.class_info.name)
    enum_templates = {kind: env.get_template(f"{kind}_enum.py.jinja") for kind in ("literal", "int", "str")}
    for enum in project.openapi.enums:
        literal = isinstance(enum, LiteralEnumProperty)
        kind = "literal" if literal else "int" if enum.value_type is int else "str"
        add(models_dir / f"{enum.class_info.module_name}.py", enum_templates[kind], enum=enum)
        imports.append(import_string_from_class(enum.class_info))
        alls.append(enum.class_info.name)
    add(models_dir / "__init__.py", env.get_template("models_init.py.jinja"), imports=imports, alls=alls)

    add(package / "client.py", env.get_template("client.py.jinja"))
    add(package / "errors.py", env.get_template("errors.py.jinja"))
    api_dir = _fresh_folder(package / "api")
    add(api_dir / "__init__.py", env.get_template("api_init.py.jinja"))
    # Project._build_api gives this template an `isbool` global no Dokploy template uses; a
    # template with globals of its own makes every {% import %} in it a fresh module.
    endpoint_template = env.get_template("endpoint_module.py.jinja")
    init_template = env.get_template("endpoint_init.py.jinja")
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        tag_dir = api_dir / tag
        tag_dir.mkdir()
        add(tag_dir / "__init__.py", init_template, endpoint_collection=collection)
        for endpoint in collection.endpoints:
            name = strings.PythonIdentifier(endpoint.name, project.config.field_prefix)
            add(tag_dir / f"{name}.py", endpoint_template, endpoint=endpoint)
    return modules


def _fresh_folder(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()
    return path


def _worker_count() -> int:
    return max(1, min(cores(), _MAX_WORKERS))


def _write_all(modules: Sequence[_Module], workers: int) -> None:
    """This process and forked workers render the modules, claiming a few at a time. A
    worker's exception is raised here, as itself (a ``RecursionError`` stays one)."""
    global _PENDING
    if workers <= 1 or len(modules) < 2 * workers * _CHUNK:
        _write(modules)
        return
    context = multiprocessing.get_context("fork")
    _PENDING = (modules, context.Value("q", 0))
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=context) as pool:
            others = [pool.submit(_write_pending) for _ in range(1, workers)]
            _write_claimed(*_PENDING)
            for worker in others:
                worker.result()
    finally:
        _PENDING = ((), None)


def _compile_imported_templates(env: Any) -> None:
    """The templates the module templates import, compiled before any worker is forked rather
    than once in each (~0.3 s): openapi-python-client's macro files and the Dokploy partials."""
    for name in env.list_templates(filter_func=_imported_template):
        env.get_template(name)


def _imported_template(name: str) -> bool:
    return name.startswith(("property_templates/", "_")) or name in _MACRO_TEMPLATES


_MACRO_TEMPLATES = frozenset({"helpers.jinja", "endpoint_macros.py.jinja"})


def _write_pending() -> None:
    _write_claimed(*_PENDING)


def _write_claimed(modules: Sequence[_Module], claims: Any) -> None:
    """Render chunks of ``modules`` until none is left unclaimed (``claims``: the shared index
    of the next one). Claiming, not fixed shares: a forked worker renders slower than this
    process (it copies each page it touches)."""
    while True:
        with claims.get_lock():
            start = claims.value
            claims.value = start + _CHUNK
        if start >= len(modules):
            return
        _write(modules[start : start + _CHUNK])


def _write(modules: Sequence[_Module]) -> None:
    for module in modules:  # bytes: "\n" stays "\n" on every platform, so hashes agree
        module.path.write_bytes(module.render().encode("utf-8"))
