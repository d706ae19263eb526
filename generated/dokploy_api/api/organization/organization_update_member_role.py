"""`organization.updateMemberRole`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "organization.updateMemberRole"
METHOD = "POST"
PATH = "/organization.updateMemberRole"


def _get_kwargs(
    *,
    member_id: str,
    role: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "memberId": member_id,
                "role": role,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    member_id: str,
    role: str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                member_id=member_id,
                role=role,
            ),
        )
    )


async def asyncio(
    *,
    member_id: str,
    role: str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                member_id=member_id,
                role=role,
            ),
        )
    )
