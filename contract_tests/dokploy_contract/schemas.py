"""What the contract checks validate against: the spec's request schemas, the corrected
response schemas, and the interactions the cassettes hold.

Kept apart from the plugin so a user's own checks can reuse them on their cassettes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from dokploy_api.api import OPERATIONS

from .matching import procedure

_BY_PATH = {info.path.lstrip("/"): op for op, info in OPERATIONS.items()}


@dataclass(frozen=True)
class Interaction:
    """One recorded exchange, with the body as parsed JSON (``None`` when empty or not JSON)."""

    cassette: Path
    index: int
    operation: str | None
    method: str
    query: list[tuple[str, str]]
    request_json: Any
    request_has_json: bool
    status: int
    response_json: Any
    response_has_json: bool
    response_text: str

    @property
    def where(self) -> str:
        return f"{self.cassette.parent.name}/{self.cassette.name} #{self.index}"


def interactions(version_dir: Path) -> Iterator[Interaction]:
    """Every interaction of every cassette under ``version_dir``, in file order."""
    for path in sorted(version_dir.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for index, item in enumerate(data.get("interactions", [])):
            request, response = item["request"], item["response"]
            uri = request["uri"]
            yield Interaction(
                cassette=path,
                index=index,
                operation=_BY_PATH.get(procedure(uri)),
                method=request["method"],
                query=parse_qsl(urlsplit(uri).query, keep_blank_values=True),
                request_json=request.get("json"),
                request_has_json="json" in request,
                status=int(response["status"]["code"]),
                response_json=response.get("json"),
                response_has_json="json" in response,
                response_text=str((response.get("body") or {}).get("string", "")),
            )


class ResponseSchemas:
    """The corrected 200 schemas (``overrides/corrections``) as Draft 2020-12 validators.

    Validation follows the client's contract for resources (schemas marked
    ``x-dokploy-table``): any field may be absent, since operations return partial
    rows and older Dokploys lack newer columns, but a field that is present must
    match its type. Result objects that are not table rows keep their ``required``.
    """

    def __init__(self, operations_file: Path, schemas_file: Path) -> None:
        self.operations: dict[str, Any] = json.loads(operations_file.read_text())
        schemas = json.loads(schemas_file.read_text())
        self.components = {"schemas": {name: _presence_tolerant(s) for name, s in schemas.items()}}
        self._cache: dict[str, Draft202012Validator] = {}

    def has(self, operation: str) -> bool:
        return operation in self.operations

    def expects_empty(self, operation: str) -> bool:
        return self.operations[operation].get("schema") is None

    def schema(self, operation: str) -> dict[str, Any]:
        """The operation's schema with ``components`` attached, so its ``$ref`` s resolve."""
        return {**self.operations[operation]["schema"], "components": self.components}

    def validator(self, operation: str) -> Draft202012Validator:
        if operation not in self._cache:
            self._cache[operation] = Draft202012Validator(self.schema(operation))
        return self._cache[operation]


def _presence_tolerant(schema: dict[str, Any]) -> dict[str, Any]:
    if "x-dokploy-table" not in schema:
        return schema
    return {key: value for key, value in schema.items() if key != "required"}


class RequestSchemas:
    """The spec's request side: query parameters of GETs, JSON bodies of POSTs."""

    def __init__(self, spec_file: Path) -> None:
        self.spec: dict[str, Any] = json.loads(spec_file.read_text())
        self.components = self.spec.get("components", {})

    def _operation(self, operation: str) -> dict[str, Any]:
        info = OPERATIONS[operation]
        result: dict[str, Any] = self.spec["paths"][info.path][info.method.lower()]
        return result

    def query_schema(self, operation: str) -> dict[str, Any]:
        params = [p for p in self._operation(operation).get("parameters", []) if p["in"] == "query"]
        return {
            "type": "object",
            "properties": {p["name"]: p.get("schema", {}) for p in params},
            "required": [p["name"] for p in params if p.get("required")],
            "additionalProperties": False,
            "components": self.components,
        }

    def body_schema(self, operation: str, content_type: str = "application/json") -> dict[str, Any] | None:
        body = self._operation(operation).get("requestBody")
        if not body or content_type not in body.get("content", {}):
            return None
        schema = body["content"][content_type].get("schema", {})
        return {**schema, "components": self.components}


def coerce_query(pairs: list[tuple[str, str]], schema: dict[str, Any]) -> dict[str, Any]:
    """Query strings as the JSON values the schema declares (numbers, booleans)."""
    out: dict[str, Any] = {}
    for name, text in pairs:
        declared = schema["properties"].get(name, {})
        kinds = {declared.get("type")} | {s.get("type") for s in declared.get("anyOf", [])}
        value: Any = text
        if "integer" in kinds and text.lstrip("-").isdigit():
            value = int(text)
        elif "number" in kinds:
            try:
                value = float(text)
            except ValueError:
                value = text
        elif "boolean" in kinds and text in ("true", "false"):
            value = text == "true"
        out[name] = value
    return out


def error_path(error: Any) -> str:
    """``$.environments[0].name``: where in the body a validation error is."""
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path
