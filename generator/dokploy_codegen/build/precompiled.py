"""The templates, compiled by the background helper while this process parses the spec.

Jinja compiles a template's source to Python the first time it is loaded: ~0.25 s for the
templates a build uses, on the one busy core. The helper (:mod:`.background`) compiles them
into Jinja's own bytecode format, the one ``FileSystemBytecodeCache`` stores, and the build's
environment loads them through a :class:`jinja2.BytecodeCache` held in memory: nothing is
written to disk, and Jinja compiles anew any template whose source does not match its
checksum. What a template compiles to depends on its environment's syntax options, its
extensions and which filters and tests take a context, so the compiled code is used only
where those match (:func:`compile_key`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import BytecodeCache, ChoiceLoader, Environment, FileSystemLoader, PackageLoader
from jinja2.bccache import Bucket

from ._opc_patches import memoized_filters

if TYPE_CHECKING:
    from .background import Pending

Compiled = tuple[tuple[object, ...], dict[str, bytes]]  # (compile key, bucket key: bytecode)

_SYNTAX = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "autoescape",
    "finalize",
    "is_async",
)
# openapi-python-client's templates for project metadata: a package without metadata never loads them.
_METADATA = ("pyproject", "setup.py", "README")


class _InMemory(BytecodeCache):
    def __init__(self, compiled: Mapping[str, bytes]) -> None:
        self.compiled = dict(compiled)

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)  # a checksum that no longer matches loads nothing

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


def compile_templates(templates: Path) -> Compiled:
    """Run by the helper: every template of a build with ``templates`` over
    openapi-python-client's, in an environment made as ``Project`` makes its own."""
    env = _environment(templates)
    cache = env.bytecode_cache = _InMemory({})
    for name in env.list_templates(filter_func=_built):
        env.get_template(name)
    return compile_key(env), cache.compiled


def _environment(templates: Path) -> Environment:
    from openapi_python_client import TEMPLATE_FILTERS

    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(templates)), PackageLoader("openapi_python_client")]),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.loopcontrols"],
        keep_trailing_newline=True,
    )
    env.filters.update(TEMPLATE_FILTERS)
    env.filters.update(memoized_filters())
    return env


def load(env: Any, compiling: Pending[Compiled]) -> None:
    """The helper's compiled templates into ``env``, where usable; if the helper failed, ``env``
    compiles them itself and reports a broken template where it always did."""
    try:
        compiled = compiling.result()
    except Exception:
        return
    install(env, compiled)


def install(env: Any, compiled: Compiled) -> bool:
    """Load ``env``'s templates from ``compiled`` where they were compiled as ``env`` would."""
    key, code = compiled
    if key != compile_key(env):
        return False
    env.bytecode_cache = _InMemory(code)
    return True


def compile_key(env: Any) -> tuple[object, ...]:
    """What, besides its source, decides the code a template compiles to in ``env``."""
    return (
        tuple(repr(getattr(env, option)) for option in _SYNTAX),
        tuple(sorted(env.extensions)),
        _passes(env.filters),
        _passes(env.tests),
    )


def _passes(functions: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """Each filter's or test's name and what it is passed besides its value (context, environment)."""
    return tuple(sorted((name, repr(getattr(f, "jinja_pass_arg", None))) for name, f in functions.items()))


def _built(name: str) -> bool:
    return name.endswith(".jinja") and not name.startswith(_METADATA)
