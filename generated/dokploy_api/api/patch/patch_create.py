"""`patch.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.patch import Patch
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch_create_body_type import PatchCreateBodyType

OPERATION = "patch.create"
METHOD = "POST"
PATH = "/patch.create"


def _get_kwargs(
    *,
    file_path: str,
    content: str,
    type_: PatchCreateBodyType | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "filePath": file_path,
                "content": content,
                "type": type_,
                "enabled": enabled,
                "applicationId": application_id,
                "composeId": compose_id,
            }
        ),
    }


def parse(data: Any) -> Patch:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Patch.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Patch", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    file_path: str,
    content: str,
    type_: PatchCreateBodyType | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> Patch:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                file_path=file_path,
                content=content,
                type_=type_,
                enabled=enabled,
                application_id=application_id,
                compose_id=compose_id,
            ),
        )
    )


async def asyncio(
    *,
    file_path: str,
    content: str,
    type_: PatchCreateBodyType | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    application_id: None | str | Unset = UNSET,
    compose_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> Patch:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                file_path=file_path,
                content=content,
                type_=type_,
                enabled=enabled,
                application_id=application_id,
                compose_id=compose_id,
            ),
        )
    )
