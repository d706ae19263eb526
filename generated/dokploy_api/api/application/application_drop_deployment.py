"""`application.dropDeployment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_drop_deployment_body import ApplicationDropDeploymentBody

OPERATION = "application.dropDeployment"
METHOD = "POST"
PATH = "/application.dropDeployment"


def _get_kwargs(
    *,
    body: ApplicationDropDeploymentBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["files"] = body.to_multipart()

    return _kwargs


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    body: ApplicationDropDeploymentBody,
    client: SyncEngine,
) -> bool:
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
    body: ApplicationDropDeploymentBody,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
