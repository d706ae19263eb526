"""`sso.removeTrustedOrigin`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import Any, cast

from ...client import AsyncEngine, SyncEngine
from ...models.sso_remove_trusted_origin_body import SsoRemoveTrustedOriginBody

OPERATION = "sso.removeTrustedOrigin"
METHOD = "POST"
PATH = "/sso.removeTrustedOrigin"


def _get_kwargs(
    *,
    body: SsoRemoveTrustedOriginBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    body: SsoRemoveTrustedOriginBody,
    client: SyncEngine,
) -> Any:
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
    body: SsoRemoveTrustedOriginBody,
    client: AsyncEngine,
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
