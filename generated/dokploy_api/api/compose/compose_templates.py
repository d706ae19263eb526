"""`compose.templates`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.compose_templates_item import ComposeTemplatesItem

OPERATION = "compose.templates"
METHOD = "GET"
PATH = "/compose.templates"


def _get_kwargs(
    *,
    base_url: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["baseUrl"] = base_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> list[ComposeTemplatesItem]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            from dokploy_api.models.compose_templates_item import ComposeTemplatesItem  # noqa: PLC0415

            response_200_item = ComposeTemplatesItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[ComposeTemplatesItem]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    base_url: str | Unset = UNSET,
    client: SyncEngine,
) -> list[ComposeTemplatesItem]:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                base_url=base_url,
            ),
        )
    )


async def asyncio(
    *,
    base_url: str | Unset = UNSET,
    client: AsyncEngine,
) -> list[ComposeTemplatesItem]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                base_url=base_url,
            ),
        )
    )
