"""`patch.byEntityId`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import Any, cast

from ...client import AsyncEngine, SyncEngine
from ...models.patch_by_entity_id_type import PatchByEntityIdType
from ...types import UNSET

OPERATION = "patch.byEntityId"
METHOD = "GET"
PATH = "/patch.byEntityId"


def _get_kwargs(
    *,
    id: str,
    type_: PatchByEntityIdType,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["id"] = id

    json_type_ = type_.value
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    id: str,
    type_: PatchByEntityIdType,
    client: SyncEngine,
) -> Any:
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
    type_: PatchByEntityIdType,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                id=id,
                type_=type_,
            ),
        )
    )
