"""`notification.testEmailConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.testEmailConnection"
METHOD = "POST"
PATH = "/notification.testEmailConnection"


def _get_kwargs(
    *,
    smtp_server: str,
    smtp_port: float,
    username: str,
    password: str,
    to_addresses: list[str],
    from_address: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "smtpServer": smtp_server,
                "smtpPort": smtp_port,
                "username": username,
                "password": password,
                "toAddresses": to_addresses,
                "fromAddress": from_address,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    smtp_server: str,
    smtp_port: float,
    username: str,
    password: str,
    to_addresses: list[str],
    from_address: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                smtp_server=smtp_server,
                smtp_port=smtp_port,
                username=username,
                password=password,
                to_addresses=to_addresses,
                from_address=from_address,
            ),
        )
    )


async def asyncio(
    *,
    smtp_server: str,
    smtp_port: float,
    username: str,
    password: str,
    to_addresses: list[str],
    from_address: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                smtp_server=smtp_server,
                smtp_port=smtp_port,
                username=username,
                password=password,
                to_addresses=to_addresses,
                from_address=from_address,
            ),
        )
    )
