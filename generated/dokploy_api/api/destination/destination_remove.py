"""`destination.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.destination import Destination
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "destination.remove"
METHOD = "POST"
PATH = "/destination.remove"


def _get_kwargs(
    *,
    destination_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "destinationId": destination_id,
            }
        ),
    }


def parse(data: Any) -> Destination | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> Destination | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Destination.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Destination | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Destination | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    destination_id: str,
    client: SyncEngine,
) -> Destination | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                destination_id=destination_id,
            ),
        )
    )


async def asyncio(
    *,
    destination_id: str,
    client: AsyncEngine,
) -> Destination | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                destination_id=destination_id,
            ),
        )
    )
