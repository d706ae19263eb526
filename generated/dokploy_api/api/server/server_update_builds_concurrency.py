"""`server.updateBuildsConcurrency`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.server_create_result import ServerCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "server.updateBuildsConcurrency"
METHOD = "POST"
PATH = "/server.updateBuildsConcurrency"


def _get_kwargs(
    *,
    server_id: str,
    builds_concurrency: int,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "serverId": server_id,
                "buildsConcurrency": builds_concurrency,
            }
        ),
    }


def parse(data: Any) -> None | ServerCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | ServerCreateResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ServerCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerCreateResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | ServerCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: str,
    builds_concurrency: int,
    client: SyncEngine,
) -> None | ServerCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
                builds_concurrency=builds_concurrency,
            ),
        )
    )


async def asyncio(
    *,
    server_id: str,
    builds_concurrency: int,
    client: AsyncEngine,
) -> None | ServerCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
                builds_concurrency=builds_concurrency,
            ),
        )
    )
