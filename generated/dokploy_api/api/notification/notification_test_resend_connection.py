"""`notification.testResendConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.testResendConnection"
METHOD = "POST"
PATH = "/notification.testResendConnection"


def _get_kwargs(
    *,
    api_key: str,
    from_address: str,
    to_addresses: list[str],
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "apiKey": api_key,
                "fromAddress": from_address,
                "toAddresses": to_addresses,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    api_key: str,
    from_address: str,
    to_addresses: list[str],
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                api_key=api_key,
                from_address=from_address,
                to_addresses=to_addresses,
            ),
        )
    )


async def asyncio(
    *,
    api_key: str,
    from_address: str,
    to_addresses: list[str],
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                api_key=api_key,
                from_address=from_address,
                to_addresses=to_addresses,
            ),
        )
    )
