"""`port.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.port_create_result import PortCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "port.delete"
METHOD = "POST"
PATH = "/port.delete"


def _get_kwargs(
    *,
    port_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "portId": port_id,
            }
        ),
    }


def parse(data: Any) -> None | PortCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | PortCreateResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PortCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PortCreateResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | PortCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    port_id: str,
    client: SyncEngine,
) -> None | PortCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                port_id=port_id,
            ),
        )
    )


async def asyncio(
    *,
    port_id: str,
    client: AsyncEngine,
) -> None | PortCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                port_id=port_id,
            ),
        )
    )
