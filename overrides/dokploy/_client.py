"""``Dokploy`` and ``AsyncDokploy``: typed routers, dynamic ``call``, and workflows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from dokploy_api.api import AsyncResources, Resources

from . import _compat, _operations
from ._base_client import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    ClientT,
    NotGiven,
    Timeout,
    resolve_settings,
)
from ._compat import AsyncCheckedEngine, CheckedEngine, ServerFacts, _Checked
from ._hooks import CallHook
from ._now import now

# Workflow helpers load on first use: importing the client must stay cheap.
if TYPE_CHECKING:
    from collections.abc import Coroutine, Iterable, Mapping
    from types import TracebackType


EngineT = TypeVar("EngineT", bound="_Checked[Any]")


class _Client(Generic[EngineT, ClientT]):
    """What ``Dokploy`` and ``AsyncDokploy`` share: settings, engine, hooks, versions and
    the request of ``call``. Each adds only what it runs blocking or awaited."""

    _engine: EngineT
    _engine_class: type[EngineT]

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: ClientT | None = None,
        default_headers: Mapping[str, str] | None = None,
        hooks: Iterable[CallHook] = (),
    ) -> None:
        url, key = resolve_settings(base_url, api_key)
        self._engine = self._engine_class(
            base_url=url,
            api_key=key,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_headers=default_headers,
            hooks=hooks,
        )
        self._facts = self._engine.facts = ServerFacts(url)

    @property
    def base_url(self) -> str:
        return self._engine.base_url

    @property
    def hooks(self) -> list[CallHook]:
        """The ``CallHook`` objects run around every call, in order (``hooks=``).

        The engine reads this list at each call: append or remove at any time, and
        every router sees the change, whenever it was first used.
        """
        return self._engine.hooks

    @property
    def client_version(self) -> str:
        """The Dokploy version this client was generated for (``generated/spec.lock.json``)."""
        return self._facts.client

    def _call_json(
        self, operation: str, arguments: Mapping[str, Any] | None, keywords: dict[str, Any]
    ) -> Coroutine[Any, Any, Any]:
        """``call_json``'s engine call, by wire names: awaited, or completed by ``now``."""
        info = _operations.lookup(operation)
        return self._engine._call(operation, **_operations.request_kwargs(info, arguments, keywords))


class Dokploy(_Client[CheckedEngine, httpx.Client], Resources):
    """A client for one Dokploy instance.

    ``client.project.one(project_id=...)`` and every other operation are typed;
    ``client.call("project.one", projectId=...)`` reaches the same operation by
    its wire name. URL and key default to ``DOKPLOY_API_URL`` / ``DOKPLOY_API_KEY``.
    ``hooks=[...]``: ``dokploy.CallHook`` objects run before, after and on the error
    of every call (to log, audit, refuse or translate errors).
    """

    _engine_class = CheckedEngine

    def server_version(self) -> str:
        """The Dokploy version the server runs (``settings.getDokployVersion``), asked once.

        A ``VersionMismatchWarning`` says so (once per client) when it is not
        ``client_version``.
        """
        if self._facts.version is None:
            self._facts.learn(_compat.operation(self, "settings.get_dokploy_version")())
        return str(self._facts.version)

    def call(self, operation: str, arguments: Mapping[str, Any] | None = None, /, **keywords: Any) -> Any:
        """Run ``router.procedure`` with the spec's wire names; returns the typed result.

        ``client.call("project.one", projectId=pid)`` or, for tools that hold a
        dict, ``client.call("project.create", {"name": "web"})``.
        """
        return _operations.parse(operation, self.call_json(operation, arguments, **keywords))

    def call_json(
        self, operation: str, arguments: Mapping[str, Any] | None = None, /, **keywords: Any
    ) -> Any:
        """Like ``call``, but the decoded JSON as Dokploy sent it, no model parsed (None when empty).

        For tools that compare or store raw answers; hooks, retries and errors are ``call``'s.
        """
        return now(self._call_json(operation, arguments, keywords))

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


class AsyncDokploy(_Client[AsyncCheckedEngine, httpx.AsyncClient], AsyncResources):
    """The async twin of ``Dokploy``, on ``httpx.AsyncClient``."""

    _engine_class = AsyncCheckedEngine

    async def server_version(self) -> str:
        """The Dokploy version the server runs, asked once (see ``Dokploy.server_version``)."""
        if self._facts.version is None:
            self._facts.learn(await _compat.operation(self, "settings.get_dokploy_version")())
        return str(self._facts.version)

    async def call(
        self, operation: str, arguments: Mapping[str, Any] | None = None, /, **keywords: Any
    ) -> Any:
        """``Dokploy.call``, awaited."""
        return _operations.parse(operation, await self.call_json(operation, arguments, **keywords))

    async def call_json(
        self, operation: str, arguments: Mapping[str, Any] | None = None, /, **keywords: Any
    ) -> Any:
        """Like ``call``, but the decoded JSON as Dokploy sent it (see ``Dokploy.call_json``)."""
        return await self._call_json(operation, arguments, keywords)

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
