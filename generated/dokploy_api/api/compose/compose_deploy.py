"""`compose.deploy`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_deploy_result import ComposeDeployResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.deploy"
METHOD = "POST"
PATH = "/compose.deploy"


def _get_kwargs(
    *,
    compose_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "composeId": compose_id,
                "title": title,
                "description": description,
            }
        ),
    }


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
    compose_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
    client: SyncEngine,
) -> bool | ComposeDeployResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                title=title,
                description=description,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool | ComposeDeployResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                title=title,
                description=description,
            ),
        )
    )
