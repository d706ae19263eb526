"""`security.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.security import Security
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "security.delete"
METHOD = "POST"
PATH = "/security.delete"


def _get_kwargs(
    *,
    security_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "securityId": security_id,
            }
        ),
    }


def parse(data: Any) -> Security:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Security.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Security", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    security_id: str,
    client: SyncEngine,
) -> Security:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                security_id=security_id,
            ),
        )
    )


async def asyncio(
    *,
    security_id: str,
    client: AsyncEngine,
) -> Security:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                security_id=security_id,
            ),
        )
    )
