"""`patch.readRepoDirectories`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch_read_repo_directories_item import PatchReadRepoDirectoriesItem
    from ...models.patch_read_repo_directories_type import PatchReadRepoDirectoriesType

OPERATION = "patch.readRepoDirectories"
METHOD = "GET"
PATH = "/patch.readRepoDirectories"


def _get_kwargs(
    *,
    id: str,
    type_: PatchReadRepoDirectoriesType,
    repo_path: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["id"] = id

    json_type_: str = type_
    params["type"] = json_type_

    params["repoPath"] = repo_path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[PatchReadRepoDirectoriesItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.patch_read_repo_directories_item import PatchReadRepoDirectoriesItem  # noqa: PLC0415

            response_200_item = PatchReadRepoDirectoriesItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[PatchReadRepoDirectoriesItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    id: str,
    type_: PatchReadRepoDirectoriesType,
    repo_path: str,
    client: SyncEngine,
) -> list[PatchReadRepoDirectoriesItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
                repo_path=repo_path,
            ),
        )
    )


async def asyncio(
    *,
    id: str,
    type_: PatchReadRepoDirectoriesType,
    repo_path: str,
    client: AsyncEngine,
) -> list[PatchReadRepoDirectoriesItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
                repo_path=repo_path,
            ),
        )
    )
