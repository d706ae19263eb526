"""Cassettes as YAML whose bodies are parsed JSON, so a diff shows fields, not escapes.

vcrpy hands us ``{"version", "metadata", "interactions"}`` with bodies as text;
a JSON body is stored under ``json:`` and turned back into compact JSON text on
load (Dokploy's own encoding, ``JSON.stringify``). Anything else stays text.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from .jsontree import rebuild

if TYPE_CHECKING:
    from collections.abc import Callable

    from .scrub import Scrubber

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
        value = json.loads(text)
    except (ValueError, RecursionError):
        return False, text
    from .scrub import MAX_STRUCTURED_DEPTH, depth

    if depth(value) > MAX_STRUCTURED_DEPTH:
        return False, text  # PyYAML recurses: a very deep body stays text
    return True, value


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


def _strings(value: Any, change: Callable[[str], str]) -> Any:
    """``value`` with ``change`` applied to every string in it (bytes as UTF-8)."""

    def leaf(node: Any) -> Any:
        if isinstance(node, str):
            return change(node)
        if isinstance(node, bytes):
            return change(node.decode("utf-8", "replace")).encode("utf-8")
        return node

    return rebuild(value, leaf)


class Serializer:
    """The serializer bound to a run's scrubber: its last pass before a cassette is written.

    Every secret registered by the time the cassette is saved is replaced in every
    string of it, so a value first seen in clear and classified secret only later (a
    password in a log, then under ``databasePassword``) does not stay in the file.
    """

    def __init__(self, scrubber: Scrubber) -> None:
        self.scrubber = scrubber

    def serialize(self, cassette: dict[str, Any]) -> str:
        cleaned = dict(cassette)
        cleaned["interactions"] = [self._clean(i) for i in cassette.get("interactions", [])]
        return serialize(cleaned)

    def _clean(self, interaction: dict[str, Any]) -> dict[str, Any]:
        """Values only: keys, the procedure and query names are the contract, never secrets."""
        replace = self.scrubber.replace_known
        request, response = dict(interaction["request"]), dict(interaction["response"])
        parts = urlsplit(str(request.get("uri", "")))
        pairs = [(k, replace(v)) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
        request["uri"] = urlunsplit(parts._replace(query=urlencode(pairs)))
        request["body"] = self._body(request.get("body"))
        body = dict(response.get("body") or {})
        body["string"] = self._body(body.get("string"))
        response["body"] = body
        status = response.get("status")
        if isinstance(status, dict):
            response["status"] = _strings(status, replace)
        return {**interaction, "request": request, "response": response}

    def _body(self, body: Any) -> Any:
        replace = self.scrubber.replace_known
        was_bytes = isinstance(body, bytes)
        ok, value = _parse(body)
        if ok:
            text = encode_json(_strings(value, replace))
        elif isinstance(value, (str, bytes)):
            text = replace(value.decode("utf-8", "replace") if isinstance(value, bytes) else value)
        else:
            return body
        return text.encode("utf-8") if was_bytes else text

    def deserialize(self, text: str) -> dict[str, Any]:
        return deserialize(text)
