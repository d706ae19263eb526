"""`patch.markFileForDeletion`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.patch import Patch
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch_mark_file_for_deletion_body import PatchMarkFileForDeletionBody

OPERATION = "patch.markFileForDeletion"
METHOD = "POST"
PATH = "/patch.markFileForDeletion"


def _get_kwargs(
    *,
    body: PatchMarkFileForDeletionBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


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
    body: PatchMarkFileForDeletionBody,
    client: SyncEngine,
) -> None | Patch:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: PatchMarkFileForDeletionBody,
    client: AsyncEngine,
) -> None | Patch:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
