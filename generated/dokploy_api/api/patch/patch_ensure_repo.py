"""`patch.ensureRepo`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch_ensure_repo_body_type import PatchEnsureRepoBodyType

OPERATION = "patch.ensureRepo"
METHOD = "POST"
PATH = "/patch.ensureRepo"


def _get_kwargs(
    *,
    id: str,
    type_: PatchEnsureRepoBodyType,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "id": id,
                "type": type_,
            }
        ),
    }


def parse(data: Any) -> str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(str, data)


def sync(
    *,
    id: str,
    type_: PatchEnsureRepoBodyType,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
            ),
        )
    )


async def asyncio(
    *,
    id: str,
    type_: PatchEnsureRepoBodyType,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
            ),
        )
    )
