"""`application.deploy`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.deploy"
METHOD = "POST"
PATH = "/application.deploy"


def _get_kwargs(
    *,
    application_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "applicationId": application_id,
                "title": title,
                "description": description,
            }
        ),
    }


def parse(data: Any) -> bool | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("bool | None", data)


def sync(
    *,
    application_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
    client: SyncEngine,
) -> bool | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                title=title,
                description=description,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    title: str | Unset = UNSET,
    description: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                title=title,
                description=description,
            ),
        )
    )
