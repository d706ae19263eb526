"""`github.getGithubBranches`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.github_get_github_branches_item import GithubGetGithubBranchesItem

OPERATION = "github.getGithubBranches"
METHOD = "GET"
PATH = "/github.getGithubBranches"


def _get_kwargs(
    *,
    repo: str,
    owner: str,
    github_id: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["repo"] = repo

    params["owner"] = owner

    params["githubId"] = github_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[GithubGetGithubBranchesItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.github_get_github_branches_item import GithubGetGithubBranchesItem  # noqa: PLC0415

            response_200_item = GithubGetGithubBranchesItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[GithubGetGithubBranchesItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    repo: str,
    owner: str,
    github_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[GithubGetGithubBranchesItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                repo=repo,
                owner=owner,
                github_id=github_id,
            ),
        )
    )


async def asyncio(
    *,
    repo: str,
    owner: str,
    github_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[GithubGetGithubBranchesItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                repo=repo,
                owner=owner,
                github_id=github_id,
            ),
        )
    )
