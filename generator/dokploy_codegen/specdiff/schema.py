"""Normalise request/response schemas into flat field shapes, for spec diffing.

Dokploy's specs span OpenAPI 3.0.3 and 3.1.0, which spell the same thing differently:
``{"type": "string", "nullable": true}``, ``{"anyOf": [{"type": "string"}, {"type": "null"}]}``
and ``{"type": ["string", "null"]}`` are one shape here, so a format move alone diffs as nothing.
A schema becomes a map ``{field_path: FieldShape}`` with paths like ``env``, ``domains[].host``
(array items) and ``labels{}`` (map values), which is what the diff compares.

Deliberately ignored (they do not change a generated client's types): descriptions, examples,
defaults, formats, ``additionalProperties: false`` and value constraints (minLength, pattern, ...).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..naming import iter_operations

JSONDict = dict[str, Any]

_TYPED_KEYS = ("type", "nullable", "enum", "const", "properties", "items", "additionalProperties")
_MAX_DEPTH = 32


@dataclass(frozen=True)
class FieldShape:
    """What a client sees of one field: its JSON types, nullability, allowed values, presence.

    ``types`` never contains ``"null"`` (that is ``nullable``); empty means any type.
    ``enum`` holds JSON-encoded values, ``None`` when the values are unrestricted.
    ``required`` is relative to the parent object (array items and map values count as required).
    """

    types: frozenset[str]
    nullable: bool
    enum: frozenset[str] | None
    required: bool


@dataclass(frozen=True)
class OperationShape:
    """The diffable surface of one operation."""

    method: str
    content_types: frozenset[str]
    body_required: bool | None  # None: the operation takes no request body
    fields: Mapping[str, FieldShape]  # query parameters and body fields, one namespace
    spec_response: Mapping[str, FieldShape] | None  # the spec's 200 JSON body, if any
    corrected_response: Mapping[str, FieldShape] | None  # from corrections, if given for it


@dataclass
class _Node:
    """A schema after ref resolution and union folding; internal to this module."""

    types: frozenset[str] = frozenset()
    nullable: bool = False
    enum: frozenset[str] | None = None
    properties: dict[str, _Node] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: _Node | None = None
    values: _Node | None = None


class _Resolver:
    """Follows local ``#/...`` refs inside one document; a cycle or foreign ref reads as any."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        self._root = root

    def deref(self, schema: Any, seen: frozenset[str] = frozenset()) -> tuple[JSONDict, frozenset[str]]:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref: str = schema["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}, seen
            seen = seen | {ref}
            schema = self._pointer(ref)
        return (schema if isinstance(schema, dict) else {}), seen

    def _pointer(self, ref: str) -> Any:
        node: Any = self._root
        for raw in ref[2:].split("/"):
            key = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or key not in node:
                return {}
            node = node[key]
        return node


def _encode(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _own_node(schema: JSONDict, resolver: _Resolver, seen: frozenset[str], depth: int) -> _Node:
    """The part of a schema outside anyOf/oneOf/allOf."""
    raw_type = schema.get("type")
    type_list = raw_type if isinstance(raw_type, list) else [raw_type] if raw_type else []
    nullable = "null" in type_list  # 3.0's ``nullable`` is applied in _normalise
    enum: frozenset[str] | None = None
    if "const" in schema:
        values: list[Any] = [schema["const"]]
    else:
        values = schema.get("enum") if isinstance(schema.get("enum"), list) else []  # type: ignore[assignment]
    if values:
        nullable = nullable or None in values
        enum = frozenset(_encode(v) for v in values if v is not None)
    node = _Node(
        types=frozenset(str(t) for t in type_list if t != "null"),
        nullable=nullable,
        enum=enum,
        required=frozenset(r for r in schema.get("required", []) if isinstance(r, str)),
    )
    props = schema.get("properties")
    if isinstance(props, dict):
        node.properties = {k: _normalise(v, resolver, seen, depth + 1) for k, v in props.items()}
    if "items" in schema and isinstance(schema["items"], dict):
        node.items = _normalise(schema["items"], resolver, seen, depth + 1)
    if isinstance(schema.get("additionalProperties"), dict):
        node.values = _normalise(schema["additionalProperties"], resolver, seen, depth + 1)
    return node


def _is_never(schema: Any) -> bool:
    """zod spells "may be absent" as ``anyOf: [{"not": {}}, X]``; ``{"not": {}}`` is never."""
    return isinstance(schema, dict) and schema.get("not") == {} and len(schema) == 1


def _is_null(node: _Node) -> bool:
    return (
        node.nullable
        and node.enum is None
        and not node.types
        and not node.properties
        and (node.items is None and node.values is None)
    )


def _children(
    nodes: list[_Node], combine: Callable[[list[_Node]], _Node]
) -> tuple[dict[str, _Node], _Node | None, _Node | None]:
    """Properties, items and map values of ``nodes``, each combined the way their parent is."""
    props: dict[str, _Node] = {}
    for n in nodes:
        for name, child in n.properties.items():
            props[name] = combine([props[name], child]) if name in props else child
    items = [n.items for n in nodes if n.items is not None]
    values = [n.values for n in nodes if n.values is not None]
    return props, combine(items) if items else None, combine(values) if values else None


def _union(nodes: list[_Node]) -> _Node:
    """anyOf/oneOf: a value may take any branch; ``{type: null}`` branches only add nullability."""
    nullable = any(n.nullable for n in nodes)
    real = [n for n in nodes if not _is_null(n)]
    if not real:
        return _Node(nullable=nullable)
    any_type = any(not n.types for n in real)
    enums = [n.enum for n in real]
    objects = [n for n in real if n.properties or "object" in n.types]
    props, items, values = _children(real, _union)
    return _Node(
        types=frozenset() if any_type else frozenset().union(*(n.types for n in real)),
        nullable=nullable,
        enum=None if any(e is None for e in enums) else frozenset().union(*enums),  # type: ignore[arg-type]
        properties=props,
        required=frozenset.intersection(*(n.required for n in objects)) if objects else frozenset(),
        items=items,
        values=values,
    )


def _intersect(nodes: list[_Node]) -> _Node:
    """allOf (and a schema's own keys beside a union): a value must satisfy every part."""
    if len(nodes) == 1:
        return nodes[0]
    typed = [n.types for n in nodes if n.types]
    enums = [n.enum for n in nodes if n.enum is not None]
    props, items, values = _children(nodes, _intersect)
    return _Node(
        types=frozenset.intersection(*typed) if typed else frozenset(),
        nullable=all(n.nullable for n in nodes),
        enum=frozenset.intersection(*enums) if enums else None,
        properties=props,
        required=frozenset().union(*(n.required for n in nodes)),
        items=items,
        values=values,
    )


def _normalise(schema: Any, resolver: _Resolver, seen: frozenset[str], depth: int) -> _Node:
    schema, seen = resolver.deref(schema, seen)
    if depth > _MAX_DEPTH:
        return _Node()
    parts: list[_Node] = []
    if any(k in schema for k in _TYPED_KEYS):
        parts.append(_own_node(schema, resolver, seen, depth))
    for key in ("anyOf", "oneOf"):
        branches = [b for b in schema.get(key, []) if not _is_never(b)]
        if branches:
            parts.append(_union([_normalise(b, resolver, seen, depth + 1) for b in branches]))
    parts.extend(_normalise(b, resolver, seen, depth + 1) for b in schema.get("allOf", []))
    nullable_30 = schema.get("nullable") is True
    node = _intersect(parts) if parts else _Node()
    node.nullable = node.nullable or nullable_30
    return node


def _child(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def parent_path(path: str) -> str:
    """``a[].b`` -> ``a[]``, ``a[]`` -> ``a``, ``a{}`` -> ``a``, ``a`` -> ``""`` (the root)."""
    if path.endswith(("[]", "{}")):
        return path[:-2]
    head, dot, _ = path.rpartition(".")
    return head if dot else ""


def is_container_path(path: str) -> bool:
    """Root, array-item and map-value paths exist only through their parent's type."""
    return path == "" or path.endswith(("[]", "{}"))


def _flatten(node: _Node, path: str, required: bool, out: dict[str, FieldShape]) -> None:
    out[path] = FieldShape(node.types, node.nullable, node.enum, required)
    for name, child in node.properties.items():
        _flatten(child, _child(path, name), name in node.required, out)
    if node.items is not None:
        _flatten(node.items, path + "[]", True, out)
    if node.values is not None:
        _flatten(node.values, path + "{}", True, out)


def schema_fields(
    schema: Any, root: Mapping[str, Any] | None = None, *, include_root: bool = True
) -> dict[str, FieldShape]:
    """Flatten a JSON schema into ``{path: FieldShape}``; the schema itself is path ``""``.

    ``root`` is the document that local ``$ref`` s point into (default: the schema itself).
    """
    resolver = _Resolver(root if root is not None else schema if isinstance(schema, dict) else {})
    out: dict[str, FieldShape] = {}
    _flatten(_normalise(schema, resolver, frozenset(), 0), "", True, out)
    if not include_root:
        out.pop("", None)
    return out


def _rebase(prefix: str, sub_path: str) -> str:
    """Put a path found inside a parameter's schema under the parameter's own name."""
    if not sub_path or sub_path.startswith(("[", "{")):
        return prefix + sub_path
    return f"{prefix}.{sub_path}"


def _parameter_fields(op: JSONDict, spec: JSONDict) -> dict[str, FieldShape]:
    resolver = _Resolver(spec)
    out: dict[str, FieldShape] = {}
    for raw in op.get("parameters", []):
        param, _ = resolver.deref(raw)
        name = param.get("name")
        if not isinstance(name, str):
            continue
        location = param.get("in", "query")
        prefix = name if location == "query" else f"{location}:{name}"
        for sub_path, shape in schema_fields(param.get("schema", {}), spec).items():
            if not sub_path:
                shape = replace(shape, required=param.get("required") is True)
            out[_rebase(prefix, sub_path)] = shape
    return out


def _body(op: JSONDict, spec: JSONDict) -> tuple[frozenset[str], bool | None, dict[str, FieldShape]]:
    body, _ = _Resolver(spec).deref(op.get("requestBody"))
    content = body.get("content")
    if not isinstance(content, dict) or not content:
        return frozenset(), None, {}
    media = content.get("application/json") or next(iter(content.values()))
    schema = media.get("schema", {}) if isinstance(media, dict) else {}
    fields = schema_fields(schema, spec, include_root=False)
    return frozenset(content), body.get("required") is True, fields


def _spec_response(op: JSONDict, spec: JSONDict) -> Any:
    resolver = _Resolver(spec)
    ok, _ = resolver.deref(op.get("responses", {}).get("200"))
    media = ok.get("content", {}).get("application/json")
    return media.get("schema") if isinstance(media, dict) else None


def operation_shapes(
    spec: JSONDict, corrections: Mapping[str, Any] | None = None
) -> dict[str, OperationShape]:
    """Every operation of ``spec`` by canonical name."""
    shapes: dict[str, OperationShape] = {}
    for name, path, method, op in iter_operations(spec):
        if name in shapes:
            raise ValueError(f"operation {name} appears twice in the spec (again at {method} {path})")
        content_types, body_required, body_fields = _body(op, spec)
        raw_response = _spec_response(op, spec)
        shapes[name] = OperationShape(
            method=method,
            content_types=content_types,
            body_required=body_required,
            fields={**_parameter_fields(op, spec), **body_fields},
            spec_response=None if raw_response is None else schema_fields(raw_response, spec),
            corrected_response=(
                schema_fields(corrections[name]) if corrections is not None and name in corrections else None
            ),
        )
    return shapes


def encoded(values: Iterable[str]) -> str:
    """Readable list of JSON-encoded enum values."""
    return ", ".join(sorted(values))
