"""`libsql.saveExternalPorts`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import Any, cast

from ...client import AsyncEngine, SyncEngine
from ...models.libsql_save_external_ports_body import LibsqlSaveExternalPortsBody

OPERATION = "libsql.saveExternalPorts"
METHOD = "POST"
PATH = "/libsql.saveExternalPorts"


def _get_kwargs(
    *,
    body: LibsqlSaveExternalPortsBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    body: LibsqlSaveExternalPortsBody,
    client: SyncEngine,
) -> Any:
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
    body: LibsqlSaveExternalPortsBody,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
