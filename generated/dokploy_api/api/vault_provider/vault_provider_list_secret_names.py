"""`vaultProvider.listSecretNames`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "vaultProvider.listSecretNames"
METHOD = "GET"
PATH = "/vaultProvider.listSecretNames"


def _get_kwargs(
    *,
    vault_provider_id: str,
    project_id: str,
    environment_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["vaultProviderId"] = vault_provider_id

    params["projectId"] = project_id

    params["environmentId"] = environment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[str]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("list[str]", data)


def sync(
    *,
    vault_provider_id: str,
    project_id: str,
    environment_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[str]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
                project_id=project_id,
                environment_id=environment_id,
            ),
        )
    )


async def asyncio(
    *,
    vault_provider_id: str,
    project_id: str,
    environment_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[str]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                vault_provider_id=vault_provider_id,
                project_id=project_id,
                environment_id=environment_id,
            ),
        )
    )
