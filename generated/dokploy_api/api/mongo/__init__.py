"""Operations of Dokploy's `mongo` router: generated, do not edit.

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
    from ...models.mongo import Mongo
    from ...models.mongo_change_status_body_application_status import MongoChangeStatusBodyApplicationStatus
    from ...models.mongo_create_result import MongoCreateResult
    from ...models.mongo_update_body_application_status import MongoUpdateBodyApplicationStatus
    from ...models.network_swarm_item import NetworkSwarmItem
    from ...models.placement_swarm import PlacementSwarm
    from ...models.restart_policy_swarm import RestartPolicySwarm
    from ...models.ulimits_swarm_item import UlimitsSwarmItem
    from ...models.update_config_swarm import UpdateConfigSwarm


class MongoResource:
    """`mongo.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def change_password(
        self,
        *,
        mongo_id: str,
        password: str,
    ) -> bool:
        """`POST /mongo.changePassword`"""
        from .mongo_change_password import sync

        return sync(
            mongo_id=mongo_id,
            password=password,
            client=self._engine,
        )

    def change_status(
        self,
        *,
        mongo_id: str,
        application_status: MongoChangeStatusBodyApplicationStatus,
    ) -> Mongo:
        """`POST /mongo.changeStatus`"""
        from .mongo_change_status import sync

        return sync(
            mongo_id=mongo_id,
            application_status=application_status,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        environment_id: str,
        database_user: str,
        database_password: str,
        app_name: str | Unset = UNSET,
        docker_image: str | Unset = "mongo:15",
        description: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        replica_sets: bool | None | Unset = UNSET,
    ) -> MongoCreateResult:
        """`POST /mongo.create`"""
        from .mongo_create import sync

        return sync(
            name=name,
            environment_id=environment_id,
            database_user=database_user,
            database_password=database_password,
            app_name=app_name,
            docker_image=docker_image,
            description=description,
            server_id=server_id,
            replica_sets=replica_sets,
            client=self._engine,
        )

    def deploy(
        self,
        *,
        mongo_id: str,
    ) -> Mongo:
        """`POST /mongo.deploy`"""
        from .mongo_deploy import sync

        return sync(
            mongo_id=mongo_id,
            client=self._engine,
        )

    def move(
        self,
        *,
        mongo_id: str,
        target_environment_id: str,
    ) -> MongoCreateResult:
        """`POST /mongo.move`"""
        from .mongo_move import sync

        return sync(
            mongo_id=mongo_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        mongo_id: str,
    ) -> Mongo:
        """`GET /mongo.one`"""
        from .mongo_one import sync

        return sync(
            mongo_id=mongo_id,
            client=self._engine,
        )

    def read_logs(
        self,
        *,
        mongo_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /mongo.readLogs`"""
        from .mongo_read_logs import sync

        return sync(
            mongo_id=mongo_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    def rebuild(
        self,
        *,
        mongo_id: str,
    ) -> bool:
        """`POST /mongo.rebuild`"""
        from .mongo_rebuild import sync

        return sync(
            mongo_id=mongo_id,
            client=self._engine,
        )

    def reload(
        self,
        *,
        mongo_id: str,
        app_name: str,
    ) -> bool:
        """`POST /mongo.reload`"""
        from .mongo_reload import sync

        return sync(
            mongo_id=mongo_id,
            app_name=app_name,
            client=self._engine,
        )

    def remove(
        self,
        *,
        mongo_id: str,
    ) -> Mongo:
        """`POST /mongo.remove`"""
        from .mongo_remove import sync

        return sync(
            mongo_id=mongo_id,
            client=self._engine,
        )

    def save_environment(
        self,
        *,
        mongo_id: str,
        env: None | str,
    ) -> bool:
        """`POST /mongo.saveEnvironment`"""
        from .mongo_save_environment import sync

        return sync(
            mongo_id=mongo_id,
            env=env,
            client=self._engine,
        )

    def save_external_port(
        self,
        *,
        mongo_id: str,
        external_port: float | None,
    ) -> Mongo:
        """`POST /mongo.saveExternalPort`"""
        from .mongo_save_external_port import sync

        return sync(
            mongo_id=mongo_id,
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
        """`GET /mongo.search`"""
        from .mongo_search import sync

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
        mongo_id: str,
    ) -> Mongo:
        """`POST /mongo.start`"""
        from .mongo_start import sync

        return sync(
            mongo_id=mongo_id,
            client=self._engine,
        )

    def stop(
        self,
        *,
        mongo_id: str,
    ) -> Mongo:
        """`POST /mongo.stop`"""
        from .mongo_stop import sync

        return sync(
            mongo_id=mongo_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        mongo_id: str,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        database_user: str | Unset = UNSET,
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
        application_status: MongoUpdateBodyApplicationStatus | Unset = UNSET,
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
        created_at: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        replica_sets: bool | Unset = UNSET,
        network_ids: list[str] | None | Unset = UNSET,
        detach_dokploy_network: bool | Unset = UNSET,
    ) -> bool:
        """`POST /mongo.update`"""
        from .mongo_update import sync

        return sync(
            mongo_id=mongo_id,
            name=name,
            app_name=app_name,
            description=description,
            database_user=database_user,
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
            created_at=created_at,
            environment_id=environment_id,
            replica_sets=replica_sets,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            client=self._engine,
        )


class AsyncMongoResource:
    """`mongo.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def change_password(
        self,
        *,
        mongo_id: str,
        password: str,
    ) -> bool:
        """`POST /mongo.changePassword`"""
        from .mongo_change_password import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            password=password,
            client=self._engine,
        )

    async def change_status(
        self,
        *,
        mongo_id: str,
        application_status: MongoChangeStatusBodyApplicationStatus,
    ) -> Mongo:
        """`POST /mongo.changeStatus`"""
        from .mongo_change_status import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            application_status=application_status,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        environment_id: str,
        database_user: str,
        database_password: str,
        app_name: str | Unset = UNSET,
        docker_image: str | Unset = "mongo:15",
        description: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        replica_sets: bool | None | Unset = UNSET,
    ) -> MongoCreateResult:
        """`POST /mongo.create`"""
        from .mongo_create import asyncio

        return await asyncio(
            name=name,
            environment_id=environment_id,
            database_user=database_user,
            database_password=database_password,
            app_name=app_name,
            docker_image=docker_image,
            description=description,
            server_id=server_id,
            replica_sets=replica_sets,
            client=self._engine,
        )

    async def deploy(
        self,
        *,
        mongo_id: str,
    ) -> Mongo:
        """`POST /mongo.deploy`"""
        from .mongo_deploy import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            client=self._engine,
        )

    async def move(
        self,
        *,
        mongo_id: str,
        target_environment_id: str,
    ) -> MongoCreateResult:
        """`POST /mongo.move`"""
        from .mongo_move import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            target_environment_id=target_environment_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        mongo_id: str,
    ) -> Mongo:
        """`GET /mongo.one`"""
        from .mongo_one import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            client=self._engine,
        )

    async def read_logs(
        self,
        *,
        mongo_id: str,
        tail: int | Unset = 100,
        since: str | Unset = "all",
        search: str | Unset = UNSET,
    ) -> str:
        """`GET /mongo.readLogs`"""
        from .mongo_read_logs import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            tail=tail,
            since=since,
            search=search,
            client=self._engine,
        )

    async def rebuild(
        self,
        *,
        mongo_id: str,
    ) -> bool:
        """`POST /mongo.rebuild`"""
        from .mongo_rebuild import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            client=self._engine,
        )

    async def reload(
        self,
        *,
        mongo_id: str,
        app_name: str,
    ) -> bool:
        """`POST /mongo.reload`"""
        from .mongo_reload import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            app_name=app_name,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        mongo_id: str,
    ) -> Mongo:
        """`POST /mongo.remove`"""
        from .mongo_remove import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            client=self._engine,
        )

    async def save_environment(
        self,
        *,
        mongo_id: str,
        env: None | str,
    ) -> bool:
        """`POST /mongo.saveEnvironment`"""
        from .mongo_save_environment import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            env=env,
            client=self._engine,
        )

    async def save_external_port(
        self,
        *,
        mongo_id: str,
        external_port: float | None,
    ) -> Mongo:
        """`POST /mongo.saveExternalPort`"""
        from .mongo_save_external_port import asyncio

        return await asyncio(
            mongo_id=mongo_id,
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
        """`GET /mongo.search`"""
        from .mongo_search import asyncio

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
        mongo_id: str,
    ) -> Mongo:
        """`POST /mongo.start`"""
        from .mongo_start import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            client=self._engine,
        )

    async def stop(
        self,
        *,
        mongo_id: str,
    ) -> Mongo:
        """`POST /mongo.stop`"""
        from .mongo_stop import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        mongo_id: str,
        name: str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        database_user: str | Unset = UNSET,
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
        application_status: MongoUpdateBodyApplicationStatus | Unset = UNSET,
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
        created_at: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        replica_sets: bool | Unset = UNSET,
        network_ids: list[str] | None | Unset = UNSET,
        detach_dokploy_network: bool | Unset = UNSET,
    ) -> bool:
        """`POST /mongo.update`"""
        from .mongo_update import asyncio

        return await asyncio(
            mongo_id=mongo_id,
            name=name,
            app_name=app_name,
            description=description,
            database_user=database_user,
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
            created_at=created_at,
            environment_id=environment_id,
            replica_sets=replica_sets,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
            client=self._engine,
        )
