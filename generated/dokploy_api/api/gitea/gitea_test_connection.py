"""`gitea.testConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitea.testConnection"
METHOD = "POST"
PATH = "/gitea.testConnection"


def _get_kwargs(
    *,
    gitea_id: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "giteaId": gitea_id,
                "organizationName": organization_name,
            }
        ),
    }


def parse(data: Any) -> str:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(str, data)


def sync(
    *,
    gitea_id: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
    client: SyncEngine,
) -> str:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                gitea_id=gitea_id,
                organization_name=organization_name,
            ),
        )
    )


async def asyncio(
    *,
    gitea_id: str | Unset = UNSET,
    organization_name: str | Unset = UNSET,
    client: AsyncEngine,
) -> str:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                gitea_id=gitea_id,
                organization_name=organization_name,
            ),
        )
    )
