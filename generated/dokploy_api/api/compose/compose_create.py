"""`compose.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.compose_create_result import ComposeCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_create_body_compose_type import ComposeCreateBodyComposeType
    from ...models.compose_create_body_source_type import ComposeCreateBodySourceType

OPERATION = "compose.create"
METHOD = "POST"
PATH = "/compose.create"


def _get_kwargs(
    *,
    name: str,
    environment_id: str,
    description: None | str | Unset = UNSET,
    compose_type: ComposeCreateBodyComposeType | Unset = UNSET,
    app_name: str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    compose_file: str | Unset = UNSET,
    source_type: ComposeCreateBodySourceType | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "environmentId": environment_id,
                "description": description,
                "composeType": compose_type,
                "appName": app_name,
                "serverId": server_id,
                "composeFile": compose_file,
                "sourceType": source_type,
            }
        ),
    }


def parse(data: Any) -> ComposeCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ComposeCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ComposeCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    environment_id: str,
    description: None | str | Unset = UNSET,
    compose_type: ComposeCreateBodyComposeType | Unset = UNSET,
    app_name: str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    compose_file: str | Unset = UNSET,
    source_type: ComposeCreateBodySourceType | Unset = UNSET,
    client: SyncEngine,
) -> ComposeCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                environment_id=environment_id,
                description=description,
                compose_type=compose_type,
                app_name=app_name,
                server_id=server_id,
                compose_file=compose_file,
                source_type=source_type,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    environment_id: str,
    description: None | str | Unset = UNSET,
    compose_type: ComposeCreateBodyComposeType | Unset = UNSET,
    app_name: str | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    compose_file: str | Unset = UNSET,
    source_type: ComposeCreateBodySourceType | Unset = UNSET,
    client: AsyncEngine,
) -> ComposeCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                environment_id=environment_id,
                description=description,
                compose_type=compose_type,
                app_name=app_name,
                server_id=server_id,
                compose_file=compose_file,
                source_type=source_type,
            ),
        )
    )
