"""`vaultProvider.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.vault_provider import VaultProvider
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "vaultProvider.one"
METHOD = "GET"
PATH = "/vaultProvider.one"


def _get_kwargs(
    *,
    vault_provider_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["vaultProviderId"] = vault_provider_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
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
    vault_provider_id: str,
    client: SyncEngine,
) -> VaultProvider:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
            ),
        )
    )


async def asyncio(
    *,
    vault_provider_id: str,
    client: AsyncEngine,
) -> VaultProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
            ),
        )
    )
