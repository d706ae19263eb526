"""`scim.generateToken`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.scim_generate_token_result import ScimGenerateTokenResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.scim_generate_token_body import ScimGenerateTokenBody

OPERATION = "scim.generateToken"
METHOD = "POST"
PATH = "/scim.generateToken"


def _get_kwargs(
    *,
    body: ScimGenerateTokenBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> ScimGenerateTokenResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ScimGenerateTokenResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ScimGenerateTokenResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: ScimGenerateTokenBody,
    client: SyncEngine,
) -> ScimGenerateTokenResult:
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
    body: ScimGenerateTokenBody,
    client: AsyncEngine,
) -> ScimGenerateTokenResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
