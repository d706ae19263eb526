"""`settings.getOpenApiDocument`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.settings_get_open_api_document_result import SettingsGetOpenApiDocumentResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "settings.getOpenApiDocument"
METHOD = "GET"
PATH = "/settings.getOpenApiDocument"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> SettingsGetOpenApiDocumentResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SettingsGetOpenApiDocumentResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SettingsGetOpenApiDocumentResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> SettingsGetOpenApiDocumentResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> SettingsGetOpenApiDocumentResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))
