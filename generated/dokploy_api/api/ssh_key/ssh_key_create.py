"""`sshKey.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "sshKey.create"
METHOD = "POST"
PATH = "/sshKey.create"


def _get_kwargs(
    *,
    name: str,
    private_key: str,
    public_key: str,
    organization_id: str,
    description: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "privateKey": private_key,
                "publicKey": public_key,
                "organizationId": organization_id,
                "description": description,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    name: str,
    private_key: str,
    public_key: str,
    organization_id: str,
    description: None | str | Unset = UNSET,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                private_key=private_key,
                public_key=public_key,
                organization_id=organization_id,
                description=description,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    private_key: str,
    public_key: str,
    organization_id: str,
    description: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                private_key=private_key,
                public_key=public_key,
                organization_id=organization_id,
                description=description,
            ),
        )
    )
