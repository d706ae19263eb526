"""Shared pieces for the test_client_* tests (no tests here).

``FakeDokploy`` is an ``httpx.MockTransport`` that answers operations with
scripted bodies, taken from the real v0.30.2 recordings where they exist
(``recorded``), and keeps every request it saw.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from typing import Any

import httpx
import pytest
from support import shared_path

from dokploy import AsyncDokploy, Dokploy

Body = Any  # decoded JSON, or a callable computing it from the request


@cache
def _recordings() -> dict[str, list[dict[str, Any]]]:
    by_op: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(shared_path("recordings").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            entry = json.loads(line)
            entry["file"] = path.name
            by_op.setdefault(entry["operation"], []).append(entry)
    return by_op


def recorded(operation: str, *, file: str | None = None, status: int = 200, index: int = 0) -> Any:
    """A real answer Dokploy v0.30.2 gave to ``operation`` (decoded; None when empty)."""
    entries = [
        e
        for e in _recordings().get(operation, [])
        if e["status"] == status and (file is None or e["file"] == file)
    ]
    if len(entries) <= index:
        pytest.skip(f"no recorded {status} answer to {operation}")
    text = entries[index]["body_text"]
    return copy.deepcopy(json.loads(text)) if text.strip() else None


def recorded_request(operation: str, *, file: str | None = None, index: int = 0) -> Any:
    entries = [e for e in _recordings().get(operation, []) if file is None or e["file"] == file]
    return copy.deepcopy(entries[index]["request_body"])


class FakeDokploy:
    """Scripted Dokploy: ``on(op, body1, body2, ...)`` answers in turn, the last one repeats."""

    def __init__(self) -> None:
        self.script: dict[str, list[tuple[int, Body]]] = {}
        self.seen: list[tuple[str, str, dict[str, Any]]] = []

    def on(self, operation: str, *bodies: Body, status: int = 200) -> FakeDokploy:
        self.script.setdefault(operation, []).extend((status, b) for b in bodies)
        return self

    def ops(self) -> list[str]:
        return [op for op, _, _ in self.seen]

    def sent(self, operation: str) -> list[dict[str, Any]]:
        return [args for op, _, args in self.seen if op == operation]

    def handle(self, request: httpx.Request) -> httpx.Response:
        operation = request.url.path.rsplit("/", 1)[-1]
        if request.method == "GET":
            args: dict[str, Any] = dict(request.url.params)
        else:
            args = json.loads(request.content) if request.content else {}
        self.seen.append((operation, request.method, args))
        queue = self.script.get(operation)
        if not queue:
            return httpx.Response(404, json={"message": f"unscripted {operation}", "code": "NOT_FOUND"})
        status, body = queue.pop(0) if len(queue) > 1 else queue[0]
        if callable(body):
            body = body(args)
        if body is None:
            return httpx.Response(status, content=b"")
        return httpx.Response(status, json=body)

    def client(self) -> Dokploy:
        transport = httpx.MockTransport(self.handle)
        return Dokploy(
            base_url="http://dokploy.test",
            api_key="test-key",
            http_client=httpx.Client(transport=transport),
        )

    def async_client(self) -> AsyncDokploy:
        transport = httpx.MockTransport(self.handle)
        return AsyncDokploy(
            base_url="http://dokploy.test",
            api_key="test-key",
            http_client=httpx.AsyncClient(transport=transport),
        )


def requires(*targets: str) -> None:
    """Skip unless this generated client has these operations (``"router.method"``): the
    suite judges a client generated for any Dokploy version, not only the committed one."""
    from dokploy._compat import client_version, has, wire_name

    absent = [wire_name(t) for t in targets if not has(t)]
    if absent:
        pytest.skip(
            f"this client was generated for Dokploy {client_version()}, which has no {', '.join(absent)}"
        )


def deployment(base: dict[str, Any], deployment_id: str, status: str, created_at: str) -> dict[str, Any]:
    """A recorded deployment with another id, status and creation time."""
    d = copy.deepcopy(base)
    d.update(deploymentId=deployment_id, status=status, createdAt=created_at)
    return d


Handler = Callable[[dict[str, Any]], Any]


# libsql.create's required fields, besides name and environment.
LIBSQL_FIELDS: dict[str, Any] = {
    "app_name": "libsql-x",
    "description": None,
    "database_user": "sqld",
    "database_password": "pw",
    "sqld_node": "primary",
    "sqld_primary_url": None,
    "server_id": None,
}
