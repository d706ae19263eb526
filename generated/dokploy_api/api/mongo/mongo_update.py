"""`mongo.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.endpoint_spec_swarm import EndpointSpecSwarm
    from ...models.health_check_swarm import HealthCheckSwarm
    from ...models.labels_swarm import LabelsSwarm
    from ...models.mode_swarm import ModeSwarm
    from ...models.mongo_update_body_application_status import MongoUpdateBodyApplicationStatus
    from ...models.network_swarm_item import NetworkSwarmItem
    from ...models.placement_swarm import PlacementSwarm
    from ...models.restart_policy_swarm import RestartPolicySwarm
    from ...models.ulimits_swarm_item import UlimitsSwarmItem
    from ...models.update_config_swarm import UpdateConfigSwarm

OPERATION = "mongo.update"
METHOD = "POST"
PATH = "/mongo.update"


def _get_kwargs(
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
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mongoId": mongo_id,
                "name": name,
                "appName": app_name,
                "description": description,
                "databaseUser": database_user,
                "databasePassword": database_password,
                "dockerImage": docker_image,
                "command": command,
                "args": args,
                "env": env,
                "memoryReservation": memory_reservation,
                "memoryLimit": memory_limit,
                "cpuReservation": cpu_reservation,
                "cpuLimit": cpu_limit,
                "externalPort": external_port,
                "applicationStatus": application_status,
                "healthCheckSwarm": health_check_swarm,
                "restartPolicySwarm": restart_policy_swarm,
                "placementSwarm": placement_swarm,
                "updateConfigSwarm": update_config_swarm,
                "rollbackConfigSwarm": rollback_config_swarm,
                "modeSwarm": mode_swarm,
                "labelsSwarm": labels_swarm,
                "networkSwarm": network_swarm,
                "stopGracePeriodSwarm": stop_grace_period_swarm,
                "endpointSpecSwarm": endpoint_spec_swarm,
                "ulimitsSwarm": ulimits_swarm,
                "replicas": replicas,
                "createdAt": created_at,
                "environmentId": environment_id,
                "replicaSets": replica_sets,
                "networkIds": network_ids,
                "detachDokployNetwork": detach_dokploy_network,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
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
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
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
            ),
        )
    )


async def asyncio(
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
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
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
            ),
        )
    )
