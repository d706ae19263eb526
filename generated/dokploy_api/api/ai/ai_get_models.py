"""`ai.getModels`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_get_models_item import AiGetModelsItem

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


def parse(data: Any) -> list[AiGetModelsItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.ai_get_models_item import AiGetModelsItem  # noqa: PLC0415

            response_200_item = AiGetModelsItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[AiGetModelsItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    api_url: str,
    api_key: str,
    client: SyncEngine,
) -> list[AiGetModelsItem]:
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
) -> list[AiGetModelsItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                api_url=api_url,
                api_key=api_key,
            ),
        )
    )
