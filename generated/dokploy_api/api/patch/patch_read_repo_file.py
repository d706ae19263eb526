"""`patch.readRepoFile`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch_read_repo_file_type import PatchReadRepoFileType

OPERATION = "patch.readRepoFile"
METHOD = "GET"
PATH = "/patch.readRepoFile"


def _get_kwargs(
    *,
    id: str,
    type_: PatchReadRepoFileType,
    file_path: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["id"] = id

    json_type_: str = type_
    params["type"] = json_type_

    params["filePath"] = file_path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(str, data)


def sync(
    *,
    id: str,
    type_: PatchReadRepoFileType,
    file_path: str,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
                file_path=file_path,
            ),
        )
    )


async def asyncio(
    *,
    id: str,
    type_: PatchReadRepoFileType,
    file_path: str,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
                file_path=file_path,
            ),
        )
    )
