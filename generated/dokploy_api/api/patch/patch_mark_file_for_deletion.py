"""`patch.markFileForDeletion`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.patch import Patch
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch_mark_file_for_deletion_body_type import PatchMarkFileForDeletionBodyType

OPERATION = "patch.markFileForDeletion"
METHOD = "POST"
PATH = "/patch.markFileForDeletion"


def _get_kwargs(
    *,
    id: str,
    type_: PatchMarkFileForDeletionBodyType,
    file_path: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "id": id,
                "type": type_,
                "filePath": file_path,
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
    id: str,
    type_: PatchMarkFileForDeletionBodyType,
    file_path: str,
    client: SyncEngine,
) -> None | Patch:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
                file_path=file_path,
            ),
        )
    )


async def asyncio(
    *,
    id: str,
    type_: PatchMarkFileForDeletionBodyType,
    file_path: str,
    client: AsyncEngine,
) -> None | Patch:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
                file_path=file_path,
            ),
        )
    )
