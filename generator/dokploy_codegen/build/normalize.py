"""Turn any published Dokploy spec into one openapi-python-client generates cleanly.

Every Dokploy version is wrong in the same few ways (see README): an undefined
``Authorization`` security requirement, a placeholder ``servers`` host, empty
200 schemas, per-operation copies of identical schemas, and for one stretch of
releases slash-separated paths. Normalization fixes those structurally, never by
file name, so versions we have not seen also generate.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from typing import Any
from urllib.parse import unquote

from ..corrections import Corrections
from ..errors import SpecError
from ..naming import HTTP_METHODS, iter_operations, router_and_procedure
from .apply_corrections import apply
from .hoist_names import Wanted, shared_names

API_KEY_SCHEME = {"type": "apiKey", "in": "header", "name": "x-api-key"}
_DOC_KEYS = frozenset({"description", "example", "examples", "title", "$schema"})
_SUCCESS = "200"
MAX_DEPTH = 100  # JSON nesting; Dokploy's specs reach about 22
MAX_VERSION_LENGTH = 64


def validate_document(spec: object, *, source: str) -> dict[str, Any]:
    """Reject what is not an OpenAPI 3 document with paths, saying what to check."""
    if not isinstance(spec, dict):
        raise SpecError(f"{source} is JSON but not an OpenAPI document (top level is not an object)")
    version = spec.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        raise SpecError(
            f"{source} is not an OpenAPI 3 document (no 'openapi: 3.x' field); "
            "point --spec/--url at Dokploy's settings.getOpenApiDocument"
        )
    paths = spec.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise SpecError(f"{source} has no paths: the spec describes no operations")
    _check_version(spec, source)
    _check_depth_and_refs(spec, source)
    return spec


def spec_version(spec: dict[str, Any]) -> str:
    """``info.version`` of a validated spec (``unknown`` when it has none)."""
    info = spec.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    return "unknown" if version is None else str(version)


def _check_version(spec: dict[str, Any], source: str) -> None:
    """The version lands in messages, the lock and the changelog: it must be one short line."""
    info = spec.get("info", {})
    if not isinstance(info, dict):
        raise SpecError(f"{source}: 'info' is not an object; is this a Dokploy spec?")
    version = spec_version(spec)
    if len(version) > MAX_VERSION_LENGTH or not version.isprintable():
        raise SpecError(
            f"{source}: info.version {version[:40]!r} is not a version (line breaks, control "
            f"characters or over {MAX_VERSION_LENGTH} characters); is this a Dokploy spec?"
        )


def _check_depth_and_refs(spec: dict[str, Any], source: str) -> None:
    """Refuse, before anything recursive runs, nesting no Dokploy spec has and unusable ``$ref`` s.

    openapi-python-client only skips an operation whose ``$ref`` it cannot resolve, and
    Python's recursion limit turns deep nesting into a traceback: both are named here instead.
    """
    refs: list[tuple[str, str]] = []
    pending: list[tuple[Any, tuple[str, ...]]] = [(spec, ())]
    while pending:
        node, where = pending.pop()
        if len(where) > MAX_DEPTH:
            raise SpecError(
                f"{source} nests deeper than {MAX_DEPTH} levels (at {_pointer(where[:6])}/...); "
                "Dokploy's specs nest about 20: is this a Dokploy spec?"
            )
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref is not None:
                refs.append((ref if isinstance(ref, str) else repr(ref), _pointer(where)))
            pending.extend((value, (*where, str(key))) for key, value in node.items())
        elif isinstance(node, list):
            pending.extend((value, (*where, str(i))) for i, value in enumerate(node))
    for ref, pointer in sorted(set(refs)):
        _check_ref(spec, ref, pointer, source)


def _check_ref(spec: dict[str, Any], ref: str, where: str, source: str) -> None:
    if not ref.startswith("#"):
        raise SpecError(
            f"{source}: $ref {ref[:80]!r} at {where} points outside the spec (a remote or file "
            "reference); only references inside it ('#/components/...') are read: bundle the spec first"
        )
    node: Any = spec
    for part in ref[1:].split("/")[1:]:
        key = unquote(part).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise SpecError(
                f"{source}: $ref {ref[:80]!r} at {where} points at nothing (no {key[:40]!r}); "
                "the spec is incomplete: pull it again or fix the reference"
            )


def _pointer(where: tuple[str, ...]) -> str:
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in where)


def normalize(spec: dict[str, Any], corrections: Corrections | None = None) -> dict[str, Any]:
    """Return a normalized deep copy with corrections applied; ``spec`` is left untouched."""
    out = copy.deepcopy(spec)
    # Output must not depend on the key order of the document we were given.
    out["paths"] = dict(sorted(out["paths"].items()))
    _normalize_operations(out)
    _normalize_security(out)
    out.pop("servers", None)
    apply(out, corrections or Corrections())
    _hoist_duplicate_schemas(out)
    _prune_unused_schemas(out)
    components = out["components"]
    components["schemas"] = dict(sorted(components.get("schemas", {}).items()))
    return out


def _normalize_operations(spec: dict[str, Any]) -> None:
    for name, _path, _method, op in list(iter_operations(spec)):
        router, procedure = router_and_procedure(name)
        # Unique per operation: openapi-python-client names body models after it.
        op["operationId"] = f"{router}-{procedure}"
        op["tags"] = [router]
        op.pop("security", None)
        success = op.get("responses", {}).get(_SUCCESS) or {"description": "Successful response"}
        # Errors are mapped to exceptions by the runtime engine, not parsed per operation.
        op["responses"] = {_SUCCESS: _untyped_success(success)}


def _untyped_success(response: dict[str, Any]) -> dict[str, Any]:
    """Dokploy's 200 schema is always an empty object: it means 'unknown', i.e. any JSON."""
    return {
        "description": response.get("description", "Successful response"),
        "content": {"application/json": {"schema": {}}},
    }


def _normalize_security(spec: dict[str, Any]) -> None:
    components = spec.setdefault("components", {})
    components["securitySchemes"] = {"x-api-key": dict(API_KEY_SCHEME)}
    spec["security"] = [{"x-api-key": []}]


# --- structural deduplication ------------------------------------------------


def _fingerprint(schema: Any) -> str:
    return hashlib.sha256(
        json.dumps(_strip_docs(schema), sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()


def _strip_docs(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {k: _strip_docs(v) for k, v in schema.items() if k not in _DOC_KEYS}
    if isinstance(schema, list):
        return [_strip_docs(v) for v in schema]
    return schema


def _is_object_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "object" or ("properties" in schema and "type" not in schema)
    )


Slot = tuple["dict[str, Any] | list[Any]", Any, str, tuple[str, ...]]


def _nested_object_slots(spec: dict[str, Any]) -> list[Slot]:
    """Every (container, key, operation, trail) holding an inline object schema below a request
    body; ``trail`` is the keys leading to it (an array's items: ``<key>Item``)."""
    slots: list[Slot] = []

    def walk(node: Any, trail: tuple[str, ...], operation: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    for prop, sub in value.items():
                        if _is_object_schema(sub):
                            slots.append((value, prop, operation, (*trail, prop)))
                        walk(sub, (*trail, prop), operation)
                    continue
                if key == "items":
                    item_trail = (*trail[:-1], f"{trail[-1]}Item")
                    if _is_object_schema(value):
                        slots.append((node, key, operation, item_trail))
                    walk(value, item_trail, operation)
                    continue
                walk(value, trail if key in ("anyOf", "oneOf", "allOf") else (*trail, key), operation)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if _is_object_schema(value):
                    slots.append((node, index, operation, trail))
                walk(value, trail, operation)

    for name, _path, method, op in iter_operations(spec):
        if method not in HTTP_METHODS:
            continue
        for media in op.get("requestBody", {}).get("content", {}).values():
            walk(media.get("schema"), ("Body",), name)
        for param in op.get("parameters", []):
            walk(param.get("schema"), (param.get("name", "Param"),), name)
    return slots


def _hoist_duplicate_schemas(spec: dict[str, Any]) -> None:
    """One component per structurally identical inline object seen more than once.

    Stock generation makes a class per occurrence (about 827 copies for v0.30.2).
    Inner objects are hoisted before the objects containing them, so containers
    that differ only by name collapse too.
    """
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    taken = {name: _fingerprint(schema) for name, schema in schemas.items()}
    groups: dict[str, list[Slot]] = {}
    for slot in _nested_object_slots(spec):
        container, key, _operation, _trail = slot
        groups.setdefault(_fingerprint(container[key]), []).append(slot)
    repeated = [(fp, group) for fp, group in groups.items() if len(group) > 1]
    names = shared_names(
        [Wanted(fp, group[0][2], group[0][3], group[0][0][group[0][1]]) for fp, group in repeated], taken
    )
    # Innermost first: replacing inner copies by $refs keeps equal containers equal.
    for fp, group in sorted(repeated, key=lambda item: (_depth(item[1][0]), item[0])):
        container, key, _operation, _trail = group[0]
        name = names[fp]
        if name not in schemas:
            schemas[name] = container[key]
            taken[name] = fp
        for slot_container, slot_key, _, _ in group:
            slot_container[slot_key] = {"$ref": f"#/components/schemas/{name}"}


def _depth(slot: Slot) -> int:
    container, key, _, _ = slot
    return _schema_depth(container[key])


def _schema_depth(node: Any) -> int:
    if isinstance(node, dict):
        return 1 + max((_schema_depth(v) for v in node.values()), default=0)
    if isinstance(node, list):
        return 1 + max((_schema_depth(v) for v in node), default=0)
    return 0


def _prune_unused_schemas(spec: dict[str, Any]) -> None:
    """Drop components nothing refers to (the error bodies, once errors are raised)."""
    schemas = spec.get("components", {}).get("schemas", {})
    used: set[str] = set()
    pending = [json.dumps(spec.get("paths", {}))]
    prefix = "#/components/schemas/"
    while pending:
        text = pending.pop()
        for name in re.findall(re.escape(prefix) + r'([^"]+)"', text):
            if name not in used and name in schemas:
                used.add(name)
                pending.append(json.dumps(schemas[name]))
    for name in set(schemas) - used:
        del schemas[name]
