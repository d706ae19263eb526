"""`settings.cleanUnusedVolumes`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.settings_clean_unused_volumes_body import SettingsCleanUnusedVolumesBody

OPERATION = "settings.cleanUnusedVolumes"
METHOD = "POST"
PATH = "/settings.cleanUnusedVolumes"


def _get_kwargs(
    *,
    body: SettingsCleanUnusedVolumesBody | Unset = UNSET,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    body: SettingsCleanUnusedVolumesBody | Unset = UNSET,
    client: SyncEngine,
) -> bool:
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
    body: SettingsCleanUnusedVolumesBody | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
