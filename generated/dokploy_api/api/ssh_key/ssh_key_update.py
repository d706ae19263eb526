"""`sshKey.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ssh_key import SshKey
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "sshKey.update"
METHOD = "POST"
PATH = "/sshKey.update"


def _get_kwargs(
    *,
    ssh_key_id: str,
    name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    last_used_at: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "sshKeyId": ssh_key_id,
                "name": name,
                "description": description,
                "lastUsedAt": last_used_at,
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
    name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    last_used_at: None | str | Unset = UNSET,
    client: SyncEngine,
) -> None | SshKey:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                ssh_key_id=ssh_key_id,
                name=name,
                description=description,
                last_used_at=last_used_at,
            ),
        )
    )


async def asyncio(
    *,
    ssh_key_id: str,
    name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    last_used_at: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> None | SshKey:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ssh_key_id=ssh_key_id,
                name=name,
                description=description,
                last_used_at=last_used_at,
            ),
        )
    )
