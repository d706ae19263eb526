"""`volumeBackups.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.volume_backups_create_result import VolumeBackupsCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.volume_backups_create_body import VolumeBackupsCreateBody

OPERATION = "volumeBackups.create"
METHOD = "POST"
PATH = "/volumeBackups.create"


def _get_kwargs(
    *,
    body: VolumeBackupsCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


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
    body: VolumeBackupsCreateBody,
    client: SyncEngine,
) -> None | VolumeBackupsCreateResult:
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
    body: VolumeBackupsCreateBody,
    client: AsyncEngine,
) -> None | VolumeBackupsCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
