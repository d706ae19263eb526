"""`gitlab.getGitlabRepositories`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitlab_get_gitlab_repositories_item import GitlabGetGitlabRepositoriesItem

OPERATION = "gitlab.getGitlabRepositories"
METHOD = "GET"
PATH = "/gitlab.getGitlabRepositories"


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


def parse(data: Any) -> list[GitlabGetGitlabRepositoriesItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.gitlab_get_gitlab_repositories_item import GitlabGetGitlabRepositoriesItem  # noqa: PLC0415

            response_200_item = GitlabGetGitlabRepositoriesItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[GitlabGetGitlabRepositoriesItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    gitlab_id: str,
    client: SyncEngine,
) -> list[GitlabGetGitlabRepositoriesItem]:
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
) -> list[GitlabGetGitlabRepositoriesItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                gitlab_id=gitlab_id,
            ),
        )
    )
