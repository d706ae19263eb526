"""`mounts.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.mounts_create_result import MountsCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mounts.remove"
METHOD = "POST"
PATH = "/mounts.remove"


def _get_kwargs(
    *,
    mount_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "mountId": mount_id,
            }
        ),
    }


def parse(data: Any) -> MountsCreateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> MountsCreateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = MountsCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MountsCreateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("MountsCreateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    mount_id: str,
    client: SyncEngine,
) -> MountsCreateResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                mount_id=mount_id,
            ),
        )
    )


async def asyncio(
    *,
    mount_id: str,
    client: AsyncEngine,
) -> MountsCreateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                mount_id=mount_id,
            ),
        )
    )
