"""`environment.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.environment_create_result import EnvironmentCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "environment.create"
METHOD = "POST"
PATH = "/environment.create"


def _get_kwargs(
    *,
    name: str,
    project_id: str,
    description: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "projectId": project_id,
                "description": description,
            }
        ),
    }


def parse(data: Any) -> EnvironmentCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = EnvironmentCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("EnvironmentCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    project_id: str,
    description: str | Unset = UNSET,
    client: SyncEngine,
) -> EnvironmentCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                project_id=project_id,
                description=description,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    project_id: str,
    description: str | Unset = UNSET,
    client: AsyncEngine,
) -> EnvironmentCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                project_id=project_id,
                description=description,
            ),
        )
    )
