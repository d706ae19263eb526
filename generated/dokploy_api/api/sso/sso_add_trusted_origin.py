"""`sso.addTrustedOrigin`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.sso_add_trusted_origin_response_200 import SsoAddTrustedOriginResponse200
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.sso_add_trusted_origin_body import SsoAddTrustedOriginBody

OPERATION = "sso.addTrustedOrigin"
METHOD = "POST"
PATH = "/sso.addTrustedOrigin"


def _get_kwargs(
    *,
    body: SsoAddTrustedOriginBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> SsoAddTrustedOriginResponse200:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SsoAddTrustedOriginResponse200.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SsoAddTrustedOriginResponse200", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: SsoAddTrustedOriginBody,
    client: SyncEngine,
) -> SsoAddTrustedOriginResponse200:
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
    body: SsoAddTrustedOriginBody,
    client: AsyncEngine,
) -> SsoAddTrustedOriginResponse200:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
