"""The guarded engine the kit's clients run on: guard first, then the real engine.

Wrapping the client's own engine (rather than adding transport code) keeps the
kit free of HTTP logic: the call still goes through ``dokploy._base_client``,
httpx and, when recording or replaying, vcrpy's patched transport.
"""

from __future__ import annotations

from typing import Any

from pytest_socket import SocketBlockedError
from vcr.errors import CannotOverwriteExistingCassetteException

from dokploy._base_client import AsyncEngine, SyncEngine
from dokploy._finding import AsyncFindsCreated, FindsCreated

from .errors import CassetteMissError
from .guard import Guard, request_body


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


class GuardedEngine(FindsCreated):
    """A ``SyncEngine`` that asks the guard before sending and teaches it from answers."""

    def __init__(self, inner: SyncEngine, guard: Guard, hint: MissHint | None) -> None:
        self.inner = inner
        self.guard = guard
        self.hint = hint

    @property
    def base_url(self) -> str:
        return self.inner.base_url

    def request(self, operation: str, *, method: str, url: str, **kwargs: Any) -> Any:
        body = request_body(method, kwargs)
        self.guard.check(operation, method, body, url)
        try:
            data = self.inner.request(operation, method=method, url=url, **kwargs)
        except (CannotOverwriteExistingCassetteException, SocketBlockedError) as exc:
            if self.hint is None:
                raise
            raise self.hint.error(operation, method, url, type(exc).__name__) from exc
        self.guard.learn(operation, data, body, url)
        return data

    def close(self) -> None:
        self.inner.close()


class AsyncGuardedEngine(AsyncFindsCreated):
    """The async twin of ``GuardedEngine``."""

    def __init__(self, inner: AsyncEngine, guard: Guard, hint: MissHint | None) -> None:
        self.inner = inner
        self.guard = guard
        self.hint = hint

    @property
    def base_url(self) -> str:
        return self.inner.base_url

    async def request(self, operation: str, *, method: str, url: str, **kwargs: Any) -> Any:
        body = request_body(method, kwargs)
        self.guard.check(operation, method, body, url)
        try:
            data = await self.inner.request(operation, method=method, url=url, **kwargs)
        except (CannotOverwriteExistingCassetteException, SocketBlockedError) as exc:
            if self.hint is None:
                raise
            raise self.hint.error(operation, method, url, type(exc).__name__) from exc
        self.guard.learn(operation, data, body, url)
        return data

    async def aclose(self) -> None:
        await self.inner.aclose()
