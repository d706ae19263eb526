"""`compose.redeploy`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_deploy_result import ComposeDeployResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_redeploy_body import ComposeRedeployBody

OPERATION = "compose.redeploy"
METHOD = "POST"
PATH = "/compose.redeploy"


def _get_kwargs(
    *,
    body: ComposeRedeployBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> bool | ComposeDeployResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> bool | ComposeDeployResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ComposeDeployResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ComposeDeployResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("bool | ComposeDeployResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ComposeRedeployBody,
    client: SyncEngine,
) -> bool | ComposeDeployResult:
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
    body: ComposeRedeployBody,
    client: AsyncEngine,
) -> bool | ComposeDeployResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
