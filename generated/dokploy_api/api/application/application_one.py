"""`application.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.application import Application
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.one"
METHOD = "GET"
PATH = "/application.one"


def _get_kwargs(
    *,
    application_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["applicationId"] = application_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Application:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Application.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Application", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    application_id: str,
    client: SyncEngine,
) -> Application:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    client: AsyncEngine,
) -> Application:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
            ),
        )
    )
