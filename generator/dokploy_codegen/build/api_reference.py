"""``generated/api.md``: every ``client.<router>.<method>`` on one page, the helpers marked.

Operations come from the endpoints being generated; helpers are read from the source of the
hand-written ``dokploy`` package (its syntax tree: nothing is imported or run): the
``@helper`` methods of ``resources/<router>.py`` (the extensions the registry wires, see
``extensions``). A helper changed without regenerating makes ``dokploy-codegen check`` fail
like any stale file.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .extensions import Extension, discover

API_REFERENCE = "api.md"


@dataclass(frozen=True)
class Helper:
    call: str  # client.applications.deploy
    parameters: str  # application_id: str, *, wait: bool = False
    returns: str
    summary: str  # first paragraph of the docstring


def api_reference(project: Any) -> Callable[[], str]:
    """``api.md``'s text, from the same endpoints the routers come from, to render later."""
    routers = set(project.openapi.endpoint_collections_by_tag)
    extensions = project.env.globals["extensions"]  # discovered once, for the registry templates
    found = [h for h in _extension_helpers(extensions) if h.call.split(".")[1] in routers]
    return functools.partial(project.env.get_template("api.md.jinja").render, helpers=found)


def resource_helpers(package: Path | None) -> list[Helper]:
    """``client.<router>.<helper>`` for each ``@helper`` of each extended router."""
    return _extension_helpers(discover(package))


def _extension_helpers(extensions: dict[str, Extension]) -> list[Helper]:
    found: list[Helper] = []
    for router, extension in extensions.items():
        module = _parse(extension.path)
        cls = _classes(module).get(extension.sync_class)
        if cls is not None:
            found += _helpers_of(extension.path.parent, module, cls, f"client.{router}", {})
    return found


def _helpers_of(
    folder: Path, module: ast.Module, cls: ast.ClassDef, prefix: str, types: dict[str, str]
) -> list[Helper]:
    """The ``@helper`` methods of ``cls`` and its bases (this module's, or a private sibling
    module's), their ``Workflow[T]`` answered as ``T`` with the bases' type arguments applied."""
    found: list[Helper] = []
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and any(_name(d) == "helper" for d in node.decorator_list):
            found.append(_as_called(_helper(f"{prefix}.{node.name}", node), types))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found += _overloaded(module, node, f"{prefix}.{node.target.id}", types)
    for base in cls.bases:
        named = base.value if isinstance(base, ast.Subscript) else base
        target = _base_class(folder, module, named.id) if isinstance(named, ast.Name) else None
        if target is None or target[1] is cls:  # ``generated.XResource``: not a helper mixin
            continue
        base_module, base_class = target
        arguments = _subscript(base.slice) if isinstance(base, ast.Subscript) else []
        names = _type_parameters(base_class)
        mapped = {n: types.get(a, a) for n, a in zip(names, arguments, strict=False)}
        found += _helpers_of(folder, base_module, base_class, prefix, {**types, **mapped})
    return found


def _as_called(helper: Helper, types: dict[str, str]) -> Helper:
    """As a user calls it: ``Workflow[T]`` answered as ``T``, type parameters applied, no ``/``."""
    returns = re.sub(r"^Workflow\[(.*)\]$", r"\1", helper.returns)
    returns = _applied(returns, types)
    parameters = ", ".join(p for p in helper.parameters.split(", ") if p != "/")
    return Helper(helper.call, parameters, returns, helper.summary)


def _applied(annotation: str, types: dict[str, str]) -> str:
    """``annotation`` with the type parameters in ``types`` replaced by their arguments."""
    return re.sub(r"\b\w+\b", lambda m: types.get(m.group(0), m.group(0)), annotation)


def _overloaded(module: ast.Module, node: ast.AnnAssign, call: str, types: dict[str, str]) -> list[Helper]:
    """``deploy: overloaded_helper[Deploy[R, ...], Deploy[...]] = overloaded_helper(workflow)``:
    one line per overload of the sync protocol's ``__call__``, the workflow's summary on the first."""
    value, annotation = node.value, node.annotation
    if not (isinstance(value, ast.Call) and _name(value.func) == "overloaded_helper"):
        return []
    if not isinstance(annotation, ast.Subscript) or not isinstance(annotation.slice, ast.Tuple):
        return []
    sync = annotation.slice.elts[0]
    protocol = _classes(module).get(_name(sync))
    if protocol is None:
        return []
    arguments = _subscript(sync.slice) if isinstance(sync, ast.Subscript) else []
    names = _type_parameters(protocol)
    mapped = {**types, **{n: _applied(a, types) for n, a in zip(names, arguments, strict=False)}}
    functions = {f.name: f for f in module.body if isinstance(f, ast.FunctionDef)}
    workflow = functions.get(_name(value.args[0])) if value.args else None
    summary = "" if workflow is None else _helper(call, workflow).summary
    calls = [f for f in protocol.body if isinstance(f, ast.FunctionDef) and _is_overload(f)]
    return [
        _as_called(Helper(call, _parameters(f.args), _annotation(f.returns), "" if i else summary), mapped)
        for i, f in enumerate(calls)
    ]


def _base_class(folder: Path, module: ast.Module, name: str) -> tuple[ast.Module, ast.ClassDef] | None:
    local = _classes(module).get(name)
    if local is not None:
        return module, local
    sibling = _imported_classes(module).get(name)  # ``from ._database import Database``
    path = folder / f"{sibling}.py"
    if sibling is None or not path.is_file():
        return None
    other = _parse(path)
    found = _classes(other).get(name)
    return None if found is None else (other, found)


def _subscript(index: ast.expr) -> list[str]:
    """``X[A, B]``'s ``A, B`` (or ``X[A]``'s ``A``), as written."""
    return [_annotation(e) for e in (index.elts if isinstance(index, ast.Tuple) else [index])]


def _type_parameters(cls: ast.ClassDef) -> list[str]:
    """``class X(Base[M], Generic[M, C])`` (or ``Protocol[M, C]``) -> ``["M", "C"]``."""
    for base in cls.bases:
        if isinstance(base, ast.Subscript) and _name(base.value) in ("Generic", "Protocol"):
            return _subscript(base.slice)
    return []


def _helper(call: str, node: ast.FunctionDef) -> Helper:
    first_paragraph = (ast.get_docstring(node) or "").strip().split("\n\n")[0]
    return Helper(
        call=call,
        parameters=_parameters(node.args),
        returns=_annotation(node.returns) or "None",
        summary=" ".join(first_paragraph.split()),
    )


def _parameters(args: ast.arguments) -> str:
    """As a signature is written: ``name: type = default``, ``*``, ``**fields: Any``; no ``self``."""
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    parts = [_parameter(a, d) for a, d in zip(positional, defaults, strict=True)]
    if args.posonlyargs:
        parts.insert(len(args.posonlyargs), "/")
    if args.vararg is not None:
        parts.append("*" + _parameter(args.vararg, None))
    elif args.kwonlyargs:
        parts.append("*")
    parts += [_parameter(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)]
    if args.kwarg is not None:
        parts.append("**" + _parameter(args.kwarg, None))
    if parts and parts[0] == "self":
        parts = parts[1:]
    return ", ".join(parts)


def _parameter(arg: ast.arg, default: ast.expr | None) -> str:
    text = arg.arg if arg.annotation is None else f"{arg.arg}: {_annotation(arg.annotation)}"
    if default is not None:
        text += (" = " if arg.annotation is not None else "=") + ast.unparse(default)
    return text


def _parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _classes(module: ast.Module) -> dict[str, ast.ClassDef]:
    return {node.name: node for node in module.body if isinstance(node, ast.ClassDef)}


def _imported_classes(module: ast.Module) -> dict[str, str]:
    """Class name -> sibling module (``from ._database import Database`` -> ``_database``)."""
    found: dict[str, str] = {}
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                found[alias.asname or alias.name] = node.module
    return found


def _annotation(node: ast.expr | None) -> str:
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ast.unparse(node)


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call | ast.Subscript):
        return _name(node.func if isinstance(node, ast.Call) else node.value)
    return ""


def _is_overload(node: ast.FunctionDef) -> bool:
    return any(_name(d) == "overload" for d in node.decorator_list)
