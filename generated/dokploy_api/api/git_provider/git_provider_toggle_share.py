"""`gitProvider.toggleShare`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.git_provider import GitProvider
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.git_provider_toggle_share_body import GitProviderToggleShareBody

OPERATION = "gitProvider.toggleShare"
METHOD = "POST"
PATH = "/gitProvider.toggleShare"


def _get_kwargs(
    *,
    body: GitProviderToggleShareBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> GitProvider:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = GitProvider.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GitProvider", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: GitProviderToggleShareBody,
    client: SyncEngine,
) -> GitProvider:
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
    body: GitProviderToggleShareBody,
    client: AsyncEngine,
) -> GitProvider:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
