"""`gitlab.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.gitlab import Gitlab
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitlab.one"
METHOD = "GET"
PATH = "/gitlab.one"


def _get_kwargs(
    *,
    gitlab_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["gitlabId"] = gitlab_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Gitlab:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Gitlab.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Gitlab", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    gitlab_id: str,
    client: SyncEngine,
) -> Gitlab:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                gitlab_id=gitlab_id,
            ),
        )
    )


async def asyncio(
    *,
    gitlab_id: str,
    client: AsyncEngine,
) -> Gitlab:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                gitlab_id=gitlab_id,
            ),
        )
    )
