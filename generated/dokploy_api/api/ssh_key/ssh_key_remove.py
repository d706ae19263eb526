"""`sshKey.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ssh_key import SshKey
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "sshKey.remove"
METHOD = "POST"
PATH = "/sshKey.remove"


def _get_kwargs(
    *,
    ssh_key_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "sshKeyId": ssh_key_id,
            }
        ),
    }


def parse(data: Any) -> None | SshKey:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | SshKey:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SshKey.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SshKey, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | SshKey", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    ssh_key_id: str,
    client: SyncEngine,
) -> None | SshKey:
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
) -> None | SshKey:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ssh_key_id=ssh_key_id,
            ),
        )
    )
