"""`network.import`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.network_import_result import NetworkImportResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.network_import_body import NetworkImportBody

OPERATION = "network.import"
METHOD = "POST"
PATH = "/network.import"


def _get_kwargs(
    *,
    body: NetworkImportBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> NetworkImportResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = NetworkImportResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("NetworkImportResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: NetworkImportBody,
    client: SyncEngine,
) -> NetworkImportResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: NetworkImportBody,
    client: AsyncEngine,
) -> NetworkImportResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
