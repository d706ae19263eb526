"""The engine interface generated operations run on: generated, do not edit.

Generated code builds requests and parses results; sending them (base URL, auth
header, retries, timeouts, empty bodies, error mapping) is the job of one
hand-written engine, ``dokploy._base_client``, that satisfies these protocols.
"""

from __future__ import annotations

from typing import Any, Protocol


class SyncEngine(Protocol):
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


class AsyncEngine(Protocol):
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
