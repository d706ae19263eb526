"""`server.validate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.server_validate_result import ServerValidateResult
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "server.validate"
METHOD = "GET"
PATH = "/server.validate"


def _get_kwargs(
    *,
    server_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["serverId"] = server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> ServerValidateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ServerValidateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ServerValidateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str,
    client: SyncEngine,
) -> ServerValidateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str,
    client: AsyncEngine,
) -> ServerValidateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )
