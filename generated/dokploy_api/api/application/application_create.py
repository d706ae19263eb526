"""`application.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.application_create_result import ApplicationCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_create_body_source_type import ApplicationCreateBodySourceType

OPERATION = "application.create"
METHOD = "POST"
PATH = "/application.create"


def _get_kwargs(
    *,
    name: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    source_type: ApplicationCreateBodySourceType | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "environmentId": environment_id,
                "appName": app_name,
                "description": description,
                "serverId": server_id,
                "sourceType": source_type,
            }
        ),
    }


def parse(data: Any) -> ApplicationCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ApplicationCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ApplicationCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    source_type: ApplicationCreateBodySourceType | Unset = UNSET,
    client: SyncEngine,
) -> ApplicationCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                environment_id=environment_id,
                app_name=app_name,
                description=description,
                server_id=server_id,
                source_type=source_type,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    environment_id: str,
    app_name: str | Unset = UNSET,
    description: None | str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    source_type: ApplicationCreateBodySourceType | Unset = UNSET,
    client: AsyncEngine,
) -> ApplicationCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                environment_id=environment_id,
                app_name=app_name,
                description=description,
                server_id=server_id,
                source_type=source_type,
            ),
        )
    )
