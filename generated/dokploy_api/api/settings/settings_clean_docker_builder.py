"""`settings.cleanDockerBuilder`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.settings_clean_docker_builder_body import SettingsCleanDockerBuilderBody

OPERATION = "settings.cleanDockerBuilder"
METHOD = "POST"
PATH = "/settings.cleanDockerBuilder"


def _get_kwargs(
    *,
    body: SettingsCleanDockerBuilderBody | Unset = UNSET,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    body: SettingsCleanDockerBuilderBody | Unset = UNSET,
    client: SyncEngine,
) -> None:
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
    body: SettingsCleanDockerBuilderBody | Unset = UNSET,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
