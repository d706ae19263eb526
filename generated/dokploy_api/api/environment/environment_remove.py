"""`environment.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.environment_create_result import EnvironmentCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "environment.remove"
METHOD = "POST"
PATH = "/environment.remove"


def _get_kwargs(
    *,
    environment_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "environmentId": environment_id,
            }
        ),
    }


def parse(data: Any) -> EnvironmentCreateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> EnvironmentCreateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = EnvironmentCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentCreateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("EnvironmentCreateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    environment_id: str,
    client: SyncEngine,
) -> EnvironmentCreateResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
            ),
        )
    )


async def asyncio(
    *,
    environment_id: str,
    client: AsyncEngine,
) -> EnvironmentCreateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
            ),
        )
    )
