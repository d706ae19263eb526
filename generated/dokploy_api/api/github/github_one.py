"""`github.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.github import Github
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "github.one"
METHOD = "GET"
PATH = "/github.one"


def _get_kwargs(
    *,
    github_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["githubId"] = github_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Github:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Github.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Github", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    github_id: str,
    client: SyncEngine,
) -> Github:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                github_id=github_id,
            ),
        )
    )


async def asyncio(
    *,
    github_id: str,
    client: AsyncEngine,
) -> Github:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                github_id=github_id,
            ),
        )
    )
