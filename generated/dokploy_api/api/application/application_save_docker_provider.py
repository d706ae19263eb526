"""`application.saveDockerProvider`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.saveDockerProvider"
METHOD = "POST"
PATH = "/application.saveDockerProvider"


def _get_kwargs(
    *,
    docker_image: None | str,
    application_id: str,
    username: None | str,
    password: None | str,
    registry_url: None | str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "dockerImage": docker_image,
                "applicationId": application_id,
                "username": username,
                "password": password,
                "registryUrl": registry_url,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    docker_image: None | str,
    application_id: str,
    username: None | str,
    password: None | str,
    registry_url: None | str,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                docker_image=docker_image,
                application_id=application_id,
                username=username,
                password=password,
                registry_url=registry_url,
            ),
        )
    )


async def asyncio(
    *,
    docker_image: None | str,
    application_id: str,
    username: None | str,
    password: None | str,
    registry_url: None | str,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                docker_image=docker_image,
                application_id=application_id,
                username=username,
                password=password,
                registry_url=registry_url,
            ),
        )
    )
