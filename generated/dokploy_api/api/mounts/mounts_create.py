"""`mounts.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mounts_create_result import MountsCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.mounts_create_body_service_type import MountsCreateBodyServiceType
    from ...models.mounts_create_body_type import MountsCreateBodyType

OPERATION = "mounts.create"
METHOD = "POST"
PATH = "/mounts.create"


def _get_kwargs(
    *,
    type_: MountsCreateBodyType,
    mount_path: str,
    service_id: str,
    host_path: None | str | Unset = UNSET,
    volume_name: None | str | Unset = UNSET,
    content: None | str | Unset = UNSET,
    file_path: None | str | Unset = UNSET,
    service_type: MountsCreateBodyServiceType | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "type": type_,
                "mountPath": mount_path,
                "serviceId": service_id,
                "hostPath": host_path,
                "volumeName": volume_name,
                "content": content,
                "filePath": file_path,
                "serviceType": service_type,
            }
        ),
    }


def parse(data: Any) -> MountsCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = MountsCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MountsCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    type_: MountsCreateBodyType,
    mount_path: str,
    service_id: str,
    host_path: None | str | Unset = UNSET,
    volume_name: None | str | Unset = UNSET,
    content: None | str | Unset = UNSET,
    file_path: None | str | Unset = UNSET,
    service_type: MountsCreateBodyServiceType | Unset = UNSET,
    client: SyncEngine,
) -> MountsCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                type_=type_,
                mount_path=mount_path,
                service_id=service_id,
                host_path=host_path,
                volume_name=volume_name,
                content=content,
                file_path=file_path,
                service_type=service_type,
            ),
        )
    )


async def asyncio(
    *,
    type_: MountsCreateBodyType,
    mount_path: str,
    service_id: str,
    host_path: None | str | Unset = UNSET,
    volume_name: None | str | Unset = UNSET,
    content: None | str | Unset = UNSET,
    file_path: None | str | Unset = UNSET,
    service_type: MountsCreateBodyServiceType | Unset = UNSET,
    client: AsyncEngine,
) -> MountsCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                type_=type_,
                mount_path=mount_path,
                service_id=service_id,
                host_path=host_path,
                volume_name=volume_name,
                content=content,
                file_path=file_path,
                service_type=service_type,
            ),
        )
    )
