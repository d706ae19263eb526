"""`network.import`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.network_import_result import NetworkImportResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "network.import"
METHOD = "POST"
PATH = "/network.import"


def _get_kwargs(
    *,
    names: list[str],
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "names": names,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> NetworkImportResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = NetworkImportResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("NetworkImportResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    names: list[str],
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> NetworkImportResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                names=names,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    names: list[str],
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> NetworkImportResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                names=names,
                server_id=server_id,
            ),
        )
    )
