"""`ai.suggest`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_suggest_body import AiSuggestBody
    from ...models.ai_suggest_item import AiSuggestItem

OPERATION = "ai.suggest"
METHOD = "POST"
PATH = "/ai.suggest"


def _get_kwargs(
    *,
    body: AiSuggestBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> list[AiSuggestItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.ai_suggest_item import AiSuggestItem  # noqa: PLC0415

            response_200_item = AiSuggestItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[AiSuggestItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: AiSuggestBody,
    client: SyncEngine,
) -> list[AiSuggestItem]:
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
    body: AiSuggestBody,
    client: AsyncEngine,
) -> list[AiSuggestItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
