"""The engine interface generated operations run on: generated, do not edit.

Generated code builds requests and parses results; sending them (base URL, auth
header, retries, timeouts, empty bodies, error mapping) is the job of one
hand-written engine that satisfies these protocols: ``dokploy._base_client``'s
``HTTPEngine`` (for ``SyncEngine``) and ``AsyncHTTPEngine`` (for ``AsyncEngine``).
The protocols are the interface; only those classes implement it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from .facts import Finder


class SyncEngine(Protocol):
    """What a synchronous generated operation sends through (``Dokploy``'s engine)."""

    def request(
        self,
        operation: str,
        *,
        method: str,
        url: str,
        params: dict[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
    ) -> Any:
        """Send one operation; return the decoded JSON body (None when empty) or raise."""
        ...

    def create_and_find(self, finder: Finder, create: Callable[[], object], arguments: dict[str, Any]) -> Any:
        """Run ``create`` (a create answering no record) and return the record it made.

        ``finder`` (a row of ``facts.FINDERS``) says where the record shows up;
        ``arguments`` are the create's keyword arguments (unset ones included).
        """
        ...


class AsyncEngine(Protocol):
    """What an async generated operation awaits (``AsyncDokploy``'s engine)."""

    async def request(
        self,
        operation: str,
        *,
        method: str,
        url: str,
        params: dict[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
    ) -> Any:
        """Send one operation; return the decoded JSON body (None when empty) or raise."""
        ...

    async def create_and_find(
        self, finder: Finder, create: Callable[[], Awaitable[object]], arguments: dict[str, Any]
    ) -> Any:
        """``SyncEngine.create_and_find`` on the async engine."""
        ...
