"""`licenseKey.updateEnterpriseSettings`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "licenseKey.updateEnterpriseSettings"
METHOD = "POST"
PATH = "/licenseKey.updateEnterpriseSettings"


def _get_kwargs(
    *,
    enable_enterprise_features: bool | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "enableEnterpriseFeatures": enable_enterprise_features,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    enable_enterprise_features: bool | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                enable_enterprise_features=enable_enterprise_features,
            ),
        )
    )


async def asyncio(
    *,
    enable_enterprise_features: bool | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                enable_enterprise_features=enable_enterprise_features,
            ),
        )
    )
