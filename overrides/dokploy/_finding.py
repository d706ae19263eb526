"""The engines' ``create_and_find`` hook: a create answering no record, returning it.

Generated methods of the creates in ``dokploy_api.facts.FINDERS`` call it (see
``dokploy_api.client``). Mixed into every engine, the sync and async one and any
wrapping engine, so a workflow's listing calls take that engine's own path. One
workflow (``_created.find_created``) under both runners; imports wait for the
first call, since the engine module is imported by everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from dokploy_api.api import AsyncResources, Resources
    from dokploy_api.client import AsyncEngine, SyncEngine
    from dokploy_api.facts import Finder


def routers_on(engine: object, *, asynchronous: bool) -> Resources | AsyncResources:
    """Every router bound to ``engine`` (created on first use)."""
    from dokploy_api.api import AsyncResources, Resources

    resources = AsyncResources() if asynchronous else Resources()
    resources._engine = engine
    return resources


class FindsCreated:
    """``create_and_find`` for a sync engine (``dokploy_api.client.SyncEngine``)."""

    def create_and_find(
        self: SyncEngine, finder: Finder, create: Callable[[], object], arguments: dict[str, Any]
    ) -> Any:
        from ._created import find_created
        from ._steps import run_sync

        return run_sync(find_created(finder, create, arguments), routers_on(self, asynchronous=False))


class AsyncFindsCreated:
    """``create_and_find`` for an async engine: the same workflow, awaited."""

    async def create_and_find(
        self: AsyncEngine, finder: Finder, create: Callable[[], Awaitable[object]], arguments: dict[str, Any]
    ) -> Any:
        from ._created import find_created
        from ._steps import run_async

        return await run_async(find_created(finder, create, arguments), routers_on(self, asynchronous=True))
