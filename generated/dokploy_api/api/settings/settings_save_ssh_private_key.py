"""`settings.saveSSHPrivateKey`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.saveSSHPrivateKey"
METHOD = "POST"
PATH = "/settings.saveSSHPrivateKey"


def _get_kwargs(
    *,
    ssh_private_key: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "sshPrivateKey": ssh_private_key,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    ssh_private_key: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                ssh_private_key=ssh_private_key,
            ),
        )
    )


async def asyncio(
    *,
    ssh_private_key: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ssh_private_key=ssh_private_key,
            ),
        )
    )
