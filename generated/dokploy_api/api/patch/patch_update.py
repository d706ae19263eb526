"""`patch.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.patch import Patch
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch_update_body_type import PatchUpdateBodyType

OPERATION = "patch.update"
METHOD = "POST"
PATH = "/patch.update"


def _get_kwargs(
    *,
    patch_id: str,
    type_: PatchUpdateBodyType | Unset = UNSET,
    file_path: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    content: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "patchId": patch_id,
                "type": type_,
                "filePath": file_path,
                "enabled": enabled,
                "content": content,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        ),
    }


def parse(data: Any) -> None | Patch:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | Patch:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Patch.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Patch, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | Patch", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    patch_id: str,
    type_: PatchUpdateBodyType | Unset = UNSET,
    file_path: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    content: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: None | str | Unset = UNSET,
    client: SyncEngine,
) -> None | Patch:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                patch_id=patch_id,
                type_=type_,
                file_path=file_path,
                enabled=enabled,
                content=content,
                created_at=created_at,
                updated_at=updated_at,
            ),
        )
    )


async def asyncio(
    *,
    patch_id: str,
    type_: PatchUpdateBodyType | Unset = UNSET,
    file_path: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    content: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> None | Patch:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                patch_id=patch_id,
                type_=type_,
                file_path=file_path,
                enabled=enabled,
                content=content,
                created_at=created_at,
                updated_at=updated_at,
            ),
        )
    )
