"""`customRole.getStatements`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.custom_role_get_statements_result import CustomRoleGetStatementsResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "customRole.getStatements"
METHOD = "GET"
PATH = "/customRole.getStatements"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    return _kwargs


def parse(data: Any) -> CustomRoleGetStatementsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = CustomRoleGetStatementsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("CustomRoleGetStatementsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    client: SyncEngine,
) -> CustomRoleGetStatementsResult:
    return parse(client.request(OPERATION, **_get_kwargs()))


async def asyncio(
    *,
    client: AsyncEngine,
) -> CustomRoleGetStatementsResult:
    return parse(await client.request(OPERATION, **_get_kwargs()))
