"""`project.duplicate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.project_duplicate_result import ProjectDuplicateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.project_duplicate_body_selected_services_item import ProjectDuplicateBodySelectedServicesItem

OPERATION = "project.duplicate"
METHOD = "POST"
PATH = "/project.duplicate"


def _get_kwargs(
    *,
    source_environment_id: str,
    name: str,
    description: str | Unset = UNSET,
    include_services: bool | Unset = True,
    selected_services: list[ProjectDuplicateBodySelectedServicesItem] | Unset = UNSET,
    duplicate_in_same_project: bool | Unset = False,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "sourceEnvironmentId": source_environment_id,
                "name": name,
                "description": description,
                "includeServices": include_services,
                "selectedServices": selected_services,
                "duplicateInSameProject": duplicate_in_same_project,
            }
        ),
    }


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
    source_environment_id: str,
    name: str,
    description: str | Unset = UNSET,
    include_services: bool | Unset = True,
    selected_services: list[ProjectDuplicateBodySelectedServicesItem] | Unset = UNSET,
    duplicate_in_same_project: bool | Unset = False,
    client: SyncEngine,
) -> None | ProjectDuplicateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                source_environment_id=source_environment_id,
                name=name,
                description=description,
                include_services=include_services,
                selected_services=selected_services,
                duplicate_in_same_project=duplicate_in_same_project,
            ),
        )
    )


async def asyncio(
    *,
    source_environment_id: str,
    name: str,
    description: str | Unset = UNSET,
    include_services: bool | Unset = True,
    selected_services: list[ProjectDuplicateBodySelectedServicesItem] | Unset = UNSET,
    duplicate_in_same_project: bool | Unset = False,
    client: AsyncEngine,
) -> None | ProjectDuplicateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                source_environment_id=source_environment_id,
                name=name,
                description=description,
                include_services=include_services,
                selected_services=selected_services,
                duplicate_in_same_project=duplicate_in_same_project,
            ),
        )
    )
