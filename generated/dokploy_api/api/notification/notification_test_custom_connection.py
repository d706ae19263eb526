"""`notification.testCustomConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.labels_swarm import LabelsSwarm

OPERATION = "notification.testCustomConnection"
METHOD = "POST"
PATH = "/notification.testCustomConnection"


def _get_kwargs(
    *,
    endpoint: str,
    headers: LabelsSwarm | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "endpoint": endpoint,
                "headers": headers,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    endpoint: str,
    headers: LabelsSwarm | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                endpoint=endpoint,
                headers=headers,
            ),
        )
    )


async def asyncio(
    *,
    endpoint: str,
    headers: LabelsSwarm | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                endpoint=endpoint,
                headers=headers,
            ),
        )
    )
