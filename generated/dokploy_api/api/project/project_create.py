"""`project.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project_create_result import ProjectCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "project.create"
METHOD = "POST"
PATH = "/project.create"


def _get_kwargs(
    *,
    name: str,
    description: None | str | Unset = UNSET,
    env: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "description": description,
                "env": env,
            }
        ),
    }


def parse(data: Any) -> ProjectCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ProjectCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ProjectCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    description: None | str | Unset = UNSET,
    env: str | Unset = UNSET,
    client: SyncEngine,
) -> ProjectCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                description=description,
                env=env,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    description: None | str | Unset = UNSET,
    env: str | Unset = UNSET,
    client: AsyncEngine,
) -> ProjectCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                description=description,
                env=env,
            ),
        )
    )
