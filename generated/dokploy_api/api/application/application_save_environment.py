"""`application.saveEnvironment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.saveEnvironment"
METHOD = "POST"
PATH = "/application.saveEnvironment"


def _get_kwargs(
    *,
    application_id: str,
    env: None | str,
    build_args: None | str,
    build_secrets: None | str,
    create_env_file: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "applicationId": application_id,
                "env": env,
                "buildArgs": build_args,
                "buildSecrets": build_secrets,
                "createEnvFile": create_env_file,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    application_id: str,
    env: None | str,
    build_args: None | str,
    build_secrets: None | str,
    create_env_file: bool,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                env=env,
                build_args=build_args,
                build_secrets=build_secrets,
                create_env_file=create_env_file,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    env: None | str,
    build_args: None | str,
    build_secrets: None | str,
    create_env_file: bool,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                env=env,
                build_args=build_args,
                build_secrets=build_secrets,
                create_env_file=create_env_file,
            ),
        )
    )
