"""`ai.getModels`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "ai.getModels"
METHOD = "GET"
PATH = "/ai.getModels"


def _get_kwargs(
    *,
    api_url: str,
    api_key: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["apiUrl"] = api_url

    params["apiKey"] = api_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    api_url: str,
    api_key: str,
    client: SyncEngine,
) -> Any:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                api_url=api_url,
                api_key=api_key,
            ),
        )
    )


async def asyncio(
    *,
    api_url: str,
    api_key: str,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                api_url=api_url,
                api_key=api_key,
            ),
        )
    )
