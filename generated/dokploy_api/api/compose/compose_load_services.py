"""`compose.loadServices`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_load_services_type import ComposeLoadServicesType

OPERATION = "compose.loadServices"
METHOD = "GET"
PATH = "/compose.loadServices"


def _get_kwargs(
    *,
    compose_id: str,
    type_: ComposeLoadServicesType | Unset = "cache",
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["composeId"] = compose_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[str]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("list[str]", data)


def sync(
    *,
    compose_id: str,
    type_: ComposeLoadServicesType | Unset = "cache",
    client: SyncEngine,
) -> list[str]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                type_=type_,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    type_: ComposeLoadServicesType | Unset = "cache",
    client: AsyncEngine,
) -> list[str]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                type_=type_,
            ),
        )
    )
