"""`application.start`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.application_delete_result import ApplicationDeleteResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_start_body import ApplicationStartBody

OPERATION = "application.start"
METHOD = "POST"
PATH = "/application.start"


def _get_kwargs(
    *,
    body: ApplicationStartBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ApplicationDeleteResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ApplicationDeleteResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ApplicationDeleteResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ApplicationStartBody,
    client: SyncEngine,
) -> ApplicationDeleteResult:
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
    body: ApplicationStartBody,
    client: AsyncEngine,
) -> ApplicationDeleteResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
