"""`ai.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "ai.create"
METHOD = "POST"
PATH = "/ai.create"


def _get_kwargs(
    *,
    name: str,
    api_url: str,
    api_key: str,
    model: str,
    is_enabled: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "apiUrl": api_url,
                "apiKey": api_key,
                "model": model,
                "isEnabled": is_enabled,
            }
        ),
    }


def parse(data: Any) -> list[Any]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("list[Any]", data)


def sync(
    *,
    name: str,
    api_url: str,
    api_key: str,
    model: str,
    is_enabled: bool,
    client: SyncEngine,
) -> list[Any]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                api_url=api_url,
                api_key=api_key,
                model=model,
                is_enabled=is_enabled,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    api_url: str,
    api_key: str,
    model: str,
    is_enabled: bool,
    client: AsyncEngine,
) -> list[Any]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                api_url=api_url,
                api_key=api_key,
                model=model,
                is_enabled=is_enabled,
            ),
        )
    )
