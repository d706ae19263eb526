"""`gitea.giteaProviders`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_gitea_providers_item import GiteaGiteaProvidersItem

OPERATION = "gitea.giteaProviders"
METHOD = "GET"
PATH = "/gitea.giteaProviders"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> list[GiteaGiteaProvidersItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.gitea_gitea_providers_item import GiteaGiteaProvidersItem  # noqa: PLC0415

            response_200_item = GiteaGiteaProvidersItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[GiteaGiteaProvidersItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> list[GiteaGiteaProvidersItem]:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> list[GiteaGiteaProvidersItem]:
    return parse(await client.request(OPERATION, **_get_kwargs()))
