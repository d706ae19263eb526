"""`security.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.security import Security
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.security_delete_body import SecurityDeleteBody

OPERATION = "security.delete"
METHOD = "POST"
PATH = "/security.delete"


def _get_kwargs(
    *,
    body: SecurityDeleteBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Security:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Security.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Security", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: SecurityDeleteBody,
    client: SyncEngine,
) -> Security:
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
    body: SecurityDeleteBody,
    client: AsyncEngine,
) -> Security:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
