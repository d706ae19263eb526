"""`ai.suggest`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_suggest_item import AiSuggestItem

OPERATION = "ai.suggest"
METHOD = "POST"
PATH = "/ai.suggest"


def _get_kwargs(
    *,
    ai_id: str,
    input_: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "aiId": ai_id,
                "input": input_,
                "serverId": server_id,
            }
        ),
    }


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
    ai_id: str,
    input_: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> list[AiSuggestItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
                input_=input_,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    ai_id: str,
    input_: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[AiSuggestItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
                input_=input_,
                server_id=server_id,
            ),
        )
    )
