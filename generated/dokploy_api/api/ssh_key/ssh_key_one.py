"""`sshKey.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ssh_key import SshKey
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

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


def parse(data: Any) -> SshKey:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SshKey.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SshKey", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    ssh_key_id: str,
    client: SyncEngine,
) -> SshKey:
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
) -> SshKey:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ssh_key_id=ssh_key_id,
            ),
        )
    )
