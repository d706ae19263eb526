"""`volumeBackups.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.volume_backups_create_result import VolumeBackupsCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.volume_backups_create_body_service_type import VolumeBackupsCreateBodyServiceType

OPERATION = "volumeBackups.create"
METHOD = "POST"
PATH = "/volumeBackups.create"


def _get_kwargs(
    *,
    name: str,
    volume_name: str,
    prefix: str,
    cron_expression: str,
    destination_id: str,
    service_type: VolumeBackupsCreateBodyServiceType | Unset = UNSET,
    app_name: str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    turn_off: bool | Unset = UNSET,
    keep_latest_count: float | None | Unset = UNSET,
    enabled: bool | None | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    postgres_id: None | str | Unset = UNSET,
    mariadb_id: None | str | Unset = UNSET,
    mongo_id: None | str | Unset = UNSET,
    mysql_id: None | str | Unset = UNSET,
    redis_id: None | str | Unset = UNSET,
    libsql_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "volumeName": volume_name,
                "prefix": prefix,
                "cronExpression": cron_expression,
                "destinationId": destination_id,
                "serviceType": service_type,
                "appName": app_name,
                "serviceName": service_name,
                "turnOff": turn_off,
                "keepLatestCount": keep_latest_count,
                "enabled": enabled,
                "applicationId": application_id,
                "postgresId": postgres_id,
                "mariadbId": mariadb_id,
                "mongoId": mongo_id,
                "mysqlId": mysql_id,
                "redisId": redis_id,
                "libsqlId": libsql_id,
                "composeId": compose_id,
                "createdAt": created_at,
            }
        ),
    }


def parse(data: Any) -> None | VolumeBackupsCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | VolumeBackupsCreateResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = VolumeBackupsCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VolumeBackupsCreateResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | VolumeBackupsCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    volume_name: str,
    prefix: str,
    cron_expression: str,
    destination_id: str,
    service_type: VolumeBackupsCreateBodyServiceType | Unset = UNSET,
    app_name: str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    turn_off: bool | Unset = UNSET,
    keep_latest_count: float | None | Unset = UNSET,
    enabled: bool | None | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    postgres_id: None | str | Unset = UNSET,
    mariadb_id: None | str | Unset = UNSET,
    mongo_id: None | str | Unset = UNSET,
    mysql_id: None | str | Unset = UNSET,
    redis_id: None | str | Unset = UNSET,
    libsql_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    client: SyncEngine,
) -> None | VolumeBackupsCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                volume_name=volume_name,
                prefix=prefix,
                cron_expression=cron_expression,
                destination_id=destination_id,
                service_type=service_type,
                app_name=app_name,
                service_name=service_name,
                turn_off=turn_off,
                keep_latest_count=keep_latest_count,
                enabled=enabled,
                application_id=application_id,
                postgres_id=postgres_id,
                mariadb_id=mariadb_id,
                mongo_id=mongo_id,
                mysql_id=mysql_id,
                redis_id=redis_id,
                libsql_id=libsql_id,
                compose_id=compose_id,
                created_at=created_at,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    volume_name: str,
    prefix: str,
    cron_expression: str,
    destination_id: str,
    service_type: VolumeBackupsCreateBodyServiceType | Unset = UNSET,
    app_name: str | Unset = UNSET,
    service_name: None | str | Unset = UNSET,
    turn_off: bool | Unset = UNSET,
    keep_latest_count: float | None | Unset = UNSET,
    enabled: bool | None | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    postgres_id: None | str | Unset = UNSET,
    mariadb_id: None | str | Unset = UNSET,
    mongo_id: None | str | Unset = UNSET,
    mysql_id: None | str | Unset = UNSET,
    redis_id: None | str | Unset = UNSET,
    libsql_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    client: AsyncEngine,
) -> None | VolumeBackupsCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                volume_name=volume_name,
                prefix=prefix,
                cron_expression=cron_expression,
                destination_id=destination_id,
                service_type=service_type,
                app_name=app_name,
                service_name=service_name,
                turn_off=turn_off,
                keep_latest_count=keep_latest_count,
                enabled=enabled,
                application_id=application_id,
                postgres_id=postgres_id,
                mariadb_id=mariadb_id,
                mongo_id=mongo_id,
                mysql_id=mysql_id,
                redis_id=redis_id,
                libsql_id=libsql_id,
                compose_id=compose_id,
                created_at=created_at,
            ),
        )
    )
