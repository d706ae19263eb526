"""`ai.saveCustomProviders`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_get_custom_providers_item import AiGetCustomProvidersItem
    from ...models.ai_save_custom_providers_body import AiSaveCustomProvidersBody

OPERATION = "ai.saveCustomProviders"
METHOD = "POST"
PATH = "/ai.saveCustomProviders"


def _get_kwargs(
    *,
    body: AiSaveCustomProvidersBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


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
    body: AiSaveCustomProvidersBody,
    client: SyncEngine,
) -> list[AiGetCustomProvidersItem]:
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
    body: AiSaveCustomProvidersBody,
    client: AsyncEngine,
) -> list[AiGetCustomProvidersItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
