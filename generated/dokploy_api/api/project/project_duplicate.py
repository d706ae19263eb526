"""`project.duplicate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project_duplicate_result import ProjectDuplicateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.project_duplicate_body import ProjectDuplicateBody

OPERATION = "project.duplicate"
METHOD = "POST"
PATH = "/project.duplicate"


def _get_kwargs(
    *,
    body: ProjectDuplicateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> None | ProjectDuplicateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> None | ProjectDuplicateResult:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ProjectDuplicateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectDuplicateResult, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("None | ProjectDuplicateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ProjectDuplicateBody,
    client: SyncEngine,
) -> None | ProjectDuplicateResult:
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
    body: ProjectDuplicateBody,
    client: AsyncEngine,
) -> None | ProjectDuplicateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
