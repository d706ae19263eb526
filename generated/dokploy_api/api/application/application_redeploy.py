"""`application.redeploy`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_redeploy_body import ApplicationRedeployBody

OPERATION = "application.redeploy"
METHOD = "POST"
PATH = "/application.redeploy"


def _get_kwargs(
    *,
    body: ApplicationRedeployBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> bool | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = cast("bool | None", data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("bool | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ApplicationRedeployBody,
    client: SyncEngine,
) -> bool | None:
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
    body: ApplicationRedeployBody,
    client: AsyncEngine,
) -> bool | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
