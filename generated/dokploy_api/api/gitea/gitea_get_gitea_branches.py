"""`gitea.getGiteaBranches`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitea.getGiteaBranches"
METHOD = "GET"
PATH = "/gitea.getGiteaBranches"


def _get_kwargs(
    *,
    owner: str,
    repository_name: str,
    gitea_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["owner"] = owner

    params["repositoryName"] = repository_name

    params["giteaId"] = gitea_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    owner: str,
    repository_name: str,
    gitea_id: str | Unset = UNSET,
    client: SyncEngine,
) -> Any:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                owner=owner,
                repository_name=repository_name,
                gitea_id=gitea_id,
            ),
        )
    )


async def asyncio(
    *,
    owner: str,
    repository_name: str,
    gitea_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                owner=owner,
                repository_name=repository_name,
                gitea_id=gitea_id,
            ),
        )
    )
