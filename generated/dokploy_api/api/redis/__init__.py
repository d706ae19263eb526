"""Operations of Dokploy's `redis` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_search_result import ApplicationSearchResult
    from ...models.endpoint_spec_swarm import EndpointSpecSwarm
    from ...models.health_check_swarm import HealthCheckSwarm
    from ...models.labels_swarm import LabelsSwarm
    from ...models.mode_swarm import ModeSwarm
    from ...models.network_swarm_item import NetworkSwarmItem
    from ...models.placement_swarm import PlacementSwarm
    from ...models.redis import Redis
    from ...models.redis_change_status_body_application_status import RedisChangeStatusBodyApplicationStatus
    from ...models.redis_create_result import RedisCreateResult
    from ...models.redis_update_body_application_status import RedisUpdateBodyApplicationStatus
    from ...models.restart_policy_swarm import RestartPolicySwarm
    from ...models.ulimits_swarm_item import UlimitsSwarmItem
    from ...models.update_config_swarm import UpdateConfigSwarm


class RedisResource:
    """`redis.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def change_password(
        self,
        *,
        redis_id: str,
        password: str,
    ) -> bool:
        """`POST /redis.changePassword`"""
        from .redis_change_password import sync

        return sync(
            redis_id=redis_id,
            password=password,
            client=self._engine,
        )

    def change_status(
        self,
        *,
        redis_id: str,
        application_status: RedisChangeStatusBodyApplicationStatus,
    ) -> Redis:
        """`POST /redis.changeStatus`"""
        from .redis_change_status import sync

        return sync(
            redis_id=redis_id,
            application_status=application_status,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        database_password: str,
        environment_id: str,
        app_name: str | Unset = UNSET,
        docker_image: str | Unset = "redis:8",
        description: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
    ) -> RedisCreateResult:
        """`POST /redis.create`"""
        from .redis_create import sync

        return sync(
            name=name,
            database_password=database_password,
            environment_id=environment_id,
            app_name=app_name,
            docker_image=docker_image,
            description=description,
            server_id=server_id,
            client=self._engine,
        )

    def deploy(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`POST /redis.deploy`"""
        from .redis_deploy import sync

        return sync(
            redis_id=redis_id,
            client=self._engine,
        )

    def move(
        self,
        *,
        redis_id: str,
        target_environment_id: str,
    ) -> RedisCreateResult:
        """`POST /redis.move`"""
        from .redis_move import sync

        return sync(
            redis_id=redis_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`GET /redis.one`"""
        from .redis_one import sync

        return sync(
            redis_id=redis_id,
            client=self._engine,
        )

    def read_logs(
        self,
        *,
        redis_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /redis.readLogs`"""
        from .redis_read_logs import sync

        return sync(
            redis_id=redis_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    def rebuild(
        self,
        *,
        redis_id: str,
    ) -> bool:
        """`POST /redis.rebuild`"""
        from .redis_rebuild import sync

        return sync(
            redis_id=redis_id,
            client=self._engine,
        )

    def reload(
        self,
        *,
        redis_id: str,
        app_name: str,
    ) -> bool:
        """`POST /redis.reload`"""
        from .redis_reload import sync

        return sync(
            redis_id=redis_id,
            app_name=app_name,
            client=self._engine,
        )

    def remove(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`POST /redis.remove`"""
        from .redis_remove import sync

        return sync(
            redis_id=redis_id,
            client=self._engine,
        )

    def save_environment(
        self,
        *,
        redis_id: str,
        env: None | str,
    ) -> bool:
        """`POST /redis.saveEnvironment`"""
        from .redis_save_environment import sync

        return sync(
            redis_id=redis_id,
            env=env,
            client=self._engine,
        )

    def save_external_port(
        self,
        *,
        redis_id: str,
        external_port: float | None,
    ) -> Redis:
        """`POST /redis.saveExternalPort`"""
        from .redis_save_external_port import sync

        return sync(
            redis_id=redis_id,
            external_port=external_port,
            client=self._engine,
        )

    def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /redis.search`"""
        from .redis_search import sync

        return sync(
            q=q,
            name=name,
            app_name=app_name,
            description=description,
            project_id=project_id,
            environment_id=environment_id,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    def start(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`POST /redis.start`"""
        from .redis_start import sync

        return sync(
            redis_id=redis_id,
            client=self._engine,
        )

    def stop(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`POST /redis.stop`"""
        from .redis_stop import sync

        return sync(
            redis_id=redis_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        redis_id: str,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        database_password: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        command: None | str | Unset = UNSET,
        args: list[str] | None | Unset = UNSET,
        env: None | str | Unset = UNSET,
        memory_reservation: None | str | Unset = UNSET,
        memory_limit: None | str | Unset = UNSET,
        cpu_reservation: None | str | Unset = UNSET,
        cpu_limit: None | str | Unset = UNSET,
        external_port: float | None | Unset = UNSET,
        created_at: str | Unset = UNSET,
        application_status: RedisUpdateBodyApplicationStatus | Unset = UNSET,
        health_check_swarm: HealthCheckSwarm | None | Unset = UNSET,
        restart_policy_swarm: None | RestartPolicySwarm | Unset = UNSET,
        placement_swarm: None | PlacementSwarm | Unset = UNSET,
        update_config_swarm: None | Unset | UpdateConfigSwarm = UNSET,
        rollback_config_swarm: None | Unset | UpdateConfigSwarm = UNSET,
        mode_swarm: ModeSwarm | None | Unset = UNSET,
        labels_swarm: LabelsSwarm | None | Unset = UNSET,
        network_swarm: list[NetworkSwarmItem] | None | Unset = UNSET,
        stop_grace_period_swarm: float | None | Unset = UNSET,
        endpoint_spec_swarm: EndpointSpecSwarm | None | Unset = UNSET,
        ulimits_swarm: list[UlimitsSwarmItem] | None | Unset = UNSET,
        replicas: float | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        network_ids: list[str] | None | Unset = UNSET,
        detach_dokploy_network: bool | Unset = UNSET,
    ) -> bool:
        """`POST /redis.update`"""
        from .redis_update import sync

        return sync(
            redis_id=redis_id,
            name=name,
            app_name=app_name,
            description=description,
            database_password=database_password,
            docker_image=docker_image,
            command=command,
            args=args,
            env=env,
            memory_reservation=memory_reservation,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            external_port=external_port,
            created_at=created_at,
            application_status=application_status,
            health_check_swarm=health_check_swarm,
            restart_policy_swarm=restart_policy_swarm,
            placement_swarm=placement_swarm,
            update_config_swarm=update_config_swarm,
            rollback_config_swarm=rollback_config_swarm,
            mode_swarm=mode_swarm,
            labels_swarm=labels_swarm,
            network_swarm=network_swarm,
            stop_grace_period_swarm=stop_grace_period_swarm,
            endpoint_spec_swarm=endpoint_spec_swarm,
            ulimits_swarm=ulimits_swarm,
            replicas=replicas,
            environment_id=environment_id,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            client=self._engine,
        )


class AsyncRedisResource:
    """`redis.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def change_password(
        self,
        *,
        redis_id: str,
        password: str,
    ) -> bool:
        """`POST /redis.changePassword`"""
        from .redis_change_password import asyncio

        return await asyncio(
            redis_id=redis_id,
            password=password,
            client=self._engine,
        )

    async def change_status(
        self,
        *,
        redis_id: str,
        application_status: RedisChangeStatusBodyApplicationStatus,
    ) -> Redis:
        """`POST /redis.changeStatus`"""
        from .redis_change_status import asyncio

        return await asyncio(
            redis_id=redis_id,
            application_status=application_status,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        database_password: str,
        environment_id: str,
        app_name: str | Unset = UNSET,
        docker_image: str | Unset = "redis:8",
        description: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
    ) -> RedisCreateResult:
        """`POST /redis.create`"""
        from .redis_create import asyncio

        return await asyncio(
            name=name,
            database_password=database_password,
            environment_id=environment_id,
            app_name=app_name,
            docker_image=docker_image,
            description=description,
            server_id=server_id,
            client=self._engine,
        )

    async def deploy(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`POST /redis.deploy`"""
        from .redis_deploy import asyncio

        return await asyncio(
            redis_id=redis_id,
            client=self._engine,
        )

    async def move(
        self,
        *,
        redis_id: str,
        target_environment_id: str,
    ) -> RedisCreateResult:
        """`POST /redis.move`"""
        from .redis_move import asyncio

        return await asyncio(
            redis_id=redis_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`GET /redis.one`"""
        from .redis_one import asyncio

        return await asyncio(
            redis_id=redis_id,
            client=self._engine,
        )

    async def read_logs(
        self,
        *,
        redis_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /redis.readLogs`"""
        from .redis_read_logs import asyncio

        return await asyncio(
            redis_id=redis_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    async def rebuild(
        self,
        *,
        redis_id: str,
    ) -> bool:
        """`POST /redis.rebuild`"""
        from .redis_rebuild import asyncio

        return await asyncio(
            redis_id=redis_id,
            client=self._engine,
        )

    async def reload(
        self,
        *,
        redis_id: str,
        app_name: str,
    ) -> bool:
        """`POST /redis.reload`"""
        from .redis_reload import asyncio

        return await asyncio(
            redis_id=redis_id,
            app_name=app_name,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`POST /redis.remove`"""
        from .redis_remove import asyncio

        return await asyncio(
            redis_id=redis_id,
            client=self._engine,
        )

    async def save_environment(
        self,
        *,
        redis_id: str,
        env: None | str,
    ) -> bool:
        """`POST /redis.saveEnvironment`"""
        from .redis_save_environment import asyncio

        return await asyncio(
            redis_id=redis_id,
            env=env,
            client=self._engine,
        )

    async def save_external_port(
        self,
        *,
        redis_id: str,
        external_port: float | None,
    ) -> Redis:
        """`POST /redis.saveExternalPort`"""
        from .redis_save_external_port import asyncio

        return await asyncio(
            redis_id=redis_id,
            external_port=external_port,
            client=self._engine,
        )

    async def search(
        self,
        *,
        q: str | Unset = UNSET,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        limit: float | Unset = 20.0,
        offset: float | Unset = 0.0,
    ) -> ApplicationSearchResult:
        """`GET /redis.search`"""
        from .redis_search import asyncio

        return await asyncio(
            q=q,
            name=name,
            app_name=app_name,
            description=description,
            project_id=project_id,
            environment_id=environment_id,
            limit=limit,
            offset=offset,
            client=self._engine,
        )

    async def start(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`POST /redis.start`"""
        from .redis_start import asyncio

        return await asyncio(
            redis_id=redis_id,
            client=self._engine,
        )

    async def stop(
        self,
        *,
        redis_id: str,
    ) -> Redis:
        """`POST /redis.stop`"""
        from .redis_stop import asyncio

        return await asyncio(
            redis_id=redis_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        redis_id: str,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        database_password: str | Unset = UNSET,
        docker_image: str | Unset = UNSET,
        command: None | str | Unset = UNSET,
        args: list[str] | None | Unset = UNSET,
        env: None | str | Unset = UNSET,
        memory_reservation: None | str | Unset = UNSET,
        memory_limit: None | str | Unset = UNSET,
        cpu_reservation: None | str | Unset = UNSET,
        cpu_limit: None | str | Unset = UNSET,
        external_port: float | None | Unset = UNSET,
        created_at: str | Unset = UNSET,
        application_status: RedisUpdateBodyApplicationStatus | Unset = UNSET,
        health_check_swarm: HealthCheckSwarm | None | Unset = UNSET,
        restart_policy_swarm: None | RestartPolicySwarm | Unset = UNSET,
        placement_swarm: None | PlacementSwarm | Unset = UNSET,
        update_config_swarm: None | Unset | UpdateConfigSwarm = UNSET,
        rollback_config_swarm: None | Unset | UpdateConfigSwarm = UNSET,
        mode_swarm: ModeSwarm | None | Unset = UNSET,
        labels_swarm: LabelsSwarm | None | Unset = UNSET,
        network_swarm: list[NetworkSwarmItem] | None | Unset = UNSET,
        stop_grace_period_swarm: float | None | Unset = UNSET,
        endpoint_spec_swarm: EndpointSpecSwarm | None | Unset = UNSET,
        ulimits_swarm: list[UlimitsSwarmItem] | None | Unset = UNSET,
        replicas: float | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        network_ids: list[str] | None | Unset = UNSET,
        detach_dokploy_network: bool | Unset = UNSET,
    ) -> bool:
        """`POST /redis.update`"""
        from .redis_update import asyncio

        return await asyncio(
            redis_id=redis_id,
            name=name,
            app_name=app_name,
            description=description,
            database_password=database_password,
            docker_image=docker_image,
            command=command,
            args=args,
            env=env,
            memory_reservation=memory_reservation,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            external_port=external_port,
            created_at=created_at,
            application_status=application_status,
            health_check_swarm=health_check_swarm,
            restart_policy_swarm=restart_policy_swarm,
            placement_swarm=placement_swarm,
            update_config_swarm=update_config_swarm,
            rollback_config_swarm=rollback_config_swarm,
            mode_swarm=mode_swarm,
            labels_swarm=labels_swarm,
            network_swarm=network_swarm,
            stop_grace_period_swarm=stop_grace_period_swarm,
            endpoint_spec_swarm=endpoint_spec_swarm,
            ulimits_swarm=ulimits_swarm,
            replicas=replicas,
            environment_id=environment_id,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            client=self._engine,
        )
