"""``Dokploy`` and ``AsyncDokploy``: typed routers, dynamic ``call``, and workflows."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx

from dokploy_api.api import AsyncResources, Resources

from . import _operations
from ._base_client import DEFAULT_MAX_RETRIES, AsyncEngine, SyncEngine, resolve_settings


class Dokploy(Resources):
    """A client for one Dokploy instance.

    ``client.project.one(project_id=...)`` and every other operation are typed;
    ``client.call("project.one", projectId=...)`` reaches the same operation by
    its wire name. URL and key default to ``DOKPLOY_API_URL`` / ``DOKPLOY_API_KEY``.
    """

    _engine: SyncEngine

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        url, key = resolve_settings(base_url, api_key)
        self._engine = SyncEngine(
            base_url=url,
            api_key=key,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
        )

    @property
    def base_url(self) -> str:
        return self._engine.base_url

    def call(
        self, operation: str, arguments: Mapping[str, Any] | None = None, /, **keywords: Any
    ) -> Any:
        """Run ``router.procedure`` with the spec's wire names; returns the typed result.

        ``client.call("project.one", projectId=pid)`` or, for tools that hold a
        dict, ``client.call("project.create", {"name": "web"})``.
        """
        info = _operations.lookup(operation)
        request = _operations.request_kwargs(info, arguments, keywords)
        data = self._engine.request(operation, **request)
        return _operations.parse(operation, data)

    def close(self) -> None:
        self._engine.close()

    def __enter__(self) -> Dokploy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncDokploy(AsyncResources):
    """The async twin of ``Dokploy``, on ``httpx.AsyncClient``."""

    _engine: AsyncEngine

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        url, key = resolve_settings(base_url, api_key)
        self._engine = AsyncEngine(
            base_url=url,
            api_key=key,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
        )

    @property
    def base_url(self) -> str:
        return self._engine.base_url

    async def call(
        self, operation: str, arguments: Mapping[str, Any] | None = None, /, **keywords: Any
    ) -> Any:
        info = _operations.lookup(operation)
        request = _operations.request_kwargs(info, arguments, keywords)
        data = await self._engine.request(operation, **request)
        return _operations.parse(operation, data)

    async def close(self) -> None:
        await self._engine.aclose()

    async def __aenter__(self) -> AsyncDokploy:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
