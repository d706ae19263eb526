"""`security.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "security.update"
METHOD = "POST"
PATH = "/security.update"


def _get_kwargs(
    *,
    security_id: str,
    username: str,
    password: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "securityId": security_id,
                "username": username,
                "password": password,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    security_id: str,
    username: str,
    password: str,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                security_id=security_id,
                username=username,
                password=password,
            ),
        )
    )


async def asyncio(
    *,
    security_id: str,
    username: str,
    password: str,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                security_id=security_id,
                username=username,
                password=password,
            ),
        )
    )
