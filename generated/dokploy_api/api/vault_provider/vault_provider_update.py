"""`vaultProvider.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.vault_provider import VaultProvider
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.vault_provider_update_body import VaultProviderUpdateBody

OPERATION = "vaultProvider.update"
METHOD = "POST"
PATH = "/vaultProvider.update"


def _get_kwargs(
    *,
    body: VaultProviderUpdateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> VaultProvider:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = VaultProvider.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("VaultProvider", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: VaultProviderUpdateBody,
    client: SyncEngine,
) -> VaultProvider:
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
    body: VaultProviderUpdateBody,
    client: AsyncEngine,
) -> VaultProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
