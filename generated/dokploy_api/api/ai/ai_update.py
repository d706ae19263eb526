"""`ai.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "ai.update"
METHOD = "POST"
PATH = "/ai.update"


def _get_kwargs(
    *,
    ai_id: str,
    name: str | Unset = UNSET,
    api_url: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
    model: str | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    created_at: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "aiId": ai_id,
                "name": name,
                "apiUrl": api_url,
                "apiKey": api_key,
                "model": model,
                "isEnabled": is_enabled,
                "createdAt": created_at,
            }
        ),
    }


def parse(data: Any) -> list[Any]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast("list[Any]", data)


def sync(
    *,
    ai_id: str,
    name: str | Unset = UNSET,
    api_url: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
    model: str | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    created_at: str | Unset = UNSET,
    client: SyncEngine,
) -> list[Any]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
                name=name,
                api_url=api_url,
                api_key=api_key,
                model=model,
                is_enabled=is_enabled,
                created_at=created_at,
            ),
        )
    )


async def asyncio(
    *,
    ai_id: str,
    name: str | Unset = UNSET,
    api_url: str | Unset = UNSET,
    api_key: str | Unset = UNSET,
    model: str | Unset = UNSET,
    is_enabled: bool | Unset = UNSET,
    created_at: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[Any]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
                name=name,
                api_url=api_url,
                api_key=api_key,
                model=model,
                is_enabled=is_enabled,
                created_at=created_at,
            ),
        )
    )
