"""Generate the client into a temporary folder, then swap it in atomically.

A failure at any step raises a ``CodegenError`` before the swap, so the
previous ``generated/`` is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import json
import keyword
import os
import re
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from ._opc_patches import faster_template_imports, skip_needless_endpoint_copies
from .api_reference import write_api_reference
from .corrections import Corrections
from .errors import SpecError, ToolError
from .extensions import discover, dokploy_package
from .naming import iter_operations, operation_name
from .normalize import normalize, spec_version, validate_document
from .output_lock import output_lock

PACKAGE_NAME = "dokploy_api"
SPEC_FILE = "spec.json"
LOCK_FILE = "spec.lock.json"
CHANGELOG_FILE = "CHANGELOG.md"
TEMPLATES = Path(__file__).parent / "templates"
_SAFE_PATH = re.compile(r"/[A-Za-z][A-Za-z0-9_]*[./][A-Za-z][A-Za-z0-9_]*")
_RUFF_MODULE = "ruff"
_RUFF_ARGS = ("--isolated", "--no-cache", "--line-length", "120", "--target-version", "py310")


@dataclass(frozen=True)
class Result:
    output: Path
    lock: dict[str, Any]


def spec_bytes(spec: dict[str, Any]) -> bytes:
    """The one serialization of a locked spec, so its hash is stable."""
    return (json.dumps(spec, indent=2, ensure_ascii=False) + "\n").encode()


def generate(spec: dict[str, Any], output: Path, corrections_dir: Path | None) -> Result:
    """Normalize ``spec``, generate, and replace ``output`` with the result.

    Runs under :func:`output_lock`, so a second run into the same folder waits instead of
    deleting this run's staging folder as a leftover.
    """
    validate_document(spec, source="the spec")
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    with output_lock(output):
        recover(output)
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.new-", dir=output.parent))
        try:
            lock = build_tree(spec, staging, corrections_dir)
            _carry_over(output, staging, CHANGELOG_FILE)
            # mkdtemp makes 0700: the swapped-in tree keeps the mode the old one had.
            os.chmod(staging, _folder_mode(output))
            _swap(staging, output)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return Result(output=output, lock=lock)


def _folder_mode(output: Path) -> int:
    """The previous tree's permission bits, else what ``mkdir`` gives under this umask."""
    try:
        return stat.S_IMODE(output.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o777 & ~umask


def build_tree(spec: dict[str, Any], target: Path, corrections_dir: Path | None) -> dict[str, Any]:
    """Write package, locked spec and lock file into the empty folder ``target``."""
    corrections = Corrections.load(corrections_dir)
    package_dir = target / PACKAGE_NAME
    try:
        normalized = normalize(spec, corrections)
        _run_openapi_python_client(normalized, package_dir)
    except RecursionError as exc:  # validate_document bounds the spec; corrections may still nest
        raise SpecError(
            "the spec or its corrections nest too deeply to generate (Python's recursion limit); "
            "check the corrections folder and the spec's schemas"
        ) from exc
    _run_ruff(package_dir)
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    raw = spec_bytes(spec)
    (target / SPEC_FILE).write_bytes(raw)
    lock = _lock(spec, raw, corrections, normalized)
    (target / LOCK_FILE).write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n", "utf-8")
    return lock


def _lock(
    spec: dict[str, Any], raw: bytes, corrections: Corrections, normalized: dict[str, Any]
) -> dict[str, Any]:
    operations = sorted(name for name, *_ in iter_operations(spec))
    typed = [
        name
        for name, *_rest, op in iter_operations(normalized)
        if op["responses"]["200"].get("content", {}).get("application/json", {}).get("schema") != {}
    ]
    return {
        "dokploy_version": spec_version(spec),
        "openapi": spec.get("openapi"),
        "spec_file": SPEC_FILE,
        "spec_sha256": hashlib.sha256(raw).hexdigest(),
        "operations": len(operations),
        "typed_responses": len(typed),
        "corrections_sha256": _corrections_hash(corrections),
        # Only what changes the output: the interpreter does not (ruff targets py310).
        "tools": {
            "openapi-python-client": _version("openapi-python-client"),
            "ruff": _version("ruff"),
        },
    }


def _corrections_hash(corrections: Corrections) -> str:
    blob = json.dumps([corrections.schemas, corrections.operations], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "missing"


def _run_openapi_python_client(spec: dict[str, Any], package_dir: Path) -> None:
    try:
        from openapi_python_client import Project
        from openapi_python_client.config import Config, ConfigFile, MetaType
        from openapi_python_client.parser import GeneratorData
        from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
    except ImportError as exc:
        raise ToolError(
            "openapi-python-client is not installed: pip install 'dokploy-client[codegen]'"
        ) from exc
    _refuse_colliding_names(spec)
    config = Config.from_sources(
        ConfigFile(post_hooks=[], package_name_override=PACKAGE_NAME, literal_enums=True),
        MetaType.NONE,
        document_source=Path("normalized.json"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), skip_needless_endpoint_copies(), faster_template_imports():
        data = GeneratorData.from_dict(spec, config=config)
        if isinstance(data, GeneratorError):
            raise ToolError(
                "openapi-python-client rejected the spec: " + _one_line(f"{data.header} {data.detail or ''}")
            )
        project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
        project.env.globals.update(template_globals())
        project.env.globals["extensions"] = discover(dokploy_package())
        project.env.auto_reload = False  # one build: no stat() per template lookup (~1/6 of its time)
        errors = project.build()
        _write_type_stubs(project, data, package_dir)
        write_api_reference(project, package_dir.parent)
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


def _write_type_stubs(project: Any, data: Any, package_dir: Path) -> None:
    """``.pyi`` beside the two lazy ``__init__`` modules, so type checkers see every name."""
    from openapi_python_client.parser import import_string_from_class

    imports = [import_string_from_class(m.class_info) for m in [*data.models, *data.enums]]
    stubs = {
        package_dir / "models" / "__init__.pyi": project.env.get_template("models_init.pyi.jinja").render(
            imports=imports
        ),
        package_dir / "api" / "__init__.pyi": project.env.get_template("api_init.pyi.jinja").render(),
    }
    for path, text in stubs.items():
        path.write_text(text, encoding="utf-8")


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


def template_globals() -> dict[str, Any]:
    """Names the Dokploy templates use on top of openapi-python-client's."""
    return {"dokploy_operation": _endpoint_operation, "dokploy_method": _endpoint_method}


def _endpoint_operation(endpoint: Any) -> str:
    """The validated ``router.procedure``: spec text is untrusted until it matches."""
    path = endpoint.path.get_untrusted_value()
    if not _SAFE_PATH.fullmatch(path):
        raise SpecError(f"path {path!r} is not of the form /router.procedure; is this a Dokploy spec?")
    return operation_name(path)


def _endpoint_method(endpoint: Any) -> str:
    from openapi_python_client import strings

    method = strings.snake_case(_endpoint_operation(endpoint).split(".", 1)[1])
    return method + "_" if keyword.iskeyword(method) else method


def _ruff_binary() -> str:
    """The ruff executable itself: ``python -m ruff`` run inside the generated package would
    import its ``types.py`` in place of the standard module."""
    try:
        module = importlib.import_module(_RUFF_MODULE)
        return str(module.find_ruff_bin())
    except (ImportError, AttributeError, FileNotFoundError) as exc:
        raise ToolError("ruff is not installed: pip install 'dokploy-client[codegen]'") from exc


def _run_ruff(package_dir: Path) -> None:
    ruff = _ruff_binary()
    commands = (
        ["check", *_RUFF_ARGS, "--select", "F401,I,TC001", "--fix-only", "--unsafe-fixes", "--quiet", "."],
        ["format", *_RUFF_ARGS, "--quiet", "."],
    )
    for args in commands:
        try:
            proc = subprocess.run(
                [ruff, *args],
                cwd=package_dir,
                capture_output=True,
                text=True,
                check=False,
            )
        except OSError as exc:
            raise ToolError(f"could not run ruff ({ruff}): {exc.strerror or exc}") from exc
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip().splitlines()
            raise ToolError(f"ruff {args[0]} failed: {detail[0] if detail else proc.returncode}")


def _carry_over(old: Path, new: Path, name: str) -> None:
    if (old / name).is_file():
        shutil.copy2(old / name, new / name)


def recover(output: Path) -> None:
    """Undo what a run killed mid-way left: restore a retired tree, drop stale staging."""
    retired = sorted(output.parent.glob(f".{output.name}.old-*"))
    if retired and not output.exists():
        os.replace(retired.pop(), output)
    for leftover in [*retired, *output.parent.glob(f".{output.name}.new-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def _swap(staging: Path, output: Path) -> None:
    """Rename the finished tree into place; the old tree is removed only afterwards."""
    if not output.exists():
        os.replace(staging, output)
        staging.mkdir()
        return
    retired = output.with_name(f".{output.name}.old-{os.getpid()}")
    shutil.rmtree(retired, ignore_errors=True)
    os.replace(output, retired)
    try:
        os.replace(staging, output)
    except OSError:
        os.replace(retired, output)
        raise
    staging.mkdir()
    shutil.rmtree(retired, ignore_errors=True)
