"""`application.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.application_create_result import ApplicationCreateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_move_body import ApplicationMoveBody

OPERATION = "application.move"
METHOD = "POST"
PATH = "/application.move"


def _get_kwargs(
    *,
    body: ApplicationMoveBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ApplicationCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ApplicationCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ApplicationCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ApplicationMoveBody,
    client: SyncEngine,
) -> ApplicationCreateResult:
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
    body: ApplicationMoveBody,
    client: AsyncEngine,
) -> ApplicationCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
