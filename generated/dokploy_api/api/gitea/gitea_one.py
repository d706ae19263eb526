"""`gitea.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitea import Gitea
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitea.one"
METHOD = "GET"
PATH = "/gitea.one"


def _get_kwargs(
    *,
    gitea_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["giteaId"] = gitea_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Gitea:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Gitea.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Gitea", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    gitea_id: str,
    client: SyncEngine,
) -> Gitea:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                gitea_id=gitea_id,
            ),
        )
    )


async def asyncio(
    *,
    gitea_id: str,
    client: AsyncEngine,
) -> Gitea:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                gitea_id=gitea_id,
            ),
        )
    )
