"""`forwardAuth.disable`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.forward_auth_deploy_on_server_result import ForwardAuthDeployOnServerResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "forwardAuth.disable"
METHOD = "POST"
PATH = "/forwardAuth.disable"


def _get_kwargs(
    *,
    domain_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "domainId": domain_id,
            }
        ),
    }


def parse(data: Any) -> ForwardAuthDeployOnServerResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ForwardAuthDeployOnServerResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ForwardAuthDeployOnServerResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    domain_id: str,
    client: SyncEngine,
) -> ForwardAuthDeployOnServerResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                domain_id=domain_id,
            ),
        )
    )


async def asyncio(
    *,
    domain_id: str,
    client: AsyncEngine,
) -> ForwardAuthDeployOnServerResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                domain_id=domain_id,
            ),
        )
    )
