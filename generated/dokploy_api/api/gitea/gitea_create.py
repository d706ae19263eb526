"""`gitea.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitea_create_result import GiteaCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_create_body import GiteaCreateBody

OPERATION = "gitea.create"
METHOD = "POST"
PATH = "/gitea.create"


def _get_kwargs(
    *,
    body: GiteaCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> GiteaCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = GiteaCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GiteaCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: GiteaCreateBody,
    client: SyncEngine,
) -> GiteaCreateResult:
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
    body: GiteaCreateBody,
    client: AsyncEngine,
) -> GiteaCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
