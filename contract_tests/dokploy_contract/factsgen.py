"""Derive the per-operation rows of ``overrides/corrections/facts.json`` from the spec.

Why derived: a row per POST operation listing every key of its request body that
names a record (at any depth) is too long to keep right by hand and must follow
the spec when Dokploy changes. The hand-written ``rules`` section says what each
kind of key means; this module applies it to every operation and writes the
``operations``, ``kinds`` and ``snapshot`` sections. ``python -m
dokploy_contract.factsgen [spec.json] [facts.json]`` rewrites them; a test fails
when the committed file differs from what this gives.
"""

from __future__ import annotations

import fnmatch
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = REPO / "generated" / "spec.json"
DEFAULT_FACTS = REPO / "overrides" / "corrections" / "facts.json"
ID_SUFFIXES = ("Id", "Ids")
REMOVE_NAMES = ("remove", "delete")
LIST_NAMES = ("all", "getAll")


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


def operations(spec: dict[str, Any], rules: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """One row per operation of the spec (POSTs fully; GETs only their method)."""
    rows: dict[str, dict[str, Any]] = {}
    references = set(rules["reference_keys"])
    names = set(rules["name_keys"])
    for path, methods in sorted(spec.get("paths", {}).items()):
        name = path.lstrip("/").replace("/", ".")
        for method, operation in methods.items():
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
            rows[name] = row
    return rows


def kinds(spec: dict[str, Any], rows: dict[str, dict[str, Any]], rules: dict[str, Any]) -> dict[str, Any]:
    """Per record kind with a create: its id key, how to remove and list it, whether it is top level.

    Top level: its create names no parent record (an id key), so removing a project does
    not remove it and teardown must.
    """
    out: dict[str, Any] = {}
    for _name, row in rows.items():
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
        out[kind] = {
            "id_key": key,
            "remove": remove,
            "list": listing,
            "top_level": not parents,
        }
    out.update(rules["kinds"])
    return dict(sorted(out.items()))


def derive(spec: dict[str, Any], facts: dict[str, Any]) -> dict[str, Any]:
    """``facts`` with its derived sections rebuilt from ``spec``."""
    rules = facts["rules"]
    rows = operations(spec, rules)
    present = set(rows)
    return {
        **{k: v for k, v in facts.items() if k not in ("operations", "kinds", "snapshot")},
        "snapshot": {"reads": [r for r in rules["snapshot_reads"] if r.split("?", 1)[0] in present]},
        "kinds": kinds(spec, rows, rules),
        "operations": rows,
    }


def _dump(value: Any, indent: str) -> str:
    """Objects one key a line, lists of scalars on one line: a row per operation reads in a diff."""
    if isinstance(value, dict) and value:
        inner = indent + "  "
        items = [f"{inner}{json.dumps(k)}: {_dump(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + _dump(v, inner) for v in value) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False)


def dump(facts: dict[str, Any]) -> str:
    return _dump(facts, "") + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    spec_path = Path(args[0]) if args else DEFAULT_SPEC
    facts_path = Path(args[1]) if len(args) > 1 else DEFAULT_FACTS
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    facts_path.write_text(dump(derive(spec, facts)), encoding="utf-8")
    print(f"wrote {facts_path} ({len(facts_path.read_text(encoding='utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
