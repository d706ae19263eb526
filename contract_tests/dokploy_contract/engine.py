"""The guard's hook on every client the kit hands out: checked before sending, taught after.

The kit adds no transport code and patches nothing: its clients are ordinary
``Dokploy``/``AsyncDokploy`` objects built with ``hooks=[GuardHook(...)]``, the
client's public seam (``dokploy.CallHook``). The call still goes through the
client's engine, httpx and, when recording or replaying, vcrpy's patched
transport; the hook is synchronous, so this one class serves both clients.
"""

from __future__ import annotations

from typing import Any

from pytest_socket import SocketBlockedError
from vcr.errors import CannotOverwriteExistingCassetteException

from dokploy import CallHook, OperationRequest

from .errors import CassetteMissError
from .guard import Guard, request_body

# What the transport raises when a replay has no answer (vcrpy) or a call tried the network.
MISSES = (CannotOverwriteExistingCassetteException, SocketBlockedError)


class MissHint:
    """What a replay miss tells the user: which call, which cassette, how to record it."""

    def __init__(self, cassette: str, selector: str) -> None:
        self.cassette = cassette
        self.selector = selector

    def error(self, operation: str, method: str, url: str, reason: str) -> CassetteMissError:
        return CassetteMissError(
            f"no recorded answer for {operation} ({method} {url}) in {self.cassette} ({reason}).\n"
            "Record it against a staging Dokploy (the kit creates and removes its own resources):\n"
            "  DOKPLOY_API_URL=https://dokploy.example.com DOKPLOY_API_KEY=... "
            f"pytest --dokploy-mode=record -k '{self.selector}'\n"
            "(the key must be created with rate limiting disabled)"
        )


def guarded_body(request: OperationRequest) -> Any:
    """What the guard checks of a call: a GET's query, else its JSON or multipart fields."""
    return request_body(
        request.method, {"params": request.params, "json": request.json, "files": request.files}
    )


class GuardHook(CallHook):
    """Asks the guard before each call is sent, teaches it from each answer, and turns a
    replay miss into a ``CassetteMissError`` saying how to record the call (``hint``)."""

    def __init__(self, guard: Guard, hint: MissHint | None) -> None:
        self.guard = guard
        self.hint = hint

    def before_send(self, request: OperationRequest) -> None:
        self.guard.check(request.operation, request.method, guarded_body(request), request.url)

    def after_decode(self, request: OperationRequest, data: Any) -> None:
        self.guard.learn(request.operation, data, guarded_body(request), request.url)

    def on_error(self, request: OperationRequest, error: Exception) -> Exception | None:
        if self.hint is None or not isinstance(error, MISSES):
            return None
        return self.hint.error(request.operation, request.method, request.url, type(error).__name__)
