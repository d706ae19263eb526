"""`gitlab.getGitlabBranches`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_get_gitea_branches_item import GiteaGetGiteaBranchesItem

OPERATION = "gitlab.getGitlabBranches"
METHOD = "GET"
PATH = "/gitlab.getGitlabBranches"


def _get_kwargs(
    *,
    id: float | Unset = UNSET,
    owner: str,
    repo: str,
    gitlab_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["id"] = id

    params["owner"] = owner

    params["repo"] = repo

    params["gitlabId"] = gitlab_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[GiteaGetGiteaBranchesItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.gitea_get_gitea_branches_item import GiteaGetGiteaBranchesItem  # noqa: PLC0415

            response_200_item = GiteaGetGiteaBranchesItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[GiteaGetGiteaBranchesItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    id: float | Unset = UNSET,
    owner: str,
    repo: str,
    gitlab_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[GiteaGetGiteaBranchesItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                owner=owner,
                repo=repo,
                gitlab_id=gitlab_id,
            ),
        )
    )


async def asyncio(
    *,
    id: float | Unset = UNSET,
    owner: str,
    repo: str,
    gitlab_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[GiteaGetGiteaBranchesItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                owner=owner,
                repo=repo,
                gitlab_id=gitlab_id,
            ),
        )
    )
