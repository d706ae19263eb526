"""`application.readTraefikConfig`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.readTraefikConfig"
METHOD = "GET"
PATH = "/application.readTraefikConfig"


def _get_kwargs(
    *,
    application_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["applicationId"] = application_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> None | str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("None | str", data)


def sync(
    *,
    application_id: str,
    client: SyncEngine,
) -> None | str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    client: AsyncEngine,
) -> None | str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
            ),
        )
    )
