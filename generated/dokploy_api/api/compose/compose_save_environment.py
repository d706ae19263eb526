"""`compose.saveEnvironment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "compose.saveEnvironment"
METHOD = "POST"
PATH = "/compose.saveEnvironment"


def _get_kwargs(
    *,
    compose_id: str,
    env: None | str,
    create_env_file: bool | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "composeId": compose_id,
                "env": env,
                "createEnvFile": create_env_file,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    compose_id: str,
    env: None | str,
    create_env_file: bool | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                env=env,
                create_env_file=create_env_file,
            ),
        )
    )


async def asyncio(
    *,
    compose_id: str,
    env: None | str,
    create_env_file: bool | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                compose_id=compose_id,
                env=env,
                create_env_file=create_env_file,
            ),
        )
    )
