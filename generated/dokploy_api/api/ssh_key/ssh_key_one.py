"""`sshKey.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import Any, cast

from ...client import AsyncEngine, SyncEngine
from ...types import UNSET

OPERATION = "sshKey.one"
METHOD = "GET"
PATH = "/sshKey.one"


def _get_kwargs(
    *,
    ssh_key_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["sshKeyId"] = ssh_key_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    ssh_key_id: str,
    client: SyncEngine,
) -> Any:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                ssh_key_id=ssh_key_id,
            ),
        )
    )


async def asyncio(
    *,
    ssh_key_id: str,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ssh_key_id=ssh_key_id,
            ),
        )
    )
