"""`ai.saveCustomProviders`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_get_custom_providers_item import AiGetCustomProvidersItem
    from ...models.ai_save_custom_providers_body_providers_item import AiSaveCustomProvidersBodyProvidersItem

OPERATION = "ai.saveCustomProviders"
METHOD = "POST"
PATH = "/ai.saveCustomProviders"


def _get_kwargs(
    *,
    providers: list[AiSaveCustomProvidersBodyProvidersItem],
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "providers": providers,
            }
        ),
    }


def parse(data: Any) -> list[AiGetCustomProvidersItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.ai_get_custom_providers_item import AiGetCustomProvidersItem  # noqa: PLC0415

            response_200_item = AiGetCustomProvidersItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[AiGetCustomProvidersItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    providers: list[AiSaveCustomProvidersBodyProvidersItem],
    client: SyncEngine,
) -> list[AiGetCustomProvidersItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                providers=providers,
            ),
        )
    )


async def asyncio(
    *,
    providers: list[AiSaveCustomProvidersBodyProvidersItem],
    client: AsyncEngine,
) -> list[AiGetCustomProvidersItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                providers=providers,
            ),
        )
    )
