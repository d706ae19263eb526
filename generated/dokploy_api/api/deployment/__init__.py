"""Operations of Dokploy's `deployment` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.deployment_all_by_type_item import DeploymentAllByTypeItem
    from ...models.deployment_all_by_type_type import DeploymentAllByTypeType
    from ...models.deployment_all_centralized_item import DeploymentAllCentralizedItem
    from ...models.deployment_all_item import DeploymentAllItem
    from ...models.deployment_queue_list_item import DeploymentQueueListItem
    from ...types import Unset


class DeploymentResource:
    """`deployment.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
        *,
        application_id: str,
    ) -> list[DeploymentAllItem]:
        """`GET /deployment.all`"""
        from .deployment_all import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def all_by_compose(
        self,
        *,
        compose_id: str,
    ) -> list[DeploymentAllItem]:
        """`GET /deployment.allByCompose`"""
        from .deployment_all_by_compose import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def all_by_server(
        self,
        *,
        server_id: str,
    ) -> list[DeploymentAllItem]:
        """`GET /deployment.allByServer`"""
        from .deployment_all_by_server import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def all_by_type(
        self,
        *,
        id: str,
        type_: DeploymentAllByTypeType,
    ) -> list[DeploymentAllByTypeItem]:
        """`GET /deployment.allByType`"""
        from .deployment_all_by_type import sync

        return sync(
            id=id,
            type_=type_,
            client=self._engine,
        )

    def all_centralized(
        self,
    ) -> list[DeploymentAllCentralizedItem]:
        """`GET /deployment.allCentralized`"""
        from .deployment_all_centralized import sync

        return sync(
            client=self._engine,
        )

    def kill_process(
        self,
        *,
        deployment_id: str,
    ) -> None:
        """`POST /deployment.killProcess`"""
        from .deployment_kill_process import sync

        return sync(
            deployment_id=deployment_id,
            client=self._engine,
        )

    def queue_list(
        self,
    ) -> list[DeploymentQueueListItem]:
        """`GET /deployment.queueList`"""
        from .deployment_queue_list import sync

        return sync(
            client=self._engine,
        )

    def read_logs(
        self,
        *,
        deployment_id: str,
        tail: int | Unset = 100,
    ) -> str:
        """`GET /deployment.readLogs`"""
        from .deployment_read_logs import sync

        return sync(
            deployment_id=deployment_id,
            tail=tail,
            client=self._engine,
        )

    def remove_deployment(
        self,
        *,
        deployment_id: str,
    ) -> DeploymentAllItem | None:
        """`POST /deployment.removeDeployment`"""
        from .deployment_remove_deployment import sync

        return sync(
            deployment_id=deployment_id,
            client=self._engine,
        )


class AsyncDeploymentResource:
    """`deployment.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
        *,
        application_id: str,
    ) -> list[DeploymentAllItem]:
        """`GET /deployment.all`"""
        from .deployment_all import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def all_by_compose(
        self,
        *,
        compose_id: str,
    ) -> list[DeploymentAllItem]:
        """`GET /deployment.allByCompose`"""
        from .deployment_all_by_compose import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def all_by_server(
        self,
        *,
        server_id: str,
    ) -> list[DeploymentAllItem]:
        """`GET /deployment.allByServer`"""
        from .deployment_all_by_server import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def all_by_type(
        self,
        *,
        id: str,
        type_: DeploymentAllByTypeType,
    ) -> list[DeploymentAllByTypeItem]:
        """`GET /deployment.allByType`"""
        from .deployment_all_by_type import asyncio

        return await asyncio(
            id=id,
            type_=type_,
            client=self._engine,
        )

    async def all_centralized(
        self,
    ) -> list[DeploymentAllCentralizedItem]:
        """`GET /deployment.allCentralized`"""
        from .deployment_all_centralized import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def kill_process(
        self,
        *,
        deployment_id: str,
    ) -> None:
        """`POST /deployment.killProcess`"""
        from .deployment_kill_process import asyncio

        return await asyncio(
            deployment_id=deployment_id,
            client=self._engine,
        )

    async def queue_list(
        self,
    ) -> list[DeploymentQueueListItem]:
        """`GET /deployment.queueList`"""
        from .deployment_queue_list import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def read_logs(
        self,
        *,
        deployment_id: str,
        tail: int | Unset = 100,
    ) -> str:
        """`GET /deployment.readLogs`"""
        from .deployment_read_logs import asyncio

        return await asyncio(
            deployment_id=deployment_id,
            tail=tail,
            client=self._engine,
        )

    async def remove_deployment(
        self,
        *,
        deployment_id: str,
    ) -> DeploymentAllItem | None:
        """`POST /deployment.removeDeployment`"""
        from .deployment_remove_deployment import asyncio

        return await asyncio(
            deployment_id=deployment_id,
            client=self._engine,
        )
