"""`sso.removeTrustedOrigin`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.sso_remove_trusted_origin_response_200 import SsoRemoveTrustedOriginResponse200
from ...types import kept_as_received

if TYPE_CHECKING:
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


def parse(data: Any) -> SsoRemoveTrustedOriginResponse200:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SsoRemoveTrustedOriginResponse200.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SsoRemoveTrustedOriginResponse200", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: SsoRemoveTrustedOriginBody,
    client: SyncEngine,
) -> SsoRemoveTrustedOriginResponse200:
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
) -> SsoRemoveTrustedOriginResponse200:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
