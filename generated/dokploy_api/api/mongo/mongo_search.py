"""`mongo.search`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.application_search_result import ApplicationSearchResult
from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "mongo.search"
METHOD = "GET"
PATH = "/mongo.search"


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    name: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    limit: float | Unset = 20.0,
    offset: float | Unset = 0.0,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["q"] = q

    params["name"] = name

    params["appName"] = app_name

    params["description"] = description

    params["projectId"] = project_id

    params["environmentId"] = environment_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> ApplicationSearchResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ApplicationSearchResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ApplicationSearchResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    q: str | Unset = UNSET,
    name: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    limit: float | Unset = 20.0,
    offset: float | Unset = 0.0,
    client: SyncEngine,
) -> ApplicationSearchResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                q=q,
                name=name,
                app_name=app_name,
                description=description,
                project_id=project_id,
                environment_id=environment_id,
                limit=limit,
                offset=offset,
            ),
        )
    )


async def asyncio(
    *,
    q: str | Unset = UNSET,
    name: str | Unset = UNSET,
    app_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    environment_id: str | Unset = UNSET,
    limit: float | Unset = 20.0,
    offset: float | Unset = 0.0,
    client: AsyncEngine,
) -> ApplicationSearchResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                q=q,
                name=name,
                app_name=app_name,
                description=description,
                project_id=project_id,
                environment_id=environment_id,
                limit=limit,
                offset=offset,
            ),
        )
    )
