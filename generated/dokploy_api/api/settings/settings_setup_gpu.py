"""`settings.setupGPU`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitea_update_result import GiteaUpdateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.settings_setup_gpu_body import SettingsSetupGpuBody

OPERATION = "settings.setupGPU"
METHOD = "POST"
PATH = "/settings.setupGPU"


def _get_kwargs(
    *,
    body: SettingsSetupGpuBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> GiteaUpdateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = GiteaUpdateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GiteaUpdateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: SettingsSetupGpuBody,
    client: SyncEngine,
) -> GiteaUpdateResult:
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
    body: SettingsSetupGpuBody,
    client: AsyncEngine,
) -> GiteaUpdateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
