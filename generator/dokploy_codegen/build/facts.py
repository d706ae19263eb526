"""Compile ``overrides/corrections/facts.json`` and the spec into ``dokploy_api/facts.py``.

Why a generate step: facts about single operations (which keys of a request name
records, which operations reach the host, which creates answer no record and how
to find it, which routers are databases) are facts about Dokploy, not about our
code. Kept as data beside the corrections they are reviewed in one place; compiled
into the generated package they are typed and read by the client, the guard and the
scrubber alike, for exactly the Dokploy version the client was generated for.

``facts.json`` holds what only a person knows (sections ``secrets``, ``rules``,
``finders``, ``databases``, ``mutating_gets``); a row per operation (its id,
reference and name keys at any depth of the request body) is derived here from the
spec, since it is too long to keep right by hand and must follow Dokploy's changes.
"""

from __future__ import annotations

import fnmatch
import json
import keyword
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import SpecError, ToolError
from ..naming import iter_operations

MODULE = "facts.py"
OPERATIONS_MODULE = "_facts_operations.py"
ID_SUFFIXES = ("Id", "Ids")
REMOVE_NAMES = ("remove", "delete")
LIST_NAMES = ("all", "getAll")
_EMPTY_RULES: dict[str, Any] = {
    "reference_keys": [],
    "home_references": [],
    "name_keys": [],
    "claim_keys": {},
    "external_keys": [],
    "target_keys": {},
    "host_affecting": [],
    "host_affecting_when": {},
    "snapshot_reads": [],
    "snapshot_volatile": [],
    "creates": {},
    "kinds": {},
}


# --- derived per-operation rows --------------------------------------------------------


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 50:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return node


def body_keys(spec: dict[str, Any], schema: Any) -> Iterator[tuple[str, str]]:
    """``(key, dotted path)`` of every property of a request schema, nested and in lists."""
    stack: list[tuple[Any, str]] = [(schema, "")]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        node = _resolve(spec, node)
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        for key, child in (node.get("properties") or {}).items():
            yield key, f"{path}{key}"
            stack.append((child, f"{path}{key}."))
        if "items" in node:
            stack.append((node["items"], f"{path}[]."))
        for combinator in ("anyOf", "oneOf", "allOf"):
            stack.extend((child, path) for child in node.get(combinator, []))
        extra = node.get("additionalProperties")
        if isinstance(extra, dict):
            stack.append((extra, f"{path}*."))


def is_id_key(key: str) -> bool:
    return key.endswith(ID_SUFFIXES) or key in ("id", "ids")


def _external(rules: dict[str, Any], key: str, operation: str) -> bool:
    for entry in rules["external_keys"]:
        name, _, only = str(entry).partition(":")
        if name == key and (not only or only == operation):
            return True
    return False


def _request_schema(operation: dict[str, Any]) -> Any:
    content = (operation.get("requestBody") or {}).get("content") or {}
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            return content[media].get("schema")
    return None


def _target_key(rules: dict[str, Any], router: str) -> str:
    return str(rules["target_keys"].get(router, f"{router}Id"))


def _host_affecting(rules: dict[str, Any], name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in rules["host_affecting"])


def operations(spec: dict[str, Any], rules: dict[str, Any], mutating: Mapping[str, Any]) -> dict[str, Any]:
    """One row per operation of the spec (POSTs fully; GETs their method and when they mutate)."""
    rows: dict[str, dict[str, Any]] = {}
    references = set(rules["reference_keys"])
    names = set(rules["name_keys"])
    for name, _path, method, operation in sorted(iter_operations(spec), key=lambda o: (o[0], o[2])):
        if method not in ("get", "post"):
            continue
        router, _, procedure = name.partition(".")
        row: dict[str, Any] = {"method": method.upper()}
        id_keys: set[str] = set()
        reference_keys: set[str] = set()
        name_keys: set[str] = set()
        external: set[str] = set()
        for key, _dotted in body_keys(spec, _request_schema(operation)):
            if key in names:
                name_keys.add(key)
            elif not is_id_key(key):
                continue
            elif _external(rules, key, name):
                external.add(key)
            elif key in references and key != _target_key(rules, router):
                reference_keys.add(key)
            else:
                id_keys.add(key)
        if method == "post":
            row.update(
                id_keys=sorted(id_keys),
                reference_keys=sorted(reference_keys),
                name_keys=sorted(name_keys),
                claim_keys=sorted(rules["claim_keys"].get(name, [])),
                external_keys=sorted(external),
                host_affecting=_host_affecting(rules, name),
                host_affecting_when=rules["host_affecting_when"].get(name, []),
                target_key=_target_key(rules, router),
                creates=rules["creates"].get(name, router) if procedure.startswith("create") else None,
                removes=router if procedure.startswith(REMOVE_NAMES) else None,
            )
        else:
            row["mutating_when"] = list(mutating.get(name, []))
        rows[name] = row
    return rows


def kinds(rows: dict[str, dict[str, Any]], rules: dict[str, Any]) -> dict[str, Any]:
    """Per record kind with a create: its id key, how to remove and list it, whether it is top level.

    Top level: its create names no parent record (an id key), so removing a project does
    not remove it and teardown must.
    """
    out: dict[str, Any] = {}
    for row in rows.values():
        kind = row.get("creates")
        if not kind or kind in out or kind in rules["kinds"]:
            continue
        key = row["target_key"]
        removes = [
            op
            for op, r in rows.items()
            if r.get("removes") == kind and r["method"] == "POST" and key in r["id_keys"]
        ]
        exact = [op for op in removes if op.partition(".")[2] in REMOVE_NAMES]
        remove = (exact or removes)[0] if (exact or removes) else None
        listing = next(
            (f"{kind}.{n}" for n in LIST_NAMES if rows.get(f"{kind}.{n}", {}).get("method") == "GET"), None
        )
        creates = [r for r in rows.values() if r.get("creates") == kind]
        parents = {k for r in creates for k in r["id_keys"] if k != key}
        out[kind] = {"id_key": key, "remove": remove, "list": listing, "top_level": not parents}
    out.update(rules["kinds"])
    return dict(sorted(out.items()))


# --- python names ------------------------------------------------------------------------


def _strings() -> Any:
    """openapi-python-client's naming, the one the generated code is written with."""
    try:
        from openapi_python_client import strings
    except ImportError as exc:
        raise ToolError(
            "openapi-python-client is not installed: pip install 'dokploy-client[codegen]'"
        ) from exc
    return strings


def python_name(wire: str) -> str:
    """A wire key's keyword in the generated code (``sshKeyId`` -> ``ssh_key_id``, ``type`` -> ``type_``)."""
    return str(_strings().PythonIdentifier(wire, prefix="field"))


def python_target(operation: str) -> str:
    """``gitProvider.getAll`` -> ``git_provider.get_all``: the router attribute and method."""
    strings = _strings()
    router, _, procedure = operation.partition(".")
    method = strings.snake_case(procedure)
    return f"{strings.snake_case(router)}.{method + '_' if keyword.iskeyword(method) else method}"


# --- finders, databases -------------------------------------------------------------------


def _parameters(spec: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    """The keys an operation takes: its query parameters and its body's top-level properties."""
    keys = {str(p.get("name")) for p in operation.get("parameters", []) if isinstance(p, dict)}
    body = _resolve(spec, _request_schema(operation))
    if isinstance(body, dict):
        keys.update(body.get("properties") or {})
    return keys


def finders(spec: dict[str, Any], rows: Mapping[str, Any], *, strict: bool = False) -> dict[str, Any]:
    """The usable finder rows of ``rows`` (``facts.json``'s ``finders``), checked against the spec.

    What this spec lacks is left out, since the table serves every Dokploy version: a row
    whose create (or fetch, or record operation) is absent, a listing or match key of a
    router or field an older Dokploy does not have (``libsql.one``). ``strict``: each of
    those is an error instead (the test of the committed spec, which must use every part
    of every row). Errors whatever the spec: a record type from another router, a create
    without a request body.
    """
    present = {name: op for name, _path, _method, op in iter_operations(spec)}
    out: dict[str, Any] = {}
    for create, row in sorted(rows.items()):
        where = f"facts.json finders[{create!r}]"

        def lacks(what: str, where: str = where) -> bool:
            if strict:
                raise SpecError(f"{where}: {what}")
            return True

        if create not in present:
            lacks(f"{create} is not an operation of the spec")
            continue
        taken = _parameters(spec, present[create])
        if _request_schema(present[create]) is None:
            raise SpecError(f"{where}: {create} takes no request body to find its record by")
        router = create.partition(".")[0]
        record = row.get("record", f"{router}.one")
        if record.partition(".")[0] != router:
            raise SpecError(f"{where}: record {record} must be an operation of the router of {create}")
        missing = [op for op in (row.get("fetch"), record) if op is not None and op not in present]
        if missing:
            lacks(f"{missing[0]} is not an operation of the spec")
            continue
        listings = []
        for listing in row["listing"]:
            operation, arguments = listing["operation"], listing.get("arguments", {})
            if operation not in present:
                lacks(f"listing {operation} is not an operation of the spec")
                continue
            wrong = [
                f"{a}={b}"
                for a, b in arguments.items()
                if a not in _parameters(spec, present[operation]) or b not in taken
            ]
            if wrong:
                lacks(f"argument {wrong[0]} is not taken by {operation}/{create}")
                continue
            pairs = tuple((python_name(a), python_name(b)) for a, b in arguments.items())
            listings.append((operation, python_target(operation), pairs))
        if not listings:
            continue
        match = [
            n for n in row.get("match", []) if n in taken or not lacks(f"{n} is not an argument of {create}")
        ]
        refuse = {
            n: why
            for n, why in row.get("refuse", {}).items()
            if n in taken or not lacks(f"{n} is not an argument")
        }
        fetch = row.get("fetch")
        out[create] = {
            "operation": create,
            "listings": tuple(listings),
            "items": python_name(row["items"]) if row.get("items") else None,
            "id_field": python_name(row["id_key"]),
            "kind": python_name(row["kind"]) if row.get("kind") else None,
            "fetch": python_target(fetch) if fetch else None,
            "match": tuple(python_name(m) for m in match),
            "refuse": tuple((python_name(k), str(v)) for k, v in refuse.items()),
            "record": record,
        }
    return out


def databases(spec: dict[str, Any], names: Iterable[str], rules: dict[str, Any]) -> dict[str, Any]:
    """The database routers the spec has; ``backups``: ``backup.create`` takes its id."""
    routers = {name.partition(".")[0] for name, *_ in iter_operations(spec)}
    backup = next((op for name, _p, _m, op in iter_operations(spec) if name == "backup.create"), None)
    owners = _parameters(spec, backup) if backup is not None else set()
    out: dict[str, Any] = {}
    for wire in names:
        if wire not in routers:
            continue
        id_key = _target_key(rules, wire)
        router = python_target(f"{wire}.x").partition(".")[0]
        out[router] = {
            "router": router,
            "wire": wire,
            "id_key": id_key,
            "id_argument": python_name(id_key),
            "backups": id_key in owners,
        }
    return out


def compile_facts(spec: dict[str, Any], facts: dict[str, Any]) -> dict[str, Any]:
    """Every section of the compiled table, as plain data (what the module is rendered from)."""
    rules = {**_EMPTY_RULES, **facts.get("rules", {})}
    rows = operations(spec, rules, facts.get("mutating_gets", {}))
    return {
        "secrets": facts.get("secrets", {}),
        "rules": rules,
        "snapshot_reads": [r for r in rules["snapshot_reads"] if r.split("?", 1)[0] in rows],
        "operations": rows,
        "kinds": kinds(rows, rules),
        "finders": finders(spec, facts.get("finders", {})),
        "databases": databases(spec, facts.get("databases", []), rules),
    }


# --- rendering ---------------------------------------------------------------------------


def _py(value: Any) -> str:
    """A Python literal of plain data; sets are written sorted so the output is stable."""
    if isinstance(value, (frozenset, set)):
        return f"frozenset({{{', '.join(_py(v) for v in sorted(value))}}})" if value else "frozenset()"
    if isinstance(value, tuple):
        if len(value) == 1:
            return f"({_py(value[0])},)"
        return f"({', '.join(_py(v) for v in value)})"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    raise TypeError(f"cannot write {type(value).__name__} into the facts module")


def _call(name: str, fields: Mapping[str, Any], defaults: Mapping[str, Any] | None = None) -> str:
    """``Name(k=v, ...)`` of the fields that differ from their defaults."""
    skip = defaults or {}
    given = [f"{k}={_py(v)}" for k, v in fields.items() if k not in skip or skip[k] != v]
    return f"{name}({', '.join(given)})"


def _condition(entry: Mapping[str, Any]) -> str:
    return _call(
        "Condition",
        {
            "key": entry["key"],
            "one_of": tuple(entry.get("in", ())),
            "present": bool(entry.get("present", False)),
            "matches": entry.get("matches"),
        },
        {"one_of": (), "present": False, "matches": None},
    )


_OPERATION_DEFAULTS: dict[str, Any] = {
    "target_key": "",
    "id_keys": frozenset(),
    "reference_keys": frozenset(),
    "name_keys": frozenset(),
    "claim_keys": frozenset(),
    "external_keys": frozenset(),
    "host_affecting": False,
    "creates": None,
    "removes": None,
}


def _operation(row: Mapping[str, Any]) -> str:
    fields = {
        "method": row["method"],
        **{
            k: frozenset(row.get(k, ())) if isinstance(v, frozenset) else row.get(k, v)
            for k, v in _OPERATION_DEFAULTS.items()
        },
    }
    text = _call("OperationFacts", fields, _OPERATION_DEFAULTS)
    extra = [
        f"{name}=({''.join(_condition(c) + ', ' for c in row.get(name, []))})"
        for name in ("host_affecting_when", "mutating_when")
        if row.get(name)
    ]
    return text[:-1] + "".join(", " + e for e in extra) + ")"


def _secrets(secrets: Mapping[str, Any]) -> str:
    record = secrets.get("api_key_record", {})
    return _call(
        "SecretRules",
        {
            "words": frozenset(secrets.get("words", ())),
            "pairs": frozenset(tuple(p) for p in secrets.get("pairs", ())),
            "glued_suffixes": tuple(secrets.get("glued_suffixes", ())),
            "secret_ids": tuple(secrets.get("secret_ids", ())),
            "not_secret": frozenset(secrets.get("not_secret", ())),
            "env_keys": frozenset(secrets.get("env_keys", ())),
            "context_paths": frozenset(tuple(p) for p in secrets.get("context_paths", ())),
            "query_params": frozenset(p.lower() for p in secrets.get("query_params", ())),
            "value_patterns": tuple(secrets.get("value_patterns", ())),
            "api_key_fields": frozenset(record.get("fields", ())),
            "api_key_markers": frozenset(record.get("markers", ())),
            "stack_keys": frozenset(secrets.get("stack_keys", ())),
            "secret_responses": frozenset(secrets.get("secret_responses", ())),
            "register_min_length": int(secrets.get("register_min_length", 6)),
        },
    )


def _rules(rules: Mapping[str, Any], snapshot_reads: list[str]) -> str:
    return _call(
        "GuardRules",
        {
            "reference_keys": frozenset(rules["reference_keys"]),
            "home_references": frozenset(rules["home_references"]),
            "name_keys": frozenset(rules["name_keys"]),
            "external_keys": frozenset(k for k in rules["external_keys"] if ":" not in k),
            "host_patterns": tuple(rules["host_affecting"]),
            "snapshot_volatile": frozenset(rules["snapshot_volatile"]),
            "snapshot_reads": tuple(snapshot_reads),
        },
    )


def _finder(row: Mapping[str, Any]) -> str:
    listings = "".join(
        _call("Listing", {"operation": op, "target": target, "arguments": args}) + ", "
        for op, target, args in row["listings"]
    )
    fields = {k: v for k, v in row.items() if k != "listings"}
    text = _call("Finder", fields)
    head = f"Finder(operation={_py(row['operation'])}, "
    return text.replace(head, f"{head}listings=({listings}), ", 1)


def _record_kind(kind: Mapping[str, Any]) -> str:
    fields = {"id_key": kind["id_key"], "remove": kind["remove"], "listing": kind["list"]}
    return _call("RecordKind", {**fields, "top_level": kind["top_level"]})


def _table(name: str, annotation: str, rows: Mapping[str, str]) -> str:
    body = "".join(f"    {json.dumps(key)}: {value},\n" for key, value in rows.items())
    return f"{name}: {annotation} = {{\n{body}}}\n"


def render(compiled: Mapping[str, Any]) -> dict[str, str]:
    """``{file name: text}`` of the two generated modules (ruff formats them afterwards)."""
    # The types and the lazy loader: plain Python kept as a template file (no variables).
    head = (Path(__file__).parents[1] / "templates" / "facts.py.jinja").read_text(encoding="utf-8")
    small = "\n\n".join(
        [
            _table(
                "DATABASE_KINDS",
                "dict[str, DatabaseKind]",
                {k: _call("DatabaseKind", v) for k, v in compiled["databases"].items()},
            ),
            _table("FINDERS", "dict[str, Finder]", {k: _finder(v) for k, v in compiled["finders"].items()}),
            f"SECRETS = {_secrets(compiled['secrets'])}\n",
            f"RULES = {_rules(compiled['rules'], compiled['snapshot_reads'])}\n",
        ]
    )
    operations_text = (
        '"""The per-operation rows of ``dokploy_api.facts`` (loaded on first use): '
        'generated, do not edit."""\n\n'
        "from __future__ import annotations\n\n"
        "from .facts import Condition, OperationFacts, RecordKind\n\n"
        + _table(
            "OPERATIONS",
            "dict[str, OperationFacts]",
            {k: _operation(v) for k, v in compiled["operations"].items()},
        )
        + "\n\n"
        + _table(
            "RECORD_KINDS",
            "dict[str, RecordKind]",
            {k: _record_kind(v) for k, v in compiled["kinds"].items()},
        )
    )
    return {MODULE: head + "\n\n" + small, OPERATIONS_MODULE: operations_text}


def write(compiled: Mapping[str, Any], package_dir: Path) -> None:
    """Write both modules into the generated package."""
    for name, text in render(compiled).items():
        (package_dir / name).write_text(text, encoding="utf-8")
