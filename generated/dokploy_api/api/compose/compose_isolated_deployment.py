"""`compose.isolatedDeployment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.isolatedDeployment"
METHOD = "POST"
PATH = "/compose.isolatedDeployment"


def _get_kwargs(
    *,
    compose_id: str,
    suffix: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "composeId": compose_id,
                "suffix": suffix,
            }
        ),
    }


def parse(data: Any) -> str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(str, data)


def sync(
    *,
    compose_id: str,
    suffix: str | Unset = UNSET,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                suffix=suffix,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    suffix: str | Unset = UNSET,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                suffix=suffix,
            ),
        )
    )
