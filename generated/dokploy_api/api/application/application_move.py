"""`application.move`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.application_create_result import ApplicationCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.move"
METHOD = "POST"
PATH = "/application.move"


def _get_kwargs(
    *,
    application_id: str,
    target_environment_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "applicationId": application_id,
                "targetEnvironmentId": target_environment_id,
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
    application_id: str,
    target_environment_id: str,
    client: SyncEngine,
) -> ApplicationCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                target_environment_id=target_environment_id,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    target_environment_id: str,
    client: AsyncEngine,
) -> ApplicationCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                target_environment_id=target_environment_id,
            ),
        )
    )
