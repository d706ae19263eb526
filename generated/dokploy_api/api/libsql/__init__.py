"""Operations of Dokploy's `libsql` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.endpoint_spec_swarm import EndpointSpecSwarm
    from ...models.health_check_swarm import HealthCheckSwarm
    from ...models.labels_swarm import LabelsSwarm
    from ...models.libsql import Libsql
    from ...models.libsql_change_status_body_application_status import LibsqlChangeStatusBodyApplicationStatus
    from ...models.libsql_create_body_sqld_node import LibsqlCreateBodySqldNode
    from ...models.libsql_move_result import LibsqlMoveResult
    from ...models.libsql_update_body_application_status import LibsqlUpdateBodyApplicationStatus
    from ...models.libsql_update_body_sqld_node import LibsqlUpdateBodySqldNode
    from ...models.mode_swarm import ModeSwarm
    from ...models.network_swarm_item import NetworkSwarmItem
    from ...models.placement_swarm import PlacementSwarm
    from ...models.restart_policy_swarm import RestartPolicySwarm
    from ...models.update_config_swarm import UpdateConfigSwarm


class LibsqlResource:
    """`libsql.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def change_status(
        self,
        *,
        libsql_id: str,
        application_status: LibsqlChangeStatusBodyApplicationStatus,
    ) -> Libsql:
        """`POST /libsql.changeStatus`"""
        from .libsql_change_status import sync

        return sync(
            libsql_id=libsql_id,
            application_status=application_status,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        app_name: str,
        environment_id: str,
        description: None | str,
        database_user: str,
        database_password: str,
        sqld_node: LibsqlCreateBodySqldNode,
        sqld_primary_url: None | str,
        server_id: None | str,
        docker_image: str = "ghcr.io/tursodatabase/libsql-server:v0.24.32",
        enable_namespaces: bool = False,
    ) -> Libsql:
        """`POST /libsql.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["libsql.create"]``).
        """
        from ...facts import FINDERS
        from .libsql_create import sync

        return cast(
            "Libsql",
            self._engine.create_and_find(
                FINDERS["libsql.create"],
                lambda: sync(
                    name=name,
                    app_name=app_name,
                    docker_image=docker_image,
                    environment_id=environment_id,
                    description=description,
                    database_user=database_user,
                    database_password=database_password,
                    sqld_node=sqld_node,
                    sqld_primary_url=sqld_primary_url,
                    enable_namespaces=enable_namespaces,
                    server_id=server_id,
                    client=self._engine,
                ),
                {
                    "name": name,
                    "app_name": app_name,
                    "docker_image": docker_image,
                    "environment_id": environment_id,
                    "description": description,
                    "database_user": database_user,
                    "database_password": database_password,
                    "sqld_node": sqld_node,
                    "sqld_primary_url": sqld_primary_url,
                    "enable_namespaces": enable_namespaces,
                    "server_id": server_id,
                },
            ),
        )

    def deploy(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`POST /libsql.deploy`"""
        from .libsql_deploy import sync

        return sync(
            libsql_id=libsql_id,
            client=self._engine,
        )

    def move(
        self,
        *,
        libsql_id: str,
        target_environment_id: str,
    ) -> LibsqlMoveResult:
        """`POST /libsql.move`"""
        from .libsql_move import sync

        return sync(
            libsql_id=libsql_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`GET /libsql.one`"""
        from .libsql_one import sync

        return sync(
            libsql_id=libsql_id,
            client=self._engine,
        )

    def read_logs(
        self,
        *,
        libsql_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /libsql.readLogs`"""
        from .libsql_read_logs import sync

        return sync(
            libsql_id=libsql_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    def rebuild(
        self,
        *,
        libsql_id: str,
    ) -> bool:
        """`POST /libsql.rebuild`"""
        from .libsql_rebuild import sync

        return sync(
            libsql_id=libsql_id,
            client=self._engine,
        )

    def reload(
        self,
        *,
        libsql_id: str,
        app_name: str,
    ) -> bool:
        """`POST /libsql.reload`"""
        from .libsql_reload import sync

        return sync(
            libsql_id=libsql_id,
            app_name=app_name,
            client=self._engine,
        )

    def remove(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`POST /libsql.remove`"""
        from .libsql_remove import sync

        return sync(
            libsql_id=libsql_id,
            client=self._engine,
        )

    def save_environment(
        self,
        *,
        libsql_id: str,
        env: None | str,
    ) -> bool:
        """`POST /libsql.saveEnvironment`"""
        from .libsql_save_environment import sync

        return sync(
            libsql_id=libsql_id,
            env=env,
            client=self._engine,
        )

    def save_external_ports(
        self,
        *,
        libsql_id: str,
        external_port: float | None | Unset = UNSET,
        external_grpc_port: float | None | Unset = UNSET,
        external_admin_port: float | None | Unset = UNSET,
    ) -> Libsql:
        """`POST /libsql.saveExternalPorts`"""
        from .libsql_save_external_ports import sync

        return sync(
            libsql_id=libsql_id,
            external_port=external_port,
            external_grpc_port=external_grpc_port,
            external_admin_port=external_admin_port,
            client=self._engine,
        )

    def start(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`POST /libsql.start`"""
        from .libsql_start import sync

        return sync(
            libsql_id=libsql_id,
            client=self._engine,
        )

    def stop(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`POST /libsql.stop`"""
        from .libsql_stop import sync

        return sync(
            libsql_id=libsql_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        libsql_id: str,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        database_user: str | Unset = UNSET,
        database_password: str | Unset = UNSET,
        sqld_node: LibsqlUpdateBodySqldNode | Unset = UNSET,
        sqld_primary_url: None | str | Unset = UNSET,
        enable_namespaces: bool | Unset = False,
        docker_image: str | Unset = "ghcr.io/tursodatabase/libsql-server:v0.24.32",
        command: None | str | Unset = UNSET,
        env: None | str | Unset = UNSET,
        memory_reservation: None | str | Unset = UNSET,
        memory_limit: None | str | Unset = UNSET,
        cpu_reservation: None | str | Unset = UNSET,
        cpu_limit: None | str | Unset = UNSET,
        external_port: float | None | Unset = UNSET,
        external_grpc_port: float | None | Unset = UNSET,
        external_admin_port: float | None | Unset = UNSET,
        application_status: LibsqlUpdateBodyApplicationStatus | Unset = UNSET,
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
        replicas: float | Unset = UNSET,
        network_ids: list[str] | None | Unset = UNSET,
        detach_dokploy_network: bool | Unset = UNSET,
        created_at: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /libsql.update`"""
        from .libsql_update import sync

        return sync(
            libsql_id=libsql_id,
            name=name,
            app_name=app_name,
            description=description,
            database_user=database_user,
            database_password=database_password,
            sqld_node=sqld_node,
            sqld_primary_url=sqld_primary_url,
            enable_namespaces=enable_namespaces,
            docker_image=docker_image,
            command=command,
            env=env,
            memory_reservation=memory_reservation,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            external_port=external_port,
            external_grpc_port=external_grpc_port,
            external_admin_port=external_admin_port,
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
            replicas=replicas,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            created_at=created_at,
            environment_id=environment_id,
            client=self._engine,
        )


class AsyncLibsqlResource:
    """`libsql.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def change_status(
        self,
        *,
        libsql_id: str,
        application_status: LibsqlChangeStatusBodyApplicationStatus,
    ) -> Libsql:
        """`POST /libsql.changeStatus`"""
        from .libsql_change_status import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            application_status=application_status,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        app_name: str,
        environment_id: str,
        description: None | str,
        database_user: str,
        database_password: str,
        sqld_node: LibsqlCreateBodySqldNode,
        sqld_primary_url: None | str,
        server_id: None | str,
        docker_image: str = "ghcr.io/tursodatabase/libsql-server:v0.24.32",
        enable_namespaces: bool = False,
    ) -> Libsql:
        """`POST /libsql.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["libsql.create"]``).
        """
        from ...facts import FINDERS
        from .libsql_create import asyncio

        return cast(
            "Libsql",
            await self._engine.create_and_find(
                FINDERS["libsql.create"],
                lambda: asyncio(
                    name=name,
                    app_name=app_name,
                    docker_image=docker_image,
                    environment_id=environment_id,
                    description=description,
                    database_user=database_user,
                    database_password=database_password,
                    sqld_node=sqld_node,
                    sqld_primary_url=sqld_primary_url,
                    enable_namespaces=enable_namespaces,
                    server_id=server_id,
                    client=self._engine,
                ),
                {
                    "name": name,
                    "app_name": app_name,
                    "docker_image": docker_image,
                    "environment_id": environment_id,
                    "description": description,
                    "database_user": database_user,
                    "database_password": database_password,
                    "sqld_node": sqld_node,
                    "sqld_primary_url": sqld_primary_url,
                    "enable_namespaces": enable_namespaces,
                    "server_id": server_id,
                },
            ),
        )

    async def deploy(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`POST /libsql.deploy`"""
        from .libsql_deploy import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            client=self._engine,
        )

    async def move(
        self,
        *,
        libsql_id: str,
        target_environment_id: str,
    ) -> LibsqlMoveResult:
        """`POST /libsql.move`"""
        from .libsql_move import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`GET /libsql.one`"""
        from .libsql_one import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            client=self._engine,
        )

    async def read_logs(
        self,
        *,
        libsql_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /libsql.readLogs`"""
        from .libsql_read_logs import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    async def rebuild(
        self,
        *,
        libsql_id: str,
    ) -> bool:
        """`POST /libsql.rebuild`"""
        from .libsql_rebuild import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            client=self._engine,
        )

    async def reload(
        self,
        *,
        libsql_id: str,
        app_name: str,
    ) -> bool:
        """`POST /libsql.reload`"""
        from .libsql_reload import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            app_name=app_name,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`POST /libsql.remove`"""
        from .libsql_remove import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            client=self._engine,
        )

    async def save_environment(
        self,
        *,
        libsql_id: str,
        env: None | str,
    ) -> bool:
        """`POST /libsql.saveEnvironment`"""
        from .libsql_save_environment import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            env=env,
            client=self._engine,
        )

    async def save_external_ports(
        self,
        *,
        libsql_id: str,
        external_port: float | None | Unset = UNSET,
        external_grpc_port: float | None | Unset = UNSET,
        external_admin_port: float | None | Unset = UNSET,
    ) -> Libsql:
        """`POST /libsql.saveExternalPorts`"""
        from .libsql_save_external_ports import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            external_port=external_port,
            external_grpc_port=external_grpc_port,
            external_admin_port=external_admin_port,
            client=self._engine,
        )

    async def start(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`POST /libsql.start`"""
        from .libsql_start import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            client=self._engine,
        )

    async def stop(
        self,
        *,
        libsql_id: str,
    ) -> Libsql:
        """`POST /libsql.stop`"""
        from .libsql_stop import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        libsql_id: str,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        database_user: str | Unset = UNSET,
        database_password: str | Unset = UNSET,
        sqld_node: LibsqlUpdateBodySqldNode | Unset = UNSET,
        sqld_primary_url: None | str | Unset = UNSET,
        enable_namespaces: bool | Unset = False,
        docker_image: str | Unset = "ghcr.io/tursodatabase/libsql-server:v0.24.32",
        command: None | str | Unset = UNSET,
        env: None | str | Unset = UNSET,
        memory_reservation: None | str | Unset = UNSET,
        memory_limit: None | str | Unset = UNSET,
        cpu_reservation: None | str | Unset = UNSET,
        cpu_limit: None | str | Unset = UNSET,
        external_port: float | None | Unset = UNSET,
        external_grpc_port: float | None | Unset = UNSET,
        external_admin_port: float | None | Unset = UNSET,
        application_status: LibsqlUpdateBodyApplicationStatus | Unset = UNSET,
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
        replicas: float | Unset = UNSET,
        network_ids: list[str] | None | Unset = UNSET,
        detach_dokploy_network: bool | Unset = UNSET,
        created_at: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /libsql.update`"""
        from .libsql_update import asyncio

        return await asyncio(
            libsql_id=libsql_id,
            name=name,
            app_name=app_name,
            description=description,
            database_user=database_user,
            database_password=database_password,
            sqld_node=sqld_node,
            sqld_primary_url=sqld_primary_url,
            enable_namespaces=enable_namespaces,
            docker_image=docker_image,
            command=command,
            env=env,
            memory_reservation=memory_reservation,
            memory_limit=memory_limit,
            cpu_reservation=cpu_reservation,
            cpu_limit=cpu_limit,
            external_port=external_port,
            external_grpc_port=external_grpc_port,
            external_admin_port=external_admin_port,
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
            replicas=replicas,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            created_at=created_at,
            environment_id=environment_id,
            client=self._engine,
        )
