"""Run openapi-python-client over the normalized spec, with the Dokploy templates.

Everything it cannot generate is an error here (it only warns): two operations that would
become one method, an operation it skipped, a spec it rejects.
"""

from __future__ import annotations

import contextlib
import functools
import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import SpecError, ToolError
from ..naming import iter_operations
from . import background, render
from ._opc_patches import (
    faster_template_imports,
    memoized_filters,
    memoized_names,
    skip_needless_endpoint_copies,
)
from .api_reference import API_REFERENCE, api_reference
from .bodies import drop_body_models
from .extensions import ROUTER_ERROR, discover, dokploy_package, router_error
from .routers import absent_routers
from .template_globals import template_globals

TEMPLATES = Path(__file__).parents[1] / "templates"


def import_generator() -> None:
    """Import openapi-python-client (~0.3 s: pydantic's schema models, httpx): a build does it
    while its helper normalizes the spec."""
    try:
        import openapi_python_client
        import openapi_python_client.parser  # noqa: F401
    except ImportError as exc:
        raise ToolError(
            "openapi-python-client is not installed: pip install 'dokploy-client[codegen]'"
        ) from exc


def run_openapi_python_client(
    spec: dict[str, Any],
    package_dir: Path,
    compiled: dict[str, Any],
    known: Iterable[str],
) -> None:
    """Generate ``package_dir`` and ``api.md`` beside it; ``known``: wire names of operations
    other versions have."""
    import_generator()
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

    from . import precompiled

    _refuse_colliding_names(spec)
    config = Config.from_sources(
        ConfigFile(post_hooks=[], package_name_override=package_dir.name, literal_enums=True),
        MetaType.NONE,
        document_source=Path("normalized.json"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    sink = io.StringIO()
    with (
        contextlib.redirect_stdout(sink),
        skip_needless_endpoint_copies(),
        faster_template_imports(),
        memoized_names(),
        background.start(precompiled.compile_templates, TEMPLATES) as compiling,
    ):
        data = GeneratorData.from_dict(spec, config=config)
        if isinstance(data, GeneratorError):
            raise ToolError(
                "openapi-python-client rejected the spec: " + _one_line(f"{data.header} {data.detail or ''}")
            )
        drop_body_models(data)  # flat bodies are built from the keyword arguments (bodies.py)
        project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
        project.env.globals.update(template_globals())
        project.env.filters.update(memoized_filters())
        precompiled.load(project.env, compiling)
        project.env.globals["dokploy_finders"] = compiled["finders"]
        package = dokploy_package()
        extensions = project.env.globals["extensions"] = discover(package)
        error = project.env.globals["router_error"] = router_error(package)
        project.env.globals["router_error_class"] = ROUTER_ERROR
        project.env.globals["absent_routers"] = absent_routers(spec, known, extensions) if error else {}
        project.env.auto_reload = False  # one build: no stat() per template lookup (~1/6 of its time)
        errors = render.build(
            project,
            {
                **_type_stubs(project, data, package_dir),
                package_dir.parent / API_REFERENCE: api_reference(project),
            },
        )
    fatal = [e for e in errors if e.level == ErrorLevel.ERROR]
    if fatal:
        first = fatal[0]
        raise ToolError(
            f"openapi-python-client failed ({len(fatal)} errors), first: "
            + _one_line(f"{first.header}: {first.detail or ''}")
        )
    _verify_every_operation(spec, package_dir, errors)


def _refuse_colliding_names(spec: dict[str, Any]) -> None:
    """Two operations that become one Python module and method: the later would silently win."""
    from openapi_python_client import strings

    seen: dict[tuple[str, str], str] = {}
    for name, path, method, _op in iter_operations(spec):
        router, procedure = name.split(".", 1)
        key = (strings.snake_case(router), strings.snake_case(procedure))
        where = f"{method.upper()} {path}"
        first = seen.setdefault(key, where)
        if first != where:
            raise SpecError(
                f"operations {first} and {where} both become {key[0]}.{key[1]}() once names are "
                "snake_case: the spec must not name two operations apart only by case or underscores"
            )


def _type_stubs(project: Any, data: Any, package_dir: Path) -> dict[Path, Callable[[], str]]:
    """``.pyi`` beside the two lazy ``__init__`` modules, so type checkers see every name."""
    from openapi_python_client.parser import import_string_from_class

    imports = [import_string_from_class(m.class_info) for m in [*data.models, *data.enums]]
    models = project.env.get_template("models_init.pyi.jinja")
    api = project.env.get_template("api_init.pyi.jinja")
    return {
        package_dir / "models" / "__init__.pyi": functools.partial(models.render, imports=imports),
        package_dir / "api" / "__init__.pyi": api.render,
    }


def _verify_every_operation(spec: dict[str, Any], package_dir: Path, errors: Sequence[Any]) -> None:
    """openapi-python-client skips what it cannot parse with a warning; we do not."""
    registry = (package_dir / "api" / "__init__.py").read_text(encoding="utf-8")
    missing = [name for name, *_ in iter_operations(spec) if f'"{name}": OperationInfo(' not in registry]
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        raise ToolError(
            f"{len(missing)} operations could not be generated ({shown}){_first_cause(errors)}; "
            "report the spec version with the operation names"
        )


def _first_cause(errors: Sequence[Any]) -> str:
    """openapi-python-client's own reason for the first skipped operation, on one line."""
    for error in errors:
        detail = _one_line(str(error.detail or error.header or ""))
        if detail:
            return f": {detail}"
    return ""


def _one_line(text: str, limit: int = 300) -> str:
    """A tool's multi-line message as one line of the CLI's output."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 3] + "..."
