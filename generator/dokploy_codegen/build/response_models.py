"""Name the models of response schemas: one class per distinct shape, named by where it is.

Corrections hold each operation's exact response schema inline. Here every object in
them becomes a component (a generated attrs class) and every string enum a ``Literal``
alias, so that:

- identical shapes, wherever they occur, share one class (structural dedupe);
- a class name says where the shape comes from, so a user can write it in an
  annotation and find it again after regenerating:

  * the row a ``<router>.one`` returns is named after its table: ``project.one`` ->
    ``Project``, ``environment.one`` -> ``Environment``, ``redirects.one`` -> ``Redirect``;
  * any other object is the operation in PascalCase, then the keys leading to it, a key
    holding rows of a table spelled as that table (``environments`` -> ``Environment``):
    ``project.all`` -> ``list[ProjectAllItem]``, its ``environments[]`` are
    ``ProjectAllEnvironment``, their ``compose[]`` ``ProjectAllEnvironmentCompose``; a
    top-level object is ``<Op>Result`` (``project.create`` -> ``ProjectCreateResult``);
  * a shape occurring at several places takes the first of its names in this order: a
    ``.one`` row, then the shallowest position, then an operation named ``one``, ``all``,
    ``create`` (in that order), then alphabetical (``deployment.all``,
    ``deployment.allByCompose``, ... share ``DeploymentAllItem``; ``application.create``,
    ``application.update``, ... share ``ApplicationCreateResult``);
  * a string enum is named after its key (``applicationStatus`` -> ``ApplicationStatus``);
    when enums of other values share the key, the most used keeps it and the others are
    prefixed by their table (``sourceType`` of compose -> ``ComposeSourceType``); a
    one-word key is always prefixed, by its table (``status`` of a deployment ->
    ``DeploymentStatus``) or else by its model (``ProjectAllItemStatus``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..naming import pascal, router_and_procedure

Schema = dict[str, Any]

COMPONENT = "#/components/schemas/"
TABLE_KEY = "x-dokploy-table"


@dataclass
class _Shape:
    """One distinct shape: its canonical schema (children as fingerprints) and its names."""

    kind: str  # "object" | "enum"
    canonical: Schema
    candidates: list[tuple[tuple[Any, ...], str]] = field(default_factory=list)
    name: str = ""


@dataclass
class _Walk:
    shapes: dict[str, _Shape] = field(default_factory=dict)
    # (operation, pointer) -> fingerprint of the object there, for recursive ``$ref``s
    pointers: dict[tuple[str, str], str] = field(default_factory=dict)


def name_models(
    operations: dict[str, Schema], taken: set[str]
) -> tuple[dict[str, Schema], dict[str, Schema]]:
    """``(operations with $refs, components)``: every object and enum hoisted and named."""
    walk = _Walk()
    rewritten: dict[str, Any] = {}
    for op in sorted(operations):
        rewritten[op] = _visit(walk, operations[op], _At(op, "#", (), "top", None, None))
    _assign_names(walk, taken)
    names = {fp: s.name for fp, s in walk.shapes.items()}
    components = {
        shape.name: _resolve(shape.canonical, names, walk, op_of=None) for shape in walk.shapes.values()
    }
    out = {op: _resolve(schema, names, walk, op_of=op) for op, schema in rewritten.items()}
    return out, dict(sorted(components.items()))


def _is_object(node: Schema) -> bool:
    return bool(node.get("properties")) and node.get("type", "object") == "object"


def _is_enum(node: Schema) -> bool:
    return node.get("type") == "string" and isinstance(node.get("enum"), list)


@dataclass(frozen=True)
class _At:
    """Where a node sits: its operation, pointer, key path, list position and owner."""

    op: str
    pointer: str
    segs: tuple[str, ...]
    pos: str  # "top" | "item" (of a top-level list) | "nested"
    key: str | None
    owner: str | None  # the table of the object holding this key
    parent: str = ""  # the name of the object holding this key, at this position


def _visit(walk: _Walk, node: Any, at: _At) -> Any:
    """Post-order: children first, so a container's fingerprint names its children's."""
    if not isinstance(node, dict):
        return node
    if _is_object(node):
        table = node.get(TABLE_KEY) if isinstance(node.get(TABLE_KEY), str) else None
        here = _object_name(at, table)
        props = {
            k: _visit(
                walk,
                v,
                _At(
                    at.op,
                    f"{at.pointer}/properties/{_escape(k)}",
                    (*at.segs, _segment(k, v)),
                    "nested",
                    k,
                    table,
                    here[1],
                ),
            )
            for k, v in node["properties"].items()
        }
        canonical = {k: v for k, v in node.items() if k != "properties"}
        canonical["properties"] = props
        canonical = _absolute_refs(canonical, at.op)
        fp = _fingerprint(canonical)
        shape = walk.shapes.setdefault(fp, _Shape("object", canonical))
        shape.candidates.append(here)
        if here[0][0] == 0:  # a ``.one`` row: its positional name is next in line
            shape.candidates.append(_object_name(at, None))
        walk.pointers[(at.op, at.pointer)] = fp
        return {"$fp": fp}
    if _is_enum(node):
        fp = _fingerprint(node)
        shape = walk.shapes.setdefault(fp, _Shape("enum", node))
        shape.candidates.extend(_enum_names(at))
        return {"$fp": fp}
    out: Schema = {}
    for k, v in node.items():
        if k == "items":
            pos = "item" if at.pos == "top" else at.pos
            child = _At(at.op, f"{at.pointer}/items", at.segs, pos, at.key, at.owner, at.parent)
            out[k] = _visit(walk, v, child)
        elif k in ("anyOf", "oneOf", "allOf") and isinstance(v, list):
            out[k] = [
                _visit(
                    walk, b, _At(at.op, f"{at.pointer}/{k}/{i}", at.segs, at.pos, at.key, at.owner, at.parent)
                )
                for i, b in enumerate(v)
            ]
        else:
            out[k] = v
    return out


def _enum_names(at: _At) -> list[tuple[tuple[Any, ...], str]]:
    """``applicationStatus`` -> ``ApplicationStatus``; a one-word key (``status``) says too
    little alone: ``DeploymentStatus`` (its table), else its model (``DeploymentAllItemStatus``)."""
    router, procedure = router_and_procedure(at.op)
    if at.key is None:
        name = pascal(router) + pascal(procedure) + "Result"
        return [((0, name), name)]
    key = pascal(at.key)
    names: list[tuple[tuple[Any, ...], str]] = []
    if any(c.isupper() for c in at.key):
        names.append(((0, key), key))
    if at.owner is not None:
        names.append(((1, pascal(at.owner) + key), pascal(at.owner) + key))
    names.append(((2, at.parent + key), at.parent + key))
    return names


def _segment(key: str, value: Any) -> str:
    """``environments`` holding environment rows -> ``Environment``; else the key."""
    table = _table_of(value)
    if table is not None:
        norm_key, norm_table = _norm(key), _norm(table)
        if norm_key in (norm_table, norm_table + "s"):
            return pascal(table)
    return pascal(key)


def _table_of(node: Any) -> str | None:
    if not isinstance(node, dict):
        return None
    if isinstance(node.get(TABLE_KEY), str):
        return str(node[TABLE_KEY])
    for sub in [node.get("items"), *node.get("anyOf", [])]:
        found = _table_of(sub)
        if found is not None:
            return found
    return None


# Among operations sharing a shape, the model is named after the first of these.
_PREFERRED = {"one": 0, "all": 1, "create": 2}


def _object_name(at: _At, table: str | None) -> tuple[tuple[Any, ...], str]:
    router, procedure = router_and_procedure(at.op)
    prefix = pascal(router) + pascal(procedure)
    if not at.segs and procedure == "one" and table is not None:
        return (0, 0, 0, ""), pascal(table)
    if not at.segs:
        name = prefix + ("Item" if at.pos == "item" else "Result")
    else:
        name = prefix + "".join(at.segs)
    return (1, len(at.segs), _PREFERRED.get(procedure, len(_PREFERRED)), name), name


def _assign_names(walk: _Walk, taken: set[str]) -> None:
    used = set(taken)
    objects = sorted((s for s in walk.shapes.values() if s.kind == "object"), key=lambda s: min(s.candidates))
    for shape in objects:
        shape.name = _first_free([n for _, n in sorted(shape.candidates)], used)
        used.add(shape.name)
    enums = sorted(
        (s for s in walk.shapes.values() if s.kind == "enum"),
        key=lambda s: (-len(s.candidates), json.dumps(s.canonical, sort_keys=True)),
    )
    for shape in enums:
        shape.name = _first_free([n for _, n in sorted(shape.candidates)], used, suffix="Enum")
        used.add(shape.name)


def _first_free(names: list[str], used: set[str], suffix: str = "") -> str:
    for name in dict.fromkeys(names):
        if name not in used:
            return name
    base = names[0] + suffix
    name, n = base, 2
    while name in used:
        name, n = f"{base}{n}", n + 1
    return name


def _resolve(node: Any, names: dict[str, str], walk: _Walk, op_of: str | None) -> Any:
    """Fingerprints become ``$ref``s to the named components."""
    if isinstance(node, list):
        return [_resolve(v, names, walk, op_of) for v in node]
    if not isinstance(node, dict):
        return node
    if "$fp" in node:
        return {"$ref": COMPONENT + names[node["$fp"]]}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#") and not ref.startswith(COMPONENT):
        op, pointer = _split_local(ref, op_of)
        return {"$ref": COMPONENT + names[walk.pointers[(op, pointer)]]}
    return {k: _resolve(v, names, walk, op_of) for k, v in node.items()}


def _split_local(ref: str, op_of: str | None) -> tuple[str, str]:
    """A pointer within an operation's schema; in a shared shape it names the operation."""
    if ref.startswith("#op:"):
        op, _, pointer = ref.removeprefix("#op:").partition("|")
        return op, pointer
    if op_of is None:
        raise ValueError(f"relative reference {ref} outside an operation")
    return op_of, ref


def _fingerprint(node: Schema) -> str:
    """Identity of a shape (a recursive reference names its operation, so it stays apart)."""
    text = json.dumps(node, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _absolute_refs(node: Any, op: str) -> Any:
    """``#/items`` in ``settings.readDirectories`` -> ``#op:settings.readDirectories|#/items``."""
    if isinstance(node, list):
        return [_absolute_refs(v, op) for v in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#") and not ref.startswith(COMPONENT):
        return {"$ref": f"#op:{op}|{ref}"}
    return {k: _absolute_refs(v, op) for k, v in node.items()}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
