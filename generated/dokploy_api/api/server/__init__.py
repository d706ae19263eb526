"""Operations of Dokploy's `server` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.metrics_config import MetricsConfig
    from ...models.server import Server
    from ...models.server_all_for_permissions_item import ServerAllForPermissionsItem
    from ...models.server_all_item import ServerAllItem
    from ...models.server_create_body_server_type import ServerCreateBodyServerType
    from ...models.server_create_result import ServerCreateResult
    from ...models.server_get_server_metrics_item import ServerGetServerMetricsItem
    from ...models.server_get_server_time_result import ServerGetServerTimeResult
    from ...models.server_security_result import ServerSecurityResult
    from ...models.server_update_body_server_type import ServerUpdateBodyServerType
    from ...models.server_validate_result import ServerValidateResult


class ServerResource:
    """`server.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[ServerAllItem]:
        """`GET /server.all`"""
        from .server_all import sync

        return sync(
            client=self._engine,
        )

    def all_for_permissions(
        self,
    ) -> list[ServerAllForPermissionsItem]:
        """`GET /server.allForPermissions`"""
        from .server_all_for_permissions import sync

        return sync(
            client=self._engine,
        )

    def build_servers(
        self,
    ) -> list[ServerCreateResult]:
        """`GET /server.buildServers`"""
        from .server_build_servers import sync

        return sync(
            client=self._engine,
        )

    def count(
        self,
    ) -> float:
        """`GET /server.count`"""
        from .server_count import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        description: None | str,
        ip_address: str,
        port: float,
        username: str,
        ssh_key_id: None | str,
        server_type: ServerCreateBodyServerType,
        enable_docker_cleanup: bool | Unset = True,
    ) -> ServerCreateResult:
        """`POST /server.create`"""
        from .server_create import sync

        return sync(
            name=name,
            description=description,
            ip_address=ip_address,
            port=port,
            username=username,
            ssh_key_id=ssh_key_id,
            server_type=server_type,
            enable_docker_cleanup=enable_docker_cleanup,
            client=self._engine,
        )

    def get_default_command(
        self,
        *,
        server_id: str,
    ) -> str:
        """`GET /server.getDefaultCommand`"""
        from .server_get_default_command import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_server_metrics(
        self,
        *,
        url_query: str,
        token: str,
        data_points: str,
    ) -> list[ServerGetServerMetricsItem]:
        """`GET /server.getServerMetrics`"""
        from .server_get_server_metrics import sync

        return sync(
            url_query=url_query,
            token=token,
            data_points=data_points,
            client=self._engine,
        )

    def get_server_time(
        self,
    ) -> None | ServerGetServerTimeResult:
        """`GET /server.getServerTime`"""
        from .server_get_server_time import sync

        return sync(
            client=self._engine,
        )

    def one(
        self,
        *,
        server_id: str,
    ) -> Server:
        """`GET /server.one`"""
        from .server_one import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def public_ip(
        self,
    ) -> None | str:
        """`GET /server.publicIp`"""
        from .server_public_ip import sync

        return sync(
            client=self._engine,
        )

    def remove(
        self,
        *,
        server_id: str,
    ) -> Server:
        """`POST /server.remove`"""
        from .server_remove import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def security(
        self,
        *,
        server_id: str,
    ) -> ServerSecurityResult:
        """`GET /server.security`"""
        from .server_security import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def setup(
        self,
        *,
        server_id: str,
    ) -> None:
        """`POST /server.setup`"""
        from .server_setup import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def setup_monitoring(
        self,
        *,
        server_id: str,
        metrics_config: MetricsConfig,
    ) -> None:
        """`POST /server.setupMonitoring`"""
        from .server_setup_monitoring import sync

        return sync(
            server_id=server_id,
            metrics_config=metrics_config,
            client=self._engine,
        )

    def update(
        self,
        *,
        name: str,
        description: None | str,
        server_id: str,
        ip_address: str,
        port: float,
        username: str,
        ssh_key_id: None | str,
        server_type: ServerUpdateBodyServerType,
        enable_docker_cleanup: bool | Unset = True,
        command: str | Unset = UNSET,
    ) -> None | ServerCreateResult:
        """`POST /server.update`"""
        from .server_update import sync

        return sync(
            name=name,
            description=description,
            server_id=server_id,
            ip_address=ip_address,
            port=port,
            username=username,
            ssh_key_id=ssh_key_id,
            server_type=server_type,
            enable_docker_cleanup=enable_docker_cleanup,
            command=command,
            client=self._engine,
        )

    def update_builds_concurrency(
        self,
        *,
        server_id: str,
        builds_concurrency: int,
    ) -> None | ServerCreateResult:
        """`POST /server.updateBuildsConcurrency`"""
        from .server_update_builds_concurrency import sync

        return sync(
            server_id=server_id,
            builds_concurrency=builds_concurrency,
            client=self._engine,
        )

    def validate(
        self,
        *,
        server_id: str,
    ) -> ServerValidateResult:
        """`GET /server.validate`"""
        from .server_validate import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def with_ssh_key(
        self,
    ) -> list[ServerCreateResult]:
        """`GET /server.withSSHKey`"""
        from .server_with_ssh_key import sync

        return sync(
            client=self._engine,
        )


class AsyncServerResource:
    """`server.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[ServerAllItem]:
        """`GET /server.all`"""
        from .server_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def all_for_permissions(
        self,
    ) -> list[ServerAllForPermissionsItem]:
        """`GET /server.allForPermissions`"""
        from .server_all_for_permissions import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def build_servers(
        self,
    ) -> list[ServerCreateResult]:
        """`GET /server.buildServers`"""
        from .server_build_servers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def count(
        self,
    ) -> float:
        """`GET /server.count`"""
        from .server_count import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        description: None | str,
        ip_address: str,
        port: float,
        username: str,
        ssh_key_id: None | str,
        server_type: ServerCreateBodyServerType,
        enable_docker_cleanup: bool | Unset = True,
    ) -> ServerCreateResult:
        """`POST /server.create`"""
        from .server_create import asyncio

        return await asyncio(
            name=name,
            description=description,
            ip_address=ip_address,
            port=port,
            username=username,
            ssh_key_id=ssh_key_id,
            server_type=server_type,
            enable_docker_cleanup=enable_docker_cleanup,
            client=self._engine,
        )

    async def get_default_command(
        self,
        *,
        server_id: str,
    ) -> str:
        """`GET /server.getDefaultCommand`"""
        from .server_get_default_command import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_server_metrics(
        self,
        *,
        url_query: str,
        token: str,
        data_points: str,
    ) -> list[ServerGetServerMetricsItem]:
        """`GET /server.getServerMetrics`"""
        from .server_get_server_metrics import asyncio

        return await asyncio(
            url_query=url_query,
            token=token,
            data_points=data_points,
            client=self._engine,
        )

    async def get_server_time(
        self,
    ) -> None | ServerGetServerTimeResult:
        """`GET /server.getServerTime`"""
        from .server_get_server_time import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def one(
        self,
        *,
        server_id: str,
    ) -> Server:
        """`GET /server.one`"""
        from .server_one import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def public_ip(
        self,
    ) -> None | str:
        """`GET /server.publicIp`"""
        from .server_public_ip import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def remove(
        self,
        *,
        server_id: str,
    ) -> Server:
        """`POST /server.remove`"""
        from .server_remove import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def security(
        self,
        *,
        server_id: str,
    ) -> ServerSecurityResult:
        """`GET /server.security`"""
        from .server_security import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def setup(
        self,
        *,
        server_id: str,
    ) -> None:
        """`POST /server.setup`"""
        from .server_setup import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def setup_monitoring(
        self,
        *,
        server_id: str,
        metrics_config: MetricsConfig,
    ) -> None:
        """`POST /server.setupMonitoring`"""
        from .server_setup_monitoring import asyncio

        return await asyncio(
            server_id=server_id,
            metrics_config=metrics_config,
            client=self._engine,
        )

    async def update(
        self,
        *,
        name: str,
        description: None | str,
        server_id: str,
        ip_address: str,
        port: float,
        username: str,
        ssh_key_id: None | str,
        server_type: ServerUpdateBodyServerType,
        enable_docker_cleanup: bool | Unset = True,
        command: str | Unset = UNSET,
    ) -> None | ServerCreateResult:
        """`POST /server.update`"""
        from .server_update import asyncio

        return await asyncio(
            name=name,
            description=description,
            server_id=server_id,
            ip_address=ip_address,
            port=port,
            username=username,
            ssh_key_id=ssh_key_id,
            server_type=server_type,
            enable_docker_cleanup=enable_docker_cleanup,
            command=command,
            client=self._engine,
        )

    async def update_builds_concurrency(
        self,
        *,
        server_id: str,
        builds_concurrency: int,
    ) -> None | ServerCreateResult:
        """`POST /server.updateBuildsConcurrency`"""
        from .server_update_builds_concurrency import asyncio

        return await asyncio(
            server_id=server_id,
            builds_concurrency=builds_concurrency,
            client=self._engine,
        )

    async def validate(
        self,
        *,
        server_id: str,
    ) -> ServerValidateResult:
        """`GET /server.validate`"""
        from .server_validate import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def with_ssh_key(
        self,
    ) -> list[ServerCreateResult]:
        """`GET /server.withSSHKey`"""
        from .server_with_ssh_key import asyncio

        return await asyncio(
            client=self._engine,
        )
