"""`mounts.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mount import Mount
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mounts_update_body_service_type import MountsUpdateBodyServiceType
    from ...models.mounts_update_body_type import MountsUpdateBodyType

OPERATION = "mounts.update"
METHOD = "POST"
PATH = "/mounts.update"


def _get_kwargs(
    *,
    mount_id: str,
    type_: MountsUpdateBodyType | Unset = UNSET,
    host_path: None | str | Unset = UNSET,
    volume_name: None | str | Unset = UNSET,
    file_path: None | str | Unset = UNSET,
    content: None | str | Unset = UNSET,
    service_type: MountsUpdateBodyServiceType | Unset = UNSET,
    mount_path: str | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    libsql_id: None | str | Unset = UNSET,
    mariadb_id: None | str | Unset = UNSET,
    mongo_id: None | str | Unset = UNSET,
    mysql_id: None | str | Unset = UNSET,
    postgres_id: None | str | Unset = UNSET,
    redis_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mountId": mount_id,
                "type": type_,
                "hostPath": host_path,
                "volumeName": volume_name,
                "filePath": file_path,
                "content": content,
                "serviceType": service_type,
                "mountPath": mount_path,
                "applicationId": application_id,
                "composeId": compose_id,
                "libsqlId": libsql_id,
                "mariadbId": mariadb_id,
                "mongoId": mongo_id,
                "mysqlId": mysql_id,
                "postgresId": postgres_id,
                "redisId": redis_id,
            }
        ),
    }


def parse(data: Any) -> Mount:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Mount.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Mount", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    mount_id: str,
    type_: MountsUpdateBodyType | Unset = UNSET,
    host_path: None | str | Unset = UNSET,
    volume_name: None | str | Unset = UNSET,
    file_path: None | str | Unset = UNSET,
    content: None | str | Unset = UNSET,
    service_type: MountsUpdateBodyServiceType | Unset = UNSET,
    mount_path: str | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    libsql_id: None | str | Unset = UNSET,
    mariadb_id: None | str | Unset = UNSET,
    mongo_id: None | str | Unset = UNSET,
    mysql_id: None | str | Unset = UNSET,
    postgres_id: None | str | Unset = UNSET,
    redis_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> Mount:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mount_id=mount_id,
                type_=type_,
                host_path=host_path,
                volume_name=volume_name,
                file_path=file_path,
                content=content,
                service_type=service_type,
                mount_path=mount_path,
                application_id=application_id,
                compose_id=compose_id,
                libsql_id=libsql_id,
                mariadb_id=mariadb_id,
                mongo_id=mongo_id,
                mysql_id=mysql_id,
                postgres_id=postgres_id,
                redis_id=redis_id,
            ),
        )
    )


async def asyncio(
    *,
    mount_id: str,
    type_: MountsUpdateBodyType | Unset = UNSET,
    host_path: None | str | Unset = UNSET,
    volume_name: None | str | Unset = UNSET,
    file_path: None | str | Unset = UNSET,
    content: None | str | Unset = UNSET,
    service_type: MountsUpdateBodyServiceType | Unset = UNSET,
    mount_path: str | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    libsql_id: None | str | Unset = UNSET,
    mariadb_id: None | str | Unset = UNSET,
    mongo_id: None | str | Unset = UNSET,
    mysql_id: None | str | Unset = UNSET,
    postgres_id: None | str | Unset = UNSET,
    redis_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> Mount:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mount_id=mount_id,
                type_=type_,
                host_path=host_path,
                volume_name=volume_name,
                file_path=file_path,
                content=content,
                service_type=service_type,
                mount_path=mount_path,
                application_id=application_id,
                compose_id=compose_id,
                libsql_id=libsql_id,
                mariadb_id=mariadb_id,
                mongo_id=mongo_id,
                mysql_id=mysql_id,
                postgres_id=postgres_id,
                redis_id=redis_id,
            ),
        )
    )
