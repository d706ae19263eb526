"""Cassettes as YAML whose bodies are parsed JSON, so a diff shows fields, not escapes.

vcrpy hands us ``{"version", "metadata", "interactions"}`` with bodies as text;
a JSON body is stored under ``json:`` and turned back into compact JSON text on
load (Dokploy's own encoding, ``JSON.stringify``). Anything else stays text.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

JSON_KEY = "json"


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no type hints
    """Multi-line strings (compose files, env blocks) as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value and not value.endswith(" ") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def encode_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _parse(text: Any) -> tuple[bool, Any]:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            return False, text
    if not isinstance(text, str) or not text.strip():
        return False, text
    try:
        return True, json.loads(text)
    except ValueError:
        return False, text


def _pack_request(request: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in request.items() if k != "body"}
    ok, value = _parse(request.get("body"))
    if ok:
        out[JSON_KEY] = value
    else:
        out["body"] = value
    return out


def _pack_response(response: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in response.items() if k != "body"}
    ok, value = _parse((response.get("body") or {}).get("string"))
    if ok:
        out[JSON_KEY] = value
    else:
        out["body"] = {"string": value if value is not None else ""}
    return out


def _unpack_request(request: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in request.items() if k != JSON_KEY}
    if JSON_KEY in request:
        out["body"] = encode_json(request[JSON_KEY])
    else:
        out.setdefault("body", None)
    return out


def _unpack_response(response: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in response.items() if k != JSON_KEY}
    if JSON_KEY in response:
        out["body"] = {"string": encode_json(response[JSON_KEY])}
    return out


def serialize(cassette: dict[str, Any]) -> str:
    data: dict[str, Any] = {}
    if cassette.get("metadata"):
        data["metadata"] = cassette["metadata"]
    data["version"] = cassette.get("version", 1)
    data["interactions"] = [
        {"request": _pack_request(i["request"]), "response": _pack_response(i["response"])}
        for i in cassette.get("interactions", [])
    ]
    return str(yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100))


def deserialize(text: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(text) or {}
    data["interactions"] = [
        {"request": _unpack_request(i["request"]), "response": _unpack_response(i["response"])}
        for i in data.get("interactions", [])
    ]
    return data
