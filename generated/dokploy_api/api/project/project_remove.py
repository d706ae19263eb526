"""`project.remove`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project_remove_result import ProjectRemoveResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "project.remove"
METHOD = "POST"
PATH = "/project.remove"


def _get_kwargs(
    *,
    project_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "projectId": project_id,
            }
        ),
    }


def parse(data: Any) -> None | ProjectRemoveResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | ProjectRemoveResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ProjectRemoveResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectRemoveResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | ProjectRemoveResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    project_id: str,
    client: SyncEngine,
) -> None | ProjectRemoveResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
            ),
        )
    )


async def asyncio(
    *,
    project_id: str,
    client: AsyncEngine,
) -> None | ProjectRemoveResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                project_id=project_id,
            ),
        )
    )
