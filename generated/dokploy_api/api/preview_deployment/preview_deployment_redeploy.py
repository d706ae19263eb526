"""`previewDeployment.redeploy`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "previewDeployment.redeploy"
METHOD = "POST"
PATH = "/previewDeployment.redeploy"


def _get_kwargs(
    *,
    preview_deployment_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "previewDeploymentId": preview_deployment_id,
                "title": title,
                "description": description,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    preview_deployment_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                preview_deployment_id=preview_deployment_id,
                title=title,
                description=description,
            ),
        )
    )


async def asyncio(
    *,
    preview_deployment_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                preview_deployment_id=preview_deployment_id,
                title=title,
                description=description,
            ),
        )
    )
