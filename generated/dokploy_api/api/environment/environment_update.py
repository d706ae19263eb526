"""`environment.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.environment_create_result import EnvironmentCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "environment.update"
METHOD = "POST"
PATH = "/environment.update"


def _get_kwargs(
    *,
    environment_id: str,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    env: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "environmentId": environment_id,
                "name": name,
                "description": description,
                "projectId": project_id,
                "env": env,
            }
        ),
    }


def parse(data: Any) -> EnvironmentCreateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> EnvironmentCreateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = EnvironmentCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnvironmentCreateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("EnvironmentCreateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    environment_id: str,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    env: str | Unset = UNSET,
    client: SyncEngine,
) -> EnvironmentCreateResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
                name=name,
                description=description,
                project_id=project_id,
                env=env,
            ),
        )
    )


async def asyncio(
    *,
    environment_id: str,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    env: str | Unset = UNSET,
    client: AsyncEngine,
) -> EnvironmentCreateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                environment_id=environment_id,
                name=name,
                description=description,
                project_id=project_id,
                env=env,
            ),
        )
    )
